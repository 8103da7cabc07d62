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
    throw new DataError(`${fileName}: unrecognised header (${table.header.join(', ')}); the kinds of file border-facts knows are:\n${known}`);
  }
  return kind;
}

export function readRows<Row>(kind: FileKind<Row>, table: CsvTable): ReadResult<Row> {
  const rows: Row[] = [];
  const errors: RowError[] = [];
  for (const record of table.records) {
    rows.push(...readRecord(kind, table.header, record, errors));
  }
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
