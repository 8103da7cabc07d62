// The project's compact on-disk table: columnar (one JSON array per column, one column per line),
// string columns dictionary-encoded as indexes. Columnar arrays parse about three times faster
// than an array per row, and queries can filter on the integer columns before building objects.

export const TABLE_FORMAT = 'border-facts/table';
export const TABLE_SCHEMA_VERSION = 2;

export type Cell = string | number | null;

export interface CompactTable {
  format: typeof TABLE_FORMAT;
  schemaVersion: number;
  name: string;
  length: number;
  columns: string[];
  /** For each dictionary-encoded column, its values; the column holds indexes into it. */
  dictionaries: Record<string, string[]>;
  data: Record<string, (number | null)[]>;
}

export function encodeTable(name: string, columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const dictionaries: Record<string, string[]> = {};
  for (const column of columns) {
    if (rows.some((row) => typeof row[column] === 'string')) {
      dictionaries[column] = [...new Set(rows.map((row) => row[column] as string))].sort();
    }
  }
  const lines = columns.map((column) => {
    const dictionary = dictionaries[column];
    const index = dictionary ? new Map(dictionary.map((value, i) => [value, i])) : undefined;
    const values = rows.map((row) => {
      const value = row[column] ?? null;
      return index && value !== null ? index.get(value as string)! : value;
    });
    return `${JSON.stringify(column)}:${JSON.stringify(values)}`;
  });
  const head = JSON.stringify({ format: TABLE_FORMAT, schemaVersion: TABLE_SCHEMA_VERSION, name, length: rows.length, columns, dictionaries });
  return `${head.slice(0, -1)},"data":{\n${lines.join(',\n')}\n}}\n`;
}

/** What a table must be to answer for a manifest entry: its name, its row count and the months it covers. */
interface TableIdentity {
  name: string;
  rows: number;
  coverage: { first: string; last: string } | null;
}

/**
 * Why a parsed document does not have the shape encodeTable writes (every column a list of
 * `length` values, every dictionary a list), or null when it has. The sha256 has matched before
 * this runs, so cells are not re-checked one by one: this takes time independent of the size.
 */
export function tableShapeProblem(table: CompactTable): string | null {
  if (!Array.isArray(table.columns) || typeof table.dictionaries !== 'object' || table.dictionaries === null
    || typeof table.data !== 'object' || table.data === null || !Number.isSafeInteger(table.length)) {
    return 'it lacks its columns, dictionaries or data';
  }
  for (const column of table.columns) {
    const values = table.data[column];
    if (!Array.isArray(values) || values.length !== table.length) return `its ${column} column does not hold ${table.length} values`;
    const dictionary = table.dictionaries[column];
    if (dictionary !== undefined && !Array.isArray(dictionary)) return `its ${column} dictionary is not a list`;
  }
  return null;
}

/**
 * Why a well-shaped table is not the one the manifest describes, or null when it is: its own name,
 * its row count, and the first and last month of its month dictionary (which is sorted). Catches
 * a file swapped together with its hashes, or a manifest edited and resealed.
 */
export function tableIdentityProblem(table: CompactTable, expected: TableIdentity): string | null {
  if (table.name !== expected.name) return `it holds the table ${JSON.stringify(table.name)}, not ${JSON.stringify(expected.name)}`;
  if (table.length !== expected.rows) return `it holds ${table.length} rows, the manifest says ${expected.rows}`;
  const months = table.columns.includes('month') ? table.dictionaries.month : undefined;
  if (months !== undefined) {
    const held = months.length === 0 ? null : { first: months[0]!, last: months[months.length - 1]! };
    if (held?.first !== expected.coverage?.first || held?.last !== expected.coverage?.last) {
      return `it covers ${held ? `${held.first} to ${held.last}` : 'no month'}, the manifest says ${expected.coverage ? `${expected.coverage.first} to ${expected.coverage.last}` : 'no month'}`;
    }
  }
  return null;
}

/** Read access to one column without building row objects. */
export class ColumnarTable {
  /** `damaged` words the error for a cell that points outside its dictionary (found when a row is decoded). */
  constructor(private readonly table: CompactTable, private readonly damaged: (problem: string) => Error = (problem) => new Error(`table ${table.name}: ${problem}`)) {}

  get length(): number {
    return this.table.length;
  }

  hasColumn(name: string): boolean {
    return Array.isArray(this.table.data[name]);
  }

  /** The raw column: numbers, or indexes into `dictionary(name)` for text columns. */
  raw(name: string): (number | null)[] {
    const column = this.table.data[name];
    if (!column) throw new Error(`table ${this.table.name} has no column ${name}`);
    return column;
  }

  dictionary(name: string): string[] {
    return this.table.dictionaries[name] ?? [];
  }

  /** The dictionary index of a text value, or -1 when the column never holds it. */
  indexOf(name: string, value: string): number {
    return this.dictionary(name).indexOf(value);
  }

  /** One row as an object (decode only the rows a query keeps). */
  row<Row>(i: number): Row {
    const row: Record<string, Cell> = {};
    for (const name of this.table.columns) {
      const cell = this.table.data[name]![i] ?? null;
      const dictionary = this.table.dictionaries[name];
      if (dictionary && cell !== null) {
        const value = dictionary[cell];
        // Only a table forged with matching hashes gets here: a data error, never undefined.
        if (typeof value !== 'string') throw this.damaged(`its ${name} column holds ${JSON.stringify(cell)}, which is not an entry of its dictionary`);
        row[name] = value;
      } else {
        row[name] = cell;
      }
    }
    return row as Row;
  }

  rows<Row>(): Row[] {
    return Array.from({ length: this.length }, (_, i) => this.row<Row>(i));
  }

  /** The rows whose `month` column is in `months`, in stored order, decoding nothing else. */
  rowsInMonths<Row>(months: ReadonlySet<string>): Row[] {
    const wanted = new Set(this.dictionary('month').flatMap((month, index) => (months.has(month) ? [index] : [])));
    const monthColumn = this.raw('month');
    const rows: Row[] = [];
    for (let i = 0; i < this.length; i++) if (wanted.has(monthColumn[i]!)) rows.push(this.row<Row>(i));
    return rows;
  }
}
