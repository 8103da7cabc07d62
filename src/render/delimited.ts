// tsv and csv: a header of column keys, then one line per row; numbers plain, no colour, no notes.
import { plainCell } from './cells.js';
import type { CommandResult } from './result.js';

function csvQuote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderDelimited(result: CommandResult, separator: '\t' | ','): string {
  const quote = separator === ',' ? csvQuote : (text: string) => text;
  const lines = [result.columns.map((c) => quote(c.key)).join(separator)];
  for (const row of result.rows) lines.push(result.columns.map((c) => quote(plainCell(c, row))).join(separator));
  return `${lines.join('\n')}\n`;
}
