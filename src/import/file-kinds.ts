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

export function detectKind<K extends FileKind<unknown>>(table: Pick<CsvTable, 'header'>, fileName: string, kinds: readonly K[]): K {
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

/** The most bad rows kept in full for the report; the rest are counted. */
const ERRORS_KEPT = 20;

/**
 * Validates records one at a time as the CSV reader yields them, keeping only the valid rows
 * (their repeated text interned, so 47,000 rows share a few hundred strings), the key of each
 * row (a record given twice would be counted twice) and the first bad rows.
 */
export class RowReader<Row> {
  readonly rows: Row[] = [];
  readonly errors: RowError[] = [];
  errorCount = 0;
  /** The month of the last row in file order: where a file cut at a line break was cut. */
  finalMonth: MonthKey | null = null;
  private readonly headerWords: string[];
  private readonly seenKeys = new Map<string, { line: number; text: number }>();
  private readonly seenRecords = new Map<string, number>();
  private readonly strings = new Map<string, string>();
  private held: CsvRecord | undefined;

  constructor(private readonly kind: FileKind<Row>, private readonly header: readonly string[]) {
    this.headerWords = header.map((name) => name.trim().toLowerCase());
  }

  /** One record; the last one is held back until it is known whether the file ended with a line break. */
  add(record: CsvRecord): void {
    if (this.held) this.read(this.held, false);
    this.held = record;
  }

  finish(lastLineEnded: boolean, options: ReadOptions = {}): ReadResult<Row> & { errorCount: number } {
    if (this.held) this.read(this.held, options.requireFinalLineBreak === true && !lastLineEnded);
    this.held = undefined;
    return { rows: this.rows, errors: this.errors, errorCount: this.errorCount };
  }

  private fail(error: RowError): void {
    this.errorCount++;
    if (this.errors.length < ERRORS_KEPT) this.errors.push(error);
  }

  private read(record: CsvRecord, cutShort: boolean): void {
    const shown = () => record.fields.join(',');
    if (cutShort) {
      this.fail({ line: record.line, column: '(row)', value: shown(), reason: 'is the last line and has no line break: the file looks cut short (download it again)' });
      return;
    }
    if (this.repeatsHeader(record.fields)) {
      this.fail({ line: record.line, column: '(row)', value: shown(), reason: 'repeats the header row: were two files joined together?' });
      return;
    }
    const textHash = hashFields(record.fields);
    // Without a row key, the record's text is the key: a release pasted twice repeats its records.
    if (!this.kind.rowKey) {
      const text = record.fields.join('\u0000');
      const earlier = this.seenRecords.get(text);
      if (earlier !== undefined) {
        this.fail({ line: record.line, column: '(row)', value: shown(), reason: `repeats line ${earlier}: its figures would be counted twice` });
        return;
      }
      this.seenRecords.set(text, record.line);
    }
    const read = readRecord(this.kind, this.header, record, (error) => this.fail(error));
    for (const row of read) {
      const key = this.kind.rowKey?.(row);
      if (key === undefined) continue;
      const first = this.seenKeys.get(key);
      if (first !== undefined) {
        this.fail({
          line: record.line, column: '(row)', value: shown(),
          reason: first.text === textHash
            ? `repeats line ${first.line}: its figures would be counted twice`
            : `has the same categories as line ${first.line} (a category relabelled, or a release given twice?)`,
        });
        return;
      }
      this.seenKeys.set(key, { line: record.line, text: textHash });
    }
    for (const row of read) {
      this.rows.push(this.intern(row));
      this.finalMonth = this.kind.monthOf(row);
    }
  }

  private repeatsHeader(fields: readonly string[]): boolean {
    return fields.length === this.headerWords.length && fields.every((field, i) => field.trim().toLowerCase() === this.headerWords[i]);
  }

  /** The same category text in every row is one string, not one per row. */
  private intern(row: Row): Row {
    const object = row as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (typeof value !== 'string') continue;
      const known = this.strings.get(value);
      if (known === undefined) this.strings.set(value, value);
      else object[key] = known;
    }
    return row;
  }
}

/** 52 bits of two FNV-1a variants over a record's fields: tells "the same record" from "the same categories" in messages. */
function hashFields(fields: readonly string[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const field of fields) {
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0x2c, 0x01000193);
    b = Math.imul(b ^ 0x2c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

/** A whole parsed table at once (tests): the streaming reader over its records. */
export function readRows<Row>(kind: FileKind<Row>, table: CsvTable, options: ReadOptions = {}): ReadResult<Row> {
  const reader = new RowReader(kind, table.header);
  for (const record of table.records) reader.add(record);
  const { rows, errors } = reader.finish(table.lastLineEnded, options);
  return { rows, errors };
}

function readRecord<Row>(kind: FileKind<Row>, header: readonly string[], record: CsvRecord, fail: (error: RowError) => void): Row[] {
  if (record.fields.length !== header.length) {
    fail({ line: record.line, column: '(row)', value: record.fields.join(','), reason: `has ${record.fields.length} fields, expected ${header.length}` });
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
        fail({ line: record.line, column: key, value: String(candidate[key] ?? ''), reason: issue.message });
      }
    }
    return rows;
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    fail({ line: record.line, column: error.column, value: error.value, reason: error.reason });
    return [];
  }
}
