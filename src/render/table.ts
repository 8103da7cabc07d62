// The terminal table: aligned columns that fit the terminal (text wraps, numbers are never cut),
// a title, and the notes below. cli-table3 is loaded only here.
import { bar } from './chart.js';
import { displayCell, isNumericKind } from './cells.js';
import type { Palette } from './color.js';
import { escapeControl } from './escape.js';
import type { CommandResult } from './result.js';

export interface TableOptions {
  palette: Palette;
  color: boolean;
  width: number;
  chart: boolean;
}

const GAP = 2;
const CHART_WIDTH = 24;
const MIN_TEXT_WIDTH = 12;
const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: ' '.repeat(GAP),
};

export async function renderTable(result: CommandResult, options: TableOptions): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const columns = result.columns.filter((column) => !column.machineOnly);
  const cells = result.rows.map((row) => columns.map((column) => displayCell(column, row)));
  const headers = columns.map((c) => c.header);
  const numeric = columns.map(isNumericKind);
  const widths = fitWidths(headers, cells, numeric, options.width - (options.chart && result.chartKey ? CHART_WIDTH / 2 + GAP : 0));
  const wrapped = cells.map((row) => row.map((cell, i) => (numeric[i] ? cell : wrapText(cell, widths[i]!))));
  if (options.chart && result.chartKey) {
    const used = widths.reduce((a, b) => a + b + GAP, 0);
    const chartWidth = Math.max(8, Math.min(CHART_WIDTH, options.width - used));
    const values = result.rows.map((row) => (typeof row[result.chartKey!] === 'number' ? (row[result.chartKey!] as number) : null));
    const max = Math.max(0, ...values.map((v) => v ?? 0));
    headers.push('');
    widths.push(chartWidth);
    numeric.push(false);
    wrapped.forEach((row, i) => row.push(bar(values[i] ?? null, max, chartWidth)));
  }
  const table = new Table({
    head: headers.map((h) => options.palette.bold(h)),
    chars: NO_BORDERS,
    // Empty styles: cli-table3 would otherwise colour heads and borders even in a pipe.
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colWidths: widths,
    colAligns: numeric.map((isNumber) => (isNumber ? 'right' : 'left')),
    // Cells arrive wrapped to their width, so cli-table3 never has to cut one.
    wordWrap: false,
  });
  for (const row of wrapped) table.push(row);
  const lines: string[] = [];
  if (result.title) lines.push(options.palette.bold(escapeControl(result.title)), '');
  lines.push(table.toString().split('\n').map((line) => line.trimEnd()).join('\n'));
  if (result.rows.length === 0) lines.push('(no rows)');
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => wrapText(`Note: ${escapeControl(note)}`, options.width, '      ')));
  return `${lines.join('\n')}\n`;
}

/** Column widths: natural where they fit; otherwise the widest text columns shrink (numbers never). */
function fitWidths(headers: string[], cells: string[][], numeric: boolean[], terminalWidth: number): number[] {
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const budget = terminalWidth - GAP * (headers.length - 1);
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > budget) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (!numeric[i] && w > MIN_TEXT_WIDTH && (widest < 0 || w > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]! -= 1;
    total -= 1;
  }
  return widths;
}

/** Wraps at spaces, and breaks a word longer than the width (a URL) rather than cutting it. */
export function wrapText(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (rest.length > 0) {
      const separator = line.trim() === '' ? '' : ' ';
      const room = width - line.length - separator.length;
      if (rest.length <= room) {
        line = `${line}${separator}${rest}`;
        rest = '';
      } else if (line.trim() !== '') {
        lines.push(line);
        line = indent;
      } else {
        const take = Math.max(1, width - line.length);
        lines.push(line + rest.slice(0, take));
        rest = rest.slice(take);
        line = indent;
      }
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}
