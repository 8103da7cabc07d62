// The project's compact on-disk table: string columns are dictionary-encoded, rows are arrays.
// One row per line keeps diffs of the committed data readable.

export const TABLE_FORMAT = 'border-facts/table';
export const TABLE_SCHEMA_VERSION = 1;

export type Cell = string | number | null;

export interface CompactTable {
  format: typeof TABLE_FORMAT;
  schemaVersion: number;
  name: string;
  columns: string[];
  /** For each dictionary-encoded column, its values; the row holds an index into it. */
  dictionaries: Record<string, string[]>;
  rows: (number | null)[][];
}

export function encodeTable(name: string, columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const dictionaries: Record<string, string[]> = {};
  for (const column of columns) {
    if (rows.some((row) => typeof row[column] === 'string')) {
      dictionaries[column] = [...new Set(rows.map((row) => row[column] as string))].sort();
    }
  }
  const lookups = new Map(Object.entries(dictionaries).map(([column, values]) => [column, new Map(values.map((v, i) => [v, i]))]));
  const lines = rows.map((row) =>
    JSON.stringify(columns.map((column) => {
      const value = row[column] ?? null;
      const lookup = lookups.get(column);
      return lookup && value !== null ? lookup.get(value as string)! : value;
    })),
  );
  const head = JSON.stringify({ format: TABLE_FORMAT, schemaVersion: TABLE_SCHEMA_VERSION, name, columns, dictionaries });
  return `${head.slice(0, -1)},"rows":[\n${lines.join(',\n')}\n]}\n`;
}

/** The rows of a table; throws (with the reason) when the table is not the shape encodeTable writes. */
export function decodeTable<Row>(table: CompactTable): Row[] {
  const { columns, dictionaries } = table;
  if (!Array.isArray(columns) || typeof dictionaries !== 'object' || dictionaries === null || !Array.isArray(table.rows)) {
    throw new Error('it lacks its columns, dictionaries or rows');
  }
  const decoders = columns.map((column) => dictionaries[column]);
  for (const [column, values] of Object.entries(dictionaries)) {
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) throw new Error(`its ${column} dictionary is not a list of text`);
  }
  return table.rows.map((cells, index) => {
    if (!Array.isArray(cells)) throw new Error(`row ${index + 1} is not a list of cells`);
    const row: Record<string, Cell> = {};
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[i] ?? null;
      const dictionary = decoders[i];
      if (dictionary && cell !== null) {
        const value = dictionary[cell];
        if (value === undefined) throw new Error(`row ${index + 1} refers to a ${columns[i]} value that is not in its dictionary`);
        row[columns[i]!] = value;
      } else if (typeof cell === 'number' || cell === null) {
        row[columns[i]!] = cell;
      } else {
        throw new Error(`row ${index + 1} has a ${columns[i]} that is not a number`);
      }
    }
    return row as Row;
  });
}
