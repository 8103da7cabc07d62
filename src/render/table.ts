// The terminal table: aligned columns that fit the terminal (text wraps, numbers are never cut),
// a title, and the notes below. cli-table3 is loaded only here.
import { bar } from './chart.js';
import { displayCell, isNumericKind } from './cells.js';
import { escapeControl } from './escape.js';
import type { Palette } from './color.js';
import type { Column, CommandResult } from './result.js';
import { wrapLines, wrapParagraph } from './wrap.js';

export interface TableOptions {
  palette: Palette;
  color: boolean;
  /** Columns available; Infinity for no limit. */
  width: number;
  chart: boolean;
}

const GAP = 2;
const CHART_WIDTH = 24;
const MIN_CHART_WIDTH = 8;
/** A text column narrower than this would wrap into a ribbon; below it the table overflows instead. */
const MIN_TEXT_WIDTH = 10;
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
  const chartKey = options.chart ? result.chartKey : undefined;
  // Bars get what the columns leave, at least MIN_CHART_WIDTH; on a terminal too narrow for that, none.
  let widths = fitWidths(headers, cells, numeric, options.width - GAP - MIN_CHART_WIDTH);
  const spare = options.width - widths.reduce((a, b) => a + b, 0) - GAP * widths.length;
  const chartWidth = chartKey !== undefined && spare >= MIN_CHART_WIDTH ? Math.min(CHART_WIDTH, spare) : 0;
  if (chartWidth === 0) widths = fitWidths(headers, cells, numeric, options.width);
  const heads = headers.map((header, i) => wrapLines(header, widths[i]!).map((line) => options.palette.bold(line)).join('\n'));
  // Cells arrive already wrapped to their column, so cli-table3 never truncates one with '…'.
  const body = cells.map((row) => row.map((cell, i) => (numeric[i] ? cell : wrapLines(cell, widths[i]!).join('\n'))));
  if (chartWidth > 0) {
    const values = result.rows.map((row) => (typeof row[chartKey!] === 'number' ? (row[chartKey!] as number) : null));
    const max = Math.max(0, ...values.map((v) => v ?? 0));
    heads.push('');
    widths.push(chartWidth);
    numeric.push(false);
    body.forEach((row, i) => row.push(bar(values[i] ?? null, max, chartWidth)));
  }
  const table = new Table({
    head: heads,
    chars: NO_BORDERS,
    // Empty styles: cli-table3 would otherwise colour heads and borders even in a pipe.
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colWidths: widths,
    colAligns: numeric.map((isNumber) => (isNumber ? 'right' : 'left')),
    wordWrap: false,
  });
  for (const row of body) table.push(row);
  const lines: string[] = [];
  if (result.title) lines.push(options.palette.bold(wrapParagraph(escapeControl(result.title), options.width)), '');
  lines.push(table.toString().split('\n').map((line) => line.trimEnd()).join('\n'));
  if (result.rows.length === 0) lines.push('(no rows)');
  const notes = chartKey !== undefined && chartWidth === 0 ? [...result.notes, 'bars left out: the terminal is too narrow for them.'] : result.notes;
  if (notes.length > 0) lines.push('', ...notes.map((note) => wrapParagraph(`Note: ${escapeControl(note)}`, options.width, '      ')));
  return `${lines.join('\n')}\n`;
}

/**
 * Column widths: natural where they fit; otherwise the widest text column gives up a character
 * at a time. A number column only ever narrows to its longest value (its header wraps instead).
 */
export function fitWidths(headers: readonly string[], cells: readonly string[][], numeric: readonly boolean[], budget: number): number[] {
  const longestCell = headers.map((_, i) => Math.max(0, ...cells.map((row) => row[i]?.length ?? 0)));
  const longestHeaderWord = headers.map((header) => Math.max(0, ...header.split(' ').map((word) => word.length)));
  const widths = headers.map((header, i) => Math.max(header.length, longestCell[i]!));
  // Headers wrap at their spaces; a number column keeps its longest value, a text column wraps down to MIN_TEXT_WIDTH.
  const floors = widths.map((_, i) => {
    const unbroken = Math.max(longestCell[i]!, longestHeaderWord[i]!);
    return numeric[i] ? unbroken : Math.min(unbroken, MIN_TEXT_WIDTH);
  });
  const room = budget - GAP * (headers.length - 1);
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > room) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > floors[i]! && (widest < 0 || shrinkPriority(w, numeric[i]!) > shrinkPriority(widths[widest]!, numeric[widest]!))) widest = i;
    });
    if (widest < 0) break;
    widths[widest]! -= 1;
    total -= 1;
  }
  return widths;
}

/** Text columns give way first; a number column's header wraps only when text can give no more. */
function shrinkPriority(width: number, isNumber: boolean): number {
  return isNumber ? width - 1000 : width;
}
