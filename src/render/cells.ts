// One row's cell as text, per column kind: the shared step of the table, tsv and csv renderers.
import type { Column } from './result.js';
import { escapeCell } from './escape.js';
import { formatChange, formatNumber, formatPercent } from './numbers.js';

/** Human form: separators, signs, markers. */
export function cellValue(column: Column, row: Record<string, unknown>): unknown {
  return column.value ? column.value(row) : row[column.key];
}

export function displayCell(column: Column, row: Record<string, unknown>): string {
  const value = cellValue(column, row);
  const marker = column.marker?.(row) ?? '';
  if (value === null || value === undefined) return marker === '' ? '—' : `—${marker}`;
  if (typeof value === 'number') {
    switch (column.kind) {
      case 'count': return formatNumber(value, column.decimals ?? 0) + marker;
      case 'number': return formatNumber(value, column.decimals ?? 1) + marker;
      case 'percent': return formatPercent(value, column.decimals ?? 1) + marker;
      case 'change': return formatChange(value, column.decimals ?? 1) + marker;
      case 'rank': return String(value) + marker;
      case 'text': return String(value) + marker;
    }
  }
  if (Array.isArray(value)) return escapeCell(value.join(', ')) + marker;
  return escapeCell(String(value)) + marker;
}

/** Machine form for tsv/csv: plain numbers, empty for missing. */
export function plainCell(column: Column, row: Record<string, unknown>): string {
  const value = cellValue(column, row);
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return escapeCell(value.join(';'));
  return escapeCell(String(value));
}

export function isNumericKind(column: Column): boolean {
  return column.kind !== 'text';
}
