// A release cut at a line break still parses (every row left is valid), so what gives it away is
// what it does to the months it replaces: rows and figures that vanish. CBP's revisions never do
// that at this scale. Measured on the official releases in ../shared/sources: the three by-state
// releases agree row for row and encounter for encounter on every month they share (FY2022–FY2025),
// and the largest downward revision anywhere is 9 encounters in 9,740 (0.09%: Southwest August
// 2025 between the August and November 2025 releases; first-published figures moved by at most
// 0.06%). A month may therefore lose at most 1% of its rows and of each figure (ten times the
// largest revision seen), and the month where a release's file ends, and its latest month, may
// lose no row at all: that is where a cut lands.
import type { ColumnarTable } from '../data/compact-table.js';
import { fiscalYearOf } from '../domain/periods.js';

/** The share of a month's rows, or of one of its figures, a revision may remove. */
export const PLAUSIBLE_REVISION = 0.01;

export interface MonthShrink {
  table: string;
  /** `YYYY-MM`, or `FY2024` for tables by fiscal year. */
  period: string;
  fiscalYear: number;
  rowsBefore: number;
  rowsAfter: number;
  /** The figure that fell most, relatively (null when only rows were lost). */
  measure: string | null;
  before: number | null;
  after: number | null;
  /** The file's last month or the release's latest: no row may be lost there. */
  strict: boolean;
}

interface PeriodStats {
  rows: number;
  sums: number[];
}

type Row = Readonly<Record<string, unknown>>;

/** A row's period: its month, else its fiscal year. */
function periodOf(row: Row): string | null {
  if (typeof row.month === 'string') return row.month;
  if (typeof row.fiscalYear === 'number') return `FY${row.fiscalYear}`;
  return null;
}

/** The figures of a table: its numeric columns (no dictionary), other than the period's. */
function figureColumns(table: ColumnarTable, columns: readonly string[]): string[] {
  return columns.filter((column) => column !== 'month' && column !== 'fiscalYear' && table.dictionary(column).length === 0 && table.raw(column).some((value) => value !== null));
}

function emptyStats(figures: readonly string[]): PeriodStats {
  return { rows: 0, sums: figures.map(() => 0) };
}

/** Stored rows (already decoded for the import) by period. */
function statsOfRows(rows: readonly Row[], figures: readonly string[]): Map<string, PeriodStats> {
  const stats = new Map<string, PeriodStats>();
  for (const row of rows) {
    const period = periodOf(row);
    if (period === null) continue;
    let entry = stats.get(period);
    if (!entry) stats.set(period, (entry = emptyStats(figures)));
    entry.rows++;
    figures.forEach((figure, i) => {
      const value = row[figure];
      if (typeof value === 'number') entry.sums[i]! += value;
    });
  }
  return stats;
}

/** A rebuilt table by period, read column by column (no row objects). */
function statsOfTable(table: ColumnarTable, figures: readonly string[]): Map<string, PeriodStats> {
  const stats = new Map<string, PeriodStats>();
  const byMonth = table.hasColumn('month');
  if (!byMonth && !table.hasColumn('fiscalYear')) return stats;
  const periods = table.raw(byMonth ? 'month' : 'fiscalYear');
  const months = table.dictionary('month');
  const values = figures.map((figure) => table.raw(figure));
  for (let i = 0; i < table.length; i++) {
    const cell = periods[i];
    if (cell === null || cell === undefined) continue;
    const period = byMonth ? months[cell]! : `FY${cell}`;
    let entry = stats.get(period);
    if (!entry) stats.set(period, (entry = emptyStats(figures)));
    entry.rows++;
    values.forEach((column, j) => {
      const value = column[i];
      if (typeof value === 'number') entry.sums[j]! += value;
    });
  }
  return stats;
}

/**
 * The periods of a table that an import would shrink beyond a revision, comparing the stored rows
 * with the rebuilt table; in `strictPeriods` (where a release's file ends) no row may be lost.
 */
export function shrinksOf(name: string, before: readonly Row[], after: ColumnarTable, columns: readonly string[], strictPeriods: ReadonlySet<string>): MonthShrink[] {
  const figures = figureColumns(after, columns);
  const was = statsOfRows(before, figures);
  const now = statsOfTable(after, figures);
  const shrinks: MonthShrink[] = [];
  for (const [period, old] of [...was].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const fresh = now.get(period) ?? emptyStats(figures);
    const strict = strictPeriods.has(period);
    const lostRows = old.rows - fresh.rows;
    let worst: { i: number; share: number } | undefined;
    figures.forEach((_, i) => {
      const a = old.sums[i]!;
      const share = a > 0 ? (a - fresh.sums[i]!) / a : 0;
      if (share > PLAUSIBLE_REVISION && (!worst || share > worst.share)) worst = { i, share };
    });
    const rowsFell = strict ? lostRows > 0 : lostRows > old.rows * PLAUSIBLE_REVISION;
    if (!rowsFell && !worst) continue;
    shrinks.push({
      table: name, period, fiscalYear: fiscalYearOfPeriod(period), rowsBefore: old.rows, rowsAfter: fresh.rows,
      measure: worst ? figures[worst.i]! : null,
      before: worst ? tidy(old.sums[worst.i]!) : null,
      after: worst ? tidy(fresh.sums[worst.i]!) : null,
      strict,
    });
  }
  return shrinks;
}

function fiscalYearOfPeriod(period: string): number {
  return period.startsWith('FY') ? Number(period.slice(2)) : fiscalYearOf(period);
}

const tidy = (value: number) => (Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6);
