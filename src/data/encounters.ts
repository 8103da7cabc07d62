// The encounters family: each table is read (and verified) only when a query needs it, and the
// large by-state table is decoded only for the months a query asks for.
import type { EncounterData } from '../domain/encounters/query.js';
import { ENCOUNTER_FILES } from './encounter-files.js';
import type { Dataset } from './dataset.js';
import type { MonthlySeriesRow } from './schemas.js';

export function encounterData(dataset: Dataset): EncounterData {
  const state = () => dataset.columns(ENCOUNTER_FILES.state);
  const component = () => dataset.columns(ENCOUNTER_FILES.component);
  return {
    monthly: () => dataset.table<MonthlySeriesRow>(ENCOUNTER_FILES.monthly),
    stateMonths: () => state().dictionary('month'),
    byState: (months) => state().rowsInMonths(months),
    stateValues: (column) => state().dictionary(column),
    componentMonths: () => component().dictionary('month'),
    byComponent: (months) => component().rowsInMonths(months),
    componentValues: (column) => component().dictionary(column),
  };
}
