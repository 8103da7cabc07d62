// One release per fiscal year: CBP revises past months and relabels categories, so appending
// overlapping releases and de-duplicating would double count. Each fiscal year comes whole
// from the newest release (the one whose data runs latest) that contains it.
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
}

export type Preference<Row> = (candidate: Release<Row>, current: Release<Row>) => boolean;

export const newerRelease = <Row>(candidate: Release<Row>, current: Release<Row>): boolean => candidate.lastMonth > current.lastMonth;

export function mergeReleases<Row>(
  releases: readonly Release<Row>[],
  monthOf: (row: Row) => MonthKey,
  prefer: Preference<Row> = newerRelease,
): MergedReleases<Row> {
  const chosen = new Map<number, Release<Row>>();
  for (const release of releases) {
    for (const row of release.rows) {
      const fiscalYear = fiscalYearOf(monthOf(row));
      const current = chosen.get(fiscalYear);
      if (!current || prefer(release, current)) chosen.set(fiscalYear, release);
    }
  }
  const fiscalYears = [...chosen.keys()].sort((a, b) => a - b);
  const rows = fiscalYears.flatMap((fy) => chosen.get(fy)!.rows.filter((row) => fiscalYearOf(monthOf(row)) === fy));
  const fiscalYearReleases = Object.fromEntries(fiscalYears.map((fy) => [String(fy), chosen.get(fy)!.name]));
  return { rows, fiscalYearReleases };
}

export function lastMonthOf<Row>(rows: readonly Row[], monthOf: (row: Row) => MonthKey): MonthKey {
  let last = '';
  for (const row of rows) if (monthOf(row) > last) last = monthOf(row);
  return last;
}
