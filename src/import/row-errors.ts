// Bad rows are reported by line, column and value, so a user can open the file and fix it.
import { DataError } from '../errors.js';

export interface RowError {
  line: number;
  column: string;
  value: string;
  reason: string;
}

export class FieldError extends Error {
  constructor(readonly column: string, readonly value: string, readonly reason: string) {
    super(reason);
  }
}

const SHOWN = 20;

export function formatRowErrors(fileName: string, errors: readonly RowError[]): string {
  const shown = errors.slice(0, SHOWN).map((e) => `  line ${e.line}, column '${e.column}': ${JSON.stringify(e.value)} ${e.reason}`);
  const more = errors.length > SHOWN ? [`  … and ${errors.length - SHOWN} more bad rows`] : [];
  return [`${fileName}: ${errors.length} bad row${errors.length === 1 ? '' : 's'}`, ...shown, ...more].join('\n');
}

export function throwIfRowErrors(fileName: string, errors: readonly RowError[]): void {
  if (errors.length > 0) throw new DataError(formatRowErrors(fileName, errors));
}
