// The terminal table: aligned columns that fit the terminal (text wraps, numbers are never cut),
// a title, and the notes below. cli-table3 is loaded only here.
import { bar } from './chart.js';
import { displayCell, isNumericKind } from './cells.js';
import { escapeControl } from './escape.js';
import type { Palette } from './color.js';
import type { Column, CommandResult } from './result.js';

export interface TableOptions {
  palette: Palette;
  color: boolean;
  width: number;
  chart: boolean;
}

const GAP = 2;
const CHART_WIDTH = 24;
const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: ' '.repeat(GAP),
};

export async function renderTable(result: CommandResult, options: TableOptions): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const columns = result.columns.filter((column) => !column.machineOnly);
  const cells = result.rows.map((row) => columns.map((column) => displayCell(column, row)));
  const headers = columns.map((c) => c.header);
  if (options.chart && result.chartKey) {
    const values = result.rows.map((row) => (typeof row[result.chartKey!] === 'number' ? (row[result.chartKey!] as number) : null));
    const max = Math.max(0, ...values.map((v) => v ?? 0));
    headers.push('');
    cells.forEach((row, i) => row.push(bar(values[i] ?? null, max, CHART_WIDTH)));
  }
  const widths = fitWidths(headers, cells, columns, options.width);
  const table = new Table({
    head: headers.map((h) => options.palette.bold(h)),
    chars: NO_BORDERS,
    // Empty styles: cli-table3 would otherwise colour heads and borders even in a pipe.
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colWidths: widths,
    colAligns: headers.map((_, i) => (columns[i] && isNumericKind(columns[i]) ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
  for (const row of cells) table.push(row);
  const lines: string[] = [];
  if (result.title) lines.push(options.palette.bold(escapeControl(result.title)), '');
  lines.push(table.toString().split('\n').map((line) => line.trimEnd()).join('\n'));
  if (result.rows.length === 0) lines.push('(no rows)');
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => wrap(`Note: ${escapeControl(note)}`, options.width, '      ')));
  return `${lines.join('\n')}\n`;
}

/** Column widths: natural where they fit; otherwise text columns shrink and wrap. */
function fitWidths(headers: string[], cells: string[][], columns: Column[], terminalWidth: number): number[] {
  const natural = headers.map((header, i) => Math.max(header.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const budget = terminalWidth - GAP * (headers.length - 1);
  let total = natural.reduce((a, b) => a + b, 0);
  const widths = [...natural];
  const shrinkable = widths.map((_, i) => !columns[i] || !isNumericKind(columns[i]));
  while (total > budget) {
    let widest = -1;
    widths.forEach((w, i) => { if (shrinkable[i] && w > 12 && (widest < 0 || w > widths[widest]!)) widest = i; });
    if (widest < 0) break;
    widths[widest]! -= 1;
    total -= 1;
  }
  return widths;
}

export function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
