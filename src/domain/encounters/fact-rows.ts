// Rows from the detailed tables (by state; Southwest by component) grouped by period or by a dimension.
import type { EncounterCitizenshipRow, EncounterComponentRow, EncounterStateRow, SeriesRegion } from '../../data/schemas.js';
import type { MonthKey } from '../periods.js';
import { groupByPeriod, type PeriodGrouping } from './series-rows.js';
import type { EncounterRow } from './query.js';
import { fiscalYearOf } from '../periods.js';

export type Dimension = 'region' | 'state' | 'demographic' | 'citizenship' | 'authority' | 'component' | 'encounter-type';

export interface Fact {
  month: MonthKey;
  count: number;
  dims: Partial<Record<Dimension, string>>;
}

export const REGION_LABELS: Record<SeriesRegion, string> = {
  southwest: 'Southwest land border',
  northern: 'Northern land border',
  other: 'Other (air, sea and coastal)',
  nationwide: 'Nationwide',
};

export const COMPONENT_LABELS = { usbp: 'U.S. Border Patrol', ofo: 'Office of Field Operations' } as const;

export function stateFacts(rows: readonly EncounterStateRow[]): Fact[] {
  return rows.map((r) => ({
    month: r.month,
    count: r.count,
    dims: { region: r.region, state: r.state, demographic: r.demographic, citizenship: r.citizenship, authority: r.title },
  }));
}

export function citizenshipFacts(rows: readonly EncounterCitizenshipRow[]): Fact[] {
  return rows.map((r) => ({ month: r.month, count: r.count, dims: { region: r.region, citizenship: r.citizenship } }));
}

export function componentFacts(rows: readonly EncounterComponentRow[]): Fact[] {
  return rows.map((r) => ({
    month: r.month,
    count: r.count,
    dims: { region: 'southwest', component: r.component, demographic: r.demographic, citizenship: r.citizenshipGroup, authority: r.title, 'encounter-type': r.encounterType },
  }));
}

export function factPeriodRows(facts: readonly Fact[], grouping: PeriodGrouping, basis: EncounterRow['countBasis']): EncounterRow[] {
  return [...groupByPeriod(facts, (f) => f.month, grouping)].map(([period, group]) => {
    const months = new Set(group.map((f) => f.month));
    const firstMonth = [...months].sort()[0]!;
    return {
      period,
      fiscalYear: fiscalYearOf(firstMonth),
      ...(grouping === 'month' ? {} : { months: months.size, complete: months.size === 12 }),
      count: group.reduce((sum, f) => sum + f.count, 0),
      countBasis: basis,
      rank: null,
      firstMonth,
    };
  });
}

export function factDimensionRows(facts: readonly Fact[], dimension: Dimension, basis: EncounterRow['countBasis']): EncounterRow[] {
  const sums = new Map<string, number>();
  let total = 0;
  let firstMonth = '9999-12';
  for (const fact of facts) {
    const key = fact.dims[dimension] ?? '(unknown)';
    sums.set(key, (sums.get(key) ?? 0) + fact.count);
    total += fact.count;
    if (fact.month < firstMonth) firstMonth = fact.month;
  }
  return [...sums].map(([key, count]) => ({
    key: dimension === 'region' ? REGION_LABELS[key as SeriesRegion] ?? key : dimension === 'component' ? COMPONENT_LABELS[key as 'usbp'] ?? key : key,
    count,
    countBasis: basis,
    share: total === 0 ? null : (count / total) * 100,
    rank: null,
    firstMonth,
  }));
}
