// Period rows (month, fiscal year, calendar year) from the monthly Border Patrol / OFO / total series.
import type { Coverage, MonthlySeriesRow } from '../../data/schemas.js';
import { fiscalYearOf, splitMonth, type MonthKey } from '../periods.js';
import { sumOrNull } from '../ranking.js';
import type { ComponentChoice, EncounterRow } from './query.js';

export type PeriodGrouping = 'month' | 'fy' | 'year';

export function periodOf(month: MonthKey, grouping: PeriodGrouping): string {
  if (grouping === 'month') return month;
  if (grouping === 'fy') return `FY${fiscalYearOf(month)}`;
  return String(splitMonth(month).year);
}

const SEVERITY: Coverage[] = ['exact', 'earlier-release', 'derived', 'rounded', 'derived-approx', 'unavailable'];
export function worstCoverage(coverages: readonly Coverage[]): Coverage {
  return coverages.reduce<Coverage>((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a), 'exact');
}

export function groupByPeriod<Row>(rows: readonly Row[], monthOf: (row: Row) => MonthKey, grouping: PeriodGrouping): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const period = periodOf(monthOf(row), grouping);
    const group = groups.get(period);
    if (group) group.push(row);
    else groups.set(period, [row]);
  }
  return groups;
}

export function seriesRows(months: readonly MonthlySeriesRow[], grouping: PeriodGrouping, component: ComponentChoice): EncounterRow[] {
  const rows: EncounterRow[] = [];
  for (const [period, group] of groupByPeriod(months, (m) => m.month, grouping)) {
    const usbp = sumOrNull(group.map((m) => m.usbp));
    const ofo = sumOrNull(group.map((m) => m.ofo));
    const total = sumOrNull(group.map((m) => m.total));
    const coverage = {
      usbp: usbp === null ? 'unavailable' as const : worstCoverage(group.map((m) => m.usbpCoverage)),
      ofo: ofo === null ? 'unavailable' as const : worstCoverage(group.map((m) => m.ofoCoverage)),
      total: total === null ? 'unavailable' as const : worstCoverage(group.map((m) => m.totalCoverage)),
    };
    const [count, countBasis] = headline(component, usbp, ofo, total);
    rows.push({
      period,
      fiscalYear: fiscalYearOf(group[0]!.month),
      ...(grouping === 'month' ? {} : { months: group.length, complete: group.length === 12 }),
      usbp, ofo, total, count, countBasis,
      rank: null,
      coverage,
      firstMonth: group[0]!.month,
    });
  }
  return rows;
}

// Before FY2020 only Border Patrol was counted: its figure stands in, flagged, where no total exists.
function headline(component: ComponentChoice, usbp: number | null, ofo: number | null, total: number | null): [number | null, EncounterRow['countBasis']] {
  if (component === 'usbp') return [usbp, 'usbp'];
  if (component === 'ofo') return [ofo, 'ofo'];
  return total !== null ? [total, 'total'] : [usbp, 'usbp'];
}
