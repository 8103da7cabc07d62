// Recognises an official file by its header row and reads it into validated rows.
import type { z } from 'zod';
import { DataError } from '../errors.js';
import type { MonthKey } from '../domain/periods.js';
import type { CsvRecord, CsvTable } from './csv.js';
import { FieldError, type RowError } from './row-errors.js';

export interface FileKind<Row> {
  kind: string;
  family: 'encounters' | 'seizures';
  description: string;
  header: readonly string[];
  schema: z.ZodType<Row>;
  /** Turns one record into candidate rows (usually one); throws FieldError naming the bad column. */
  read(fields: Record<string, string>): Record<string, unknown>[];
  monthOf(row: Row): MonthKey;
  /** The categories that identify a row (all but its counts): two rows with the same key would be counted twice. */
  rowKey?(row: Row): string;
  /** The official page that publishes files of this kind, for files the source catalogue does not know. */
  page?: string;
}

export interface ReadResult<Row> {
  rows: Row[];
  errors: RowError[];
}

export function sameHeader(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && expected.every((name, i) => actual[i]!.toLowerCase() === name.toLowerCase());
}

export function detectKind<K extends FileKind<unknown>>(table: CsvTable, fileName: string, kinds: readonly K[]): K {
  const kind = kinds.find((candidate) => sameHeader(table.header, candidate.header));
  if (!kind) {
    const known = kinds.map((k) => `  ${k.kind}: ${k.description}`).join('\n');
    throw new DataError(`${fileName}: unrecognised header (${table.header.join(', ')})${nearestKind(table.header, kinds)}; the kinds of file border-facts knows are:\n${known}`);
  }
  return kind;
}

/** "; it looks like X but lacks 'Encounter Type'": a column dropped or renamed is the usual cause. */
function nearestKind(header: readonly string[], kinds: readonly FileKind<unknown>[]): string {
  const have = new Set(header.map((name) => name.toLowerCase()));
  let best: { kind: FileKind<unknown>; shared: number } | undefined;
  for (const kind of kinds) {
    const shared = kind.header.filter((name) => have.has(name.toLowerCase())).length;
    if (shared * 2 > kind.header.length && (!best || shared > best.shared)) best = { kind, shared };
  }
  if (!best) return '';
  const expected = new Set(best.kind.header.map((name) => name.toLowerCase()));
  const missing = best.kind.header.filter((name) => !have.has(name.toLowerCase()));
  const extra = header.filter((name) => !expected.has(name.toLowerCase()));
  const parts = [
    ...(missing.length > 0 ? [`lacks ${missing.map((name) => `'${name}'`).join(', ')}`] : []),
    ...(extra.length > 0 ? [`has unexpected ${extra.map((name) => `'${name}'`).join(', ')}`] : []),
    ...(missing.length === 0 && extra.length === 0 ? ['has its columns in another order'] : []),
  ];
  return `; it looks like ${best.kind.kind} but ${parts.join(' and ')}`;
}

export interface ReadOptions {
  /** A file from disk must end with a line break: every official download does, so a last line without one was cut short. */
  requireFinalLineBreak?: boolean;
}

export function readRows<Row>(kind: FileKind<Row>, table: CsvTable, options: ReadOptions = {}): ReadResult<Row> {
  const rows: Row[] = [];
  const errors: RowError[] = [];
  const seenRecords = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  const headerText = table.header.join('\u0000').toLowerCase();
  table.records.forEach((record, index) => {
    const text = record.fields.join('\u0000');
    const shown = record.fields.join(',');
    if (options.requireFinalLineBreak && !table.lastLineEnded && index === table.records.length - 1) {
      errors.push({ line: record.line, column: '(row)', value: shown, reason: 'is the last line and has no line break: the file looks cut short (download it again)' });
      return;
    }
    if (text.trim().toLowerCase() === headerText) {
      errors.push({ line: record.line, column: '(row)', value: shown, reason: 'repeats the header row: were two files joined together?' });
      return;
    }
    // A release pasted twice into one file repeats its records: counting them again would double the figures.
    const earlier = seenRecords.get(text);
    if (earlier !== undefined) {
      errors.push({ line: record.line, column: '(row)', value: shown, reason: `repeats line ${earlier}: its figures would be counted twice` });
      return;
    }
    seenRecords.set(text, record.line);
    const read = readRecord(kind, table.header, record, errors);
    for (const row of read) {
      const key = kind.rowKey?.(row);
      if (key === undefined) continue;
      const first = seenKeys.get(key);
      if (first !== undefined) {
        errors.push({ line: record.line, column: '(row)', value: shown, reason: `has the same categories as line ${first} (a category relabelled, or a release given twice?)` });
        return;
      }
      seenKeys.set(key, record.line);
    }
    rows.push(...read);
  });
  return { rows, errors };
}

function readRecord<Row>(kind: FileKind<Row>, header: readonly string[], record: CsvRecord, errors: RowError[]): Row[] {
  if (record.fields.length !== header.length) {
    errors.push({ line: record.line, column: '(row)', value: record.fields.join(','), reason: `has ${record.fields.length} fields, expected ${header.length}` });
    return [];
  }
  const fields: Record<string, string> = {};
  header.forEach((name, i) => (fields[name] = record.fields[i]!));
  try {
    const rows: Row[] = [];
    for (const candidate of kind.read(fields)) {
      const parsed = kind.schema.safeParse(candidate);
      if (parsed.success) {
        rows.push(parsed.data);
        continue;
      }
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '(row)');
        errors.push({ line: record.line, column: key, value: String(candidate[key] ?? ''), reason: issue.message });
      }
    }
    return rows;
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    errors.push({ line: record.line, column: error.column, value: error.value, reason: error.reason });
    return [];
  }
}
