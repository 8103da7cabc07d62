// What an import changed in one data file, the way a fact-checker reads revisions: fiscal years
// now taken from another release, months added, and months whose figures were revised, with the
// value before and after. Figures are summed per month and per group (e.g. region), so one line
// says "Southwest total for Aug 2025: 50,123 → 50,128" instead of listing thousands of detail rows.
import type { ColumnarTable } from '../data/compact-table.js';
import { fiscalYearOf } from '../domain/periods.js';

export type ChangeKind = 'release' | 'added' | 'revised' | 'removed';

export interface ChangeRow {
  table: string;
  change: ChangeKind;
  fiscalYear: number;
  month: string | null;
  /** The group's values (e.g. `southwest`), or null for a whole-month or whole-year line. */
  group: string | null;
  measure: string | null;
  before: number | null;
  after: number | null;
  difference: number | null;
  previousRelease: string | null;
  release: string | null;
}

export interface TableChanges {
  table: string;
  fiscalYearsReplaced: { fiscalYear: number; previousRelease: string | null; release: string }[];
  monthsAdded: string[];
  monthsRevised: string[];
  monthsRemoved: string[];
  /** Months that shrank beyond a revision and were imported anyway (--allow-shrink): their lost figures are `removed` rows. */
  monthsShrunk: string[];
  /** Detail rows (in months present before and after) that are new or differ: revisions inside unchanged totals show here. */
  rowsRevised: number;
}

/** A table's rows, as objects or column by column (a stored table is compared without building 66,000 row objects). */
export interface TableRows {
  readonly columns: readonly string[];
  readonly length: number;
  /** Reads one column: the value of row i. */
  column(name: string): (i: number) => unknown;
}

export interface TableSnapshot {
  rows: readonly Record<string, unknown>[] | TableRows;
  fiscalYearReleases?: Readonly<Record<string, string>>;
}

function rowsOf(rows: TableSnapshot['rows']): TableRows {
  if (!Array.isArray(rows)) return rows as TableRows;
  const objects = rows as readonly Record<string, unknown>[];
  const first = objects[0];
  return { columns: first ? Object.keys(first) : [], length: objects.length, column: (name) => (i) => objects[i]![name] };
}

/** A compact table as TableRows, decoding text cells from their dictionaries as they are read. */
export function columnRows(table: ColumnarTable, columns: readonly string[]): TableRows {
  return {
    columns,
    length: table.length,
    column(name) {
      if (!table.hasColumn(name)) return () => undefined;
      const raw = table.raw(name);
      const dictionary = table.dictionary(name);
      return dictionary.length > 0 ? (i) => (raw[i] === null ? null : dictionary[raw[i]!]) : (i) => raw[i];
    },
  };
}

type Sums = Map<string, Map<string, (number | null)[]>>;

export function tableChanges(
  table: string,
  before: TableSnapshot,
  after: TableSnapshot,
  groupBy: readonly string[] = [],
  shrunk: ReadonlySet<string> = new Set(),
): { summary: TableChanges; rows: ChangeRow[] } {
  const was = rowsOf(before.rows);
  const now = rowsOf(after.rows);
  const measures = measureColumns([was, now], groupBy);
  const beforeSums = sumsByMonth(was, groupBy, measures);
  const afterSums = sumsByMonth(now, groupBy, measures);
  const releaseOf = (snapshot: TableSnapshot, month: string) => snapshot.fiscalYearReleases?.[String(fiscalYearOf(month))] ?? null;
  const rows: ChangeRow[] = [];
  const line = (change: ChangeKind, month: string, group: string, measure: string, was: number | null, now: number | null): ChangeRow => ({
    table, change, fiscalYear: fiscalYearOf(month), month, group: group === '' ? null : group, measure,
    before: was, after: now, difference: was !== null && now !== null ? tidy(now - was) : null,
    previousRelease: releaseOf(before, month), release: afterSums.has(month) ? releaseOf(after, month) : null,
  });

  const fiscalYearsReplaced = Object.entries(after.fiscalYearReleases ?? {})
    .filter(([fiscalYear, release]) => before.fiscalYearReleases?.[fiscalYear] !== release)
    .map(([fiscalYear, release]) => ({ fiscalYear: Number(fiscalYear), previousRelease: before.fiscalYearReleases?.[fiscalYear] ?? null, release }))
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
  for (const replaced of fiscalYearsReplaced) {
    rows.push({
      table, change: 'release', fiscalYear: replaced.fiscalYear, month: null, group: null, measure: null,
      before: null, after: null, difference: null, previousRelease: replaced.previousRelease, release: replaced.release,
    });
  }

  const months = [...new Set([...beforeSums.keys(), ...afterSums.keys()])].sort();
  const summary: TableChanges = { table, fiscalYearsReplaced, monthsAdded: [], monthsRevised: [], monthsRemoved: [], monthsShrunk: [], rowsRevised: 0 };
  for (const month of months) {
    const was = beforeSums.get(month);
    const now = afterSums.get(month);
    if (!was || !now) {
      const [change, sums] = was ? (['removed', was] as const) : (['added', now!] as const);
      (change === 'added' ? summary.monthsAdded : summary.monthsRemoved).push(month);
      for (const [group, values] of [...sums].sort(byKey)) {
        measures.forEach((measure, i) => {
          if (values[i] !== null) rows.push(line(change, month, group, measure, change === 'removed' ? values[i]! : null, change === 'added' ? values[i]! : null));
        });
      }
      continue;
    }
    let revised = false;
    let removed = false;
    for (const group of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      measures.forEach((measure, i) => {
        const a = was.get(group)?.[i] ?? null;
        const b = now.get(group)?.[i] ?? null;
        if (a === b) return;
        // In a month cut short, what fell is lost data, not a revision.
        const lost = shrunk.has(month) && a !== null && (b === null || b < a);
        if (lost) removed = true;
        else revised = true;
        rows.push(line(lost ? 'removed' : 'revised', month, group, measure, a, b));
      });
    }
    if (revised) summary.monthsRevised.push(month);
    if (removed) summary.monthsShrunk.push(month);
  }
  summary.rowsRevised = differingRows(was, now, new Set(months.filter((m) => beforeSums.has(m) && afterSums.has(m))));
  return { summary, rows };
}

// Sums of decimal quantities such as pounds carry float noise (0.1 + 0.2): six decimals are plenty.
const tidy = (value: number) => (Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6);

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The numeric columns: counts and other figures, as opposed to the categories that name a row. */
function measureColumns(tables: readonly TableRows[], groupBy: readonly string[]): string[] {
  const columns: string[] = [];
  for (const table of tables) {
    for (const name of table.columns) {
      if (name === 'month' || groupBy.includes(name) || columns.includes(name)) continue;
      const value = table.column(name);
      for (let i = 0; i < table.length; i++) {
        if (typeof value(i) === 'number') {
          columns.push(name);
          break;
        }
      }
    }
  }
  return columns;
}

function sumsByMonth(table: TableRows, groupBy: readonly string[], measures: readonly string[]): Sums {
  const sums: Sums = new Map();
  const monthOf = table.column('month');
  const groups = groupBy.map((name) => table.column(name));
  const values = measures.map((name) => table.column(name));
  for (let row = 0; row < table.length; row++) {
    const month = monthOf(row);
    if (typeof month !== 'string') continue;
    const group = groups.length === 1 ? String(groups[0]!(row) ?? '') : groups.map((value) => String(value(row) ?? '')).join(' / ');
    let byGroup = sums.get(month);
    if (!byGroup) sums.set(month, (byGroup = new Map()));
    let totals = byGroup.get(group);
    if (!totals) byGroup.set(group, (totals = measures.map(() => null)));
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!(row);
      if (typeof value === 'number') totals[i] = (totals[i] ?? 0) + value;
    }
  }
  for (const byGroup of sums.values()) for (const totals of byGroup.values()) totals.forEach((value, i) => (totals[i] = value === null ? null : tidy(value)));
  return sums;
}

/**
 * Rows in the given months that appear on one side only (a revised row counts once). Rows are
 * matched by a 52-bit hash of their values rather than by their text: the state table's 66,000
 * rows on each side would otherwise be 66,000 strings held at once.
 */
function differingRows(before: TableRows, after: TableRows, months: ReadonlySet<string>): number {
  const columns = before.columns.length > 0 ? before.columns : after.columns;
  const hashOf = (table: TableRows) => {
    const readers = columns.map((name) => table.column(name));
    const monthOf = table.column('month');
    return { monthOf, hash: (row: number) => rowHash(readers, row) };
  };
  const unmatched = new Map<number, number>();
  const old = hashOf(before);
  let removed = 0;
  for (let row = 0; row < before.length; row++) {
    if (!months.has(old.monthOf(row) as string)) continue;
    const key = old.hash(row);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
    removed++;
  }
  const fresh = hashOf(after);
  let added = 0;
  for (let row = 0; row < after.length; row++) {
    if (!months.has(fresh.monthOf(row) as string)) continue;
    const key = fresh.hash(row);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      unmatched.set(key, left - 1);
      removed--;
    } else {
      added++;
    }
  }
  return Math.max(added, removed);
}

const NUMBER_BITS = new Float64Array(1);
const NUMBER_WORDS = new Uint32Array(NUMBER_BITS.buffer);
let hashA = 0;
let hashB = 0;

function mix(word: number): void {
  hashA = Math.imul(hashA ^ word, 0x01000193);
  hashB = Math.imul(hashB ^ word, 0x5bd1e995);
}

/** Two FNV-1a variants over a row's values (text by character, numbers by their bits), as one 52-bit number. */
function rowHash(readers: readonly ((i: number) => unknown)[], row: number): number {
  hashA = 0x811c9dc5;
  hashB = 0x01000193;
  for (const read of readers) {
    const value = read(row);
    if (typeof value === 'string') {
      for (let i = 0; i < value.length; i++) mix(value.charCodeAt(i));
      mix(0x10001);
    } else if (typeof value === 'number') {
      NUMBER_BITS[0] = value;
      mix(NUMBER_WORDS[0]!);
      mix(NUMBER_WORDS[1]!);
      mix(0x10002);
    } else {
      mix(0x10003);
    }
  }
  return (hashA >>> 0) * 0x100000 + ((hashB >>> 0) & 0xfffff);
}
