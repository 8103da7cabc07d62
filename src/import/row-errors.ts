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

/** `count` is how many bad rows there were in all; `errors` may hold only the first of them. */
export function formatRowErrors(fileName: string, errors: readonly RowError[], count = errors.length): string {
  const shown = errors.slice(0, SHOWN).map((e) => `  line ${e.line}, column '${e.column}': ${JSON.stringify(e.value)} ${e.reason}`);
  const more = count > shown.length ? [`  … and ${count - shown.length} more bad rows`] : [];
  return [`${fileName}: ${count} bad row${count === 1 ? '' : 's'}`, ...shown, ...more].join('\n');
}

export function throwIfRowErrors(fileName: string, errors: readonly RowError[], count = errors.length): void {
  if (count > 0) throw new DataError(formatRowErrors(fileName, errors, count));
}
