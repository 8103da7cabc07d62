// The figures a measure adds up: one cell per month, each with how it was obtained. Cells are
// computed for the months asked (large tables decode only those months) and cached per
// (dataset, filters), so every period a claims file names reuses them.
import type { MonthKey } from '../periods.js';

/** How a month's figure falls short of an exact count of the thing measured. */
export type CellNote = 'usbp-only' | 'rounded' | 'derived' | 'derived-approx' | 'earlier-release' | 'annual';

/** Whole fiscal years before the monthly data begin, from USBP's annual tables (Border Patrol only). */
export interface AnnualFigures {
  /** The first and last fiscal years the annual table holds. */
  first: number;
  last: number;
  value(fiscalYear: number): number | null;
  /** True when the claim counts all encounters: the annual Border Patrol figure is then a lower bound. */
  lowerBound: boolean;
  /** The data file, for the sources list. */
  table: string;
  /** The table in words, for the result: which span answered. */
  source: string;
}

export interface MonthCell {
  /** null: no figure exists for this month (see MonthlyCounts.missing). */
  value: number | null;
  /** The figure counts Border Patrol alone where the total (with OFO) was never published. */
  lowerBound: boolean;
  notes: CellNote[];
}

/** Which data file a figure came from, and for which fiscal years (for the sources list). */
export interface DataUse {
  file: string;
  fiscalYears: number[];
}

export interface MonthlyCounts {
  /** What is counted, in words: "Southwest land border encounters". */
  what: string;
  unit: 'encounters' | 'pounds' | 'seizure-events';
  /** The months of the dataset (a month outside is an error in the claims file). */
  coverage: { first: MonthKey; last: MonthKey };
  /** The cells of these months (computed once, then cached). */
  cells(months: readonly MonthKey[]): ReadonlyMap<MonthKey, MonthCell>;
  /** Why a cell has no figure, in words. */
  missing: string;
  /** How the monthly figures are formed, in words: "Border Patrol + OFO". */
  formula: string;
  /** The data files behind the cells of the given months. */
  uses(months: readonly MonthKey[]): DataUse[];
  /** Caveats of the dataset's scope that apply to every figure (e.g. what the seizure series leaves out). */
  scope: string[];
  /** Fiscal years before `coverage.first`, where an annual table has them. */
  annual?: AnnualFigures;
}

export interface Aggregate {
  value: number | null;
  lowerBound: boolean;
  notes: Set<CellNote>;
  /** Months with no figure. */
  missing: MonthKey[];
  /** Months where Border Patrol stands in for the total. */
  standIns: MonthKey[];
}

/** The fiscal year of the months before the monthly data: whole years only, answered by the annual table. */
function annualPart(counts: MonthlyCounts, months: readonly MonthKey[]): { early: MonthKey[]; rest: MonthKey[] } {
  if (!counts.annual) return { early: [], rest: [...months] };
  const early = months.filter((m) => m < counts.coverage.first);
  return { early, rest: months.filter((m) => m >= counts.coverage.first) };
}

export function aggregate(counts: MonthlyCounts, allMonths: readonly MonthKey[]): Aggregate {
  let value = 0;
  let lowerBound = false;
  const notes = new Set<CellNote>();
  const missing: MonthKey[] = [];
  const standIns: MonthKey[] = [];
  const { early, rest: months } = annualPart(counts, allMonths);
  if (early.length > 0) {
    const annual = counts.annual!;
    const years = new Map<number, MonthKey[]>();
    for (const m of early) {
      const fy = Number(m.slice(0, 4)) + (Number(m.slice(5, 7)) >= 10 ? 1 : 0);
      years.set(fy, [...(years.get(fy) ?? []), m]);
    }
    for (const [fy, list] of years) {
      const figure = list.length === 12 && fy >= annual.first && fy <= annual.last ? annual.value(fy) : null;
      if (figure === null) {
        missing.push(...list);
        continue;
      }
      value += figure;
      notes.add('annual');
      if (annual.lowerBound) {
        lowerBound = true;
        standIns.push(...list);
        notes.add('usbp-only');
      }
    }
  }
  const cells = counts.cells(months);
  for (const month of months) {
    const cell = cells.get(month);
    if (!cell || cell.value === null) {
      missing.push(month);
      continue;
    }
    value += cell.value;
    if (cell.lowerBound) {
      lowerBound = true;
      standIns.push(month);
    }
    cell.notes.forEach((note) => notes.add(note));
  }
  return { value: missing.length > 0 ? null : value, lowerBound, notes, missing, standIns };
}

/** A cell source computed in batches: asks `compute` only for months not yet known. */
export function cachedCells(compute: (months: readonly MonthKey[]) => Map<MonthKey, MonthCell>): (months: readonly MonthKey[]) => ReadonlyMap<MonthKey, MonthCell> {
  const known = new Map<MonthKey, MonthCell>();
  return (months) => {
    const todo = months.filter((m) => !known.has(m));
    if (todo.length > 0) for (const [month, cell] of compute(todo)) known.set(month, cell);
    return known;
  };
}
