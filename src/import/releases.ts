// One release per fiscal year: CBP revises past months and relabels categories, so appending
// overlapping releases and de-duplicating would double count. Each fiscal year comes whole
// from the newest release (the one whose data runs latest) that contains it; a month that release
// lacks is kept from the newest release that has it, and named (a release must never make a
// month disappear).
import { fiscalYearOf, type MonthKey } from '../domain/periods.js';

export interface Release<Row> {
  /** The official file name, as recorded in the manifest. */
  name: string;
  rows: Row[];
  /** The latest month in the release: a release that runs later is newer. */
  lastMonth: MonthKey;
}

export interface MergedReleases<Row> {
  rows: Row[];
  /** Fiscal year → release name it was taken from. */
  fiscalYearReleases: Record<string, string>;
  /** Month → release, for months kept from an older release because the fiscal year's release lacks them. */
  monthReleases: Record<string, string>;
}

export type Preference<Row> = (candidate: Release<Row>, current: Release<Row>) => boolean;

export const newerRelease = <Row>(candidate: Release<Row>, current: Release<Row>): boolean => candidate.lastMonth > current.lastMonth;

export function mergeReleases<Row>(
  releases: readonly Release<Row>[],
  monthOf: (row: Row) => MonthKey,
  prefer: Preference<Row> = newerRelease,
): MergedReleases<Row> {
  const chosen = new Map<number, Release<Row>>();
  // Per month, the releases holding it, best first.
  const holders = new Map<MonthKey, Release<Row>[]>();
  for (const release of releases) {
    for (const row of release.rows) {
      const month = monthOf(row);
      const fiscalYear = fiscalYearOf(month);
      const current = chosen.get(fiscalYear);
      if (!current || prefer(release, current)) chosen.set(fiscalYear, release);
      const list = holders.get(month) ?? [];
      if (list[list.length - 1] !== release) list.push(release);
      holders.set(month, list);
    }
  }
  const supplier = new Map<MonthKey, Release<Row>>();
  const monthReleases: Record<string, string> = {};
  for (const month of [...holders.keys()].sort()) {
    const fiscalYearRelease = chosen.get(fiscalYearOf(month))!;
    const list = holders.get(month)!;
    if (list.includes(fiscalYearRelease)) {
      supplier.set(month, fiscalYearRelease);
      continue;
    }
    const best = list.reduce((a, b) => (prefer(b, a) ? b : a));
    supplier.set(month, best);
    monthReleases[month] = best.name;
  }
  const fiscalYears = [...chosen.keys()].sort((a, b) => a - b);
  const rows: Row[] = [];
  for (const fiscalYear of fiscalYears) {
    for (const release of new Set([...supplier.entries()].filter(([month]) => fiscalYearOf(month) === fiscalYear).map(([, release]) => release))) {
      for (const row of release.rows) {
        const month = monthOf(row);
        if (fiscalYearOf(month) === fiscalYear && supplier.get(month) === release) rows.push(row);
      }
    }
  }
  const fiscalYearReleases = Object.fromEntries(fiscalYears.map((fy) => [String(fy), chosen.get(fy)!.name]));
  return { rows, fiscalYearReleases, monthReleases };
}

export function lastMonthOf<Row>(rows: readonly Row[], monthOf: (row: Row) => MonthKey): MonthKey {
  let last = '';
  for (const row of rows) if (monthOf(row) > last) last = monthOf(row);
  return last;
}
