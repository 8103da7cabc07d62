// What an import changed in one data file, the way a fact-checker reads revisions: fiscal years
// now taken from another release, months added, and months whose figures were revised, with the
// value before and after. Figures are summed per month and per group (e.g. region), so one line
// says "Southwest total for Aug 2025: 50,123 → 50,128" instead of listing thousands of detail rows.
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
  /** Detail rows (in months present before and after) that are new or differ: revisions inside unchanged totals show here. */
  rowsRevised: number;
}

export interface TableSnapshot {
  rows: readonly Record<string, unknown>[];
  fiscalYearReleases?: Readonly<Record<string, string>>;
}

type Sums = Map<string, Map<string, (number | null)[]>>;

export function tableChanges(
  table: string,
  before: TableSnapshot,
  after: TableSnapshot,
  groupBy: readonly string[] = [],
): { summary: TableChanges; rows: ChangeRow[] } {
  const measures = measureColumns([...before.rows, ...after.rows], groupBy);
  const beforeSums = sumsByMonth(before.rows, groupBy, measures);
  const afterSums = sumsByMonth(after.rows, groupBy, measures);
  const releaseOf = (snapshot: TableSnapshot, month: string) => snapshot.fiscalYearReleases?.[String(fiscalYearOf(month))] ?? null;
  const rows: ChangeRow[] = [];
  const line = (change: ChangeKind, month: string, group: string, measure: string, was: number | null, now: number | null): ChangeRow => ({
    table, change, fiscalYear: fiscalYearOf(month), month, group: group === '' ? null : group, measure,
    before: was, after: now, difference: was !== null && now !== null ? tidy(now - was) : null,
    previousRelease: releaseOf(before, month), release: change === 'removed' ? null : releaseOf(after, month),
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
  const summary: TableChanges = { table, fiscalYearsReplaced, monthsAdded: [], monthsRevised: [], monthsRemoved: [], rowsRevised: 0 };
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
    for (const group of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      measures.forEach((measure, i) => {
        const a = was.get(group)?.[i] ?? null;
        const b = now.get(group)?.[i] ?? null;
        if (a === b) return;
        revised = true;
        rows.push(line('revised', month, group, measure, a, b));
      });
    }
    if (revised) summary.monthsRevised.push(month);
  }
  summary.rowsRevised = differingRows(before.rows, after.rows, new Set(months.filter((m) => beforeSums.has(m) && afterSums.has(m))));
  return { summary, rows };
}

// Sums of decimal quantities such as pounds carry float noise (0.1 + 0.2): six decimals are plenty.
const tidy = (value: number) => (Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6);

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The numeric columns: counts and other figures, as opposed to the categories that name a row. */
function measureColumns(rows: readonly Record<string, unknown>[], groupBy: readonly string[]): string[] {
  const columns: string[] = [];
  for (const row of rows) {
    for (const [column, value] of Object.entries(row)) {
      if (typeof value === 'number' && column !== 'month' && !groupBy.includes(column) && !columns.includes(column)) columns.push(column);
    }
  }
  return columns;
}

function sumsByMonth(rows: readonly Record<string, unknown>[], groupBy: readonly string[], measures: readonly string[]): Sums {
  const sums: Sums = new Map();
  for (const row of rows) {
    if (typeof row.month !== 'string') continue;
    const group = groupBy.map((column) => String(row[column] ?? '')).join(' / ');
    const groups = sums.get(row.month) ?? new Map<string, (number | null)[]>();
    sums.set(row.month, groups);
    const values = groups.get(group) ?? measures.map(() => null);
    groups.set(group, values);
    measures.forEach((measure, i) => {
      const value = row[measure];
      if (typeof value === 'number') values[i] = (values[i] ?? 0) + value;
    });
  }
  for (const groups of sums.values()) for (const values of groups.values()) values.forEach((value, i) => (values[i] = value === null ? null : tidy(value)));
  return sums;
}

/** Rows in the given months that appear on one side only (a revised row counts once). */
function differingRows(before: readonly Record<string, unknown>[], after: readonly Record<string, unknown>[], months: ReadonlySet<string>): number {
  const unmatched = new Map<string, number>();
  let added = 0;
  for (const row of before) {
    if (!months.has(row.month as string)) continue;
    const key = JSON.stringify(row);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  let removed = [...unmatched.values()].reduce((a, b) => a + b, 0);
  for (const row of after) {
    if (!months.has(row.month as string)) continue;
    const key = JSON.stringify(row);
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
