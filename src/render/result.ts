// The plain data every command hands to a renderer. Renderers know formats; commands don't.

export type ColumnKind = 'text' | 'count' | 'number' | 'percent' | 'change' | 'rank';

export interface Column {
  key: string;
  header: string;
  kind: ColumnKind;
  /** Decimal places shown in tables (JSON always keeps full precision). */
  decimals?: number;
  /** A short marker drawn after the value in tables, from the row (for coverage flags). */
  marker?: (row: Record<string, unknown>) => string;
  /** Computes the cell from the row instead of reading row[key]. */
  value?: (row: Record<string, unknown>) => unknown;
  /** Shown only in tsv/csv (tables show markers instead). */
  machineOnly?: boolean;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string;
  release?: string;
}

export interface CommandResult {
  command: string;
  /** The normalised filters, as JSON shows them. */
  query: Record<string, unknown>;
  columns: Column[];
  rows: Record<string, unknown>[];
  notes: string[];
  sources: SourceRef[];
  /** With --chart: the numeric column bars are drawn for. */
  chartKey?: string;
  /** A heading drawn above the table on a terminal. */
  title?: string;
}

export const SCHEMA_VERSION = 1;

export function jsonDocument(result: CommandResult): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: result.command,
    query: result.query,
    rows: result.rows,
    notes: result.notes,
    sources: result.sources,
  };
}
