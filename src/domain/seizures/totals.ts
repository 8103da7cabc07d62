// The one definition of "which seizure rows count": the report and the claim checker both sum
// through here, so a figure means the same thing wherever it is shown.
import type { SeizureMonthlyRow } from '../../data/schemas.js';

export type SeizureFilter = {
  months: readonly string[];
  /** Drug ids (see resolveDrugs); all drugs when absent. */
  drugs?: readonly string[];
  components: readonly ('ofo' | 'usbp' | 'amo')[];
  /** One region, or every region when absent or 'nationwide'. */
  region?: 'southwest' | 'northern' | 'coastal-interior' | 'nationwide';
};

export function seizureMatcher(filter: SeizureFilter): (row: Pick<SeizureMonthlyRow, 'month' | 'component' | 'drug' | 'region'>) => boolean {
  const months = new Set(filter.months);
  const drugs = filter.drugs ? new Set(filter.drugs) : undefined;
  const components = new Set<string>(filter.components);
  const region = filter.region === 'nationwide' ? undefined : filter.region;
  return (row) => months.has(row.month)
    && components.has(row.component)
    && (drugs === undefined || drugs.has(row.drug))
    && (region === undefined || row.region === region);
}

/** Pounds (at CBP's full precision) and events of the rows a filter selects. */
export function seizureTotals(rows: readonly SeizureMonthlyRow[], filter: SeizureFilter): { pounds: number; events: number } {
  const matches = seizureMatcher(filter);
  let pounds = 0;
  let events = 0;
  for (const row of rows) {
    if (!matches(row)) continue;
    pounds += row.pounds;
    events += row.events;
  }
  return { pounds, events };
}
