// Small summary tables derived at build time from the large detail tables, so that commands which
// need every month of every citizenship or drug (trace) read a few thousand rows instead of
// parsing and summing tens of thousands on every run.
import type { EncounterCitizenshipRow, EncounterStateRow, SeizureMonthlyRow, SeizureRow } from '../data/schemas.js';
import { compareText } from '../domain/ranking.js';

/** The by-state table summed over state, demographic and title: one row per month, region and citizenship. */
export function deriveCitizenshipMonthly(rows: readonly EncounterStateRow[]): EncounterCitizenshipRow[] {
  const sums = new Map<string, EncounterCitizenshipRow>();
  for (const row of rows) {
    const key = `${row.month}|${row.region}|${row.citizenship}`;
    const sum = sums.get(key);
    if (sum) sum.count += row.count;
    else sums.set(key, { month: row.month, region: row.region, citizenship: row.citizenship, count: row.count });
  }
  return [...sums.values()].sort((a, b) => compareText(a.month, b.month) || compareText(a.region, b.region) || compareText(a.citizenship, b.citizenship));
}

/**
 * Seizure rows summed over area and land filter: one row per month, component, region and drug.
 * Rows are summed in their stored order, so a rebuild gives the same pounds to the last digit.
 */
export function deriveSeizureMonthly(rows: readonly SeizureRow[]): SeizureMonthlyRow[] {
  const sums = new Map<string, SeizureMonthlyRow>();
  for (const row of rows) {
    const key = `${row.month}|${row.component}|${row.region}|${row.drug}`;
    const sum = sums.get(key);
    if (sum) {
      sum.events += row.events;
      sum.pounds += row.pounds;
    } else {
      sums.set(key, { month: row.month, component: row.component, region: row.region, drug: row.drug, events: row.events, pounds: row.pounds });
    }
  }
  return [...sums.values()].sort((a, b) => compareText(a.month, b.month) || compareText(a.component, b.component)
    || compareText(a.region, b.region) || compareText(a.drug, b.drug));
}
