// The encounters family: each table is read (and verified) only when a query needs it.
import type { EncounterData } from '../domain/encounters/query.js';
import { ENCOUNTER_FILES } from './encounter-files.js';
import type { Dataset } from './dataset.js';
import type { EncounterCitizenshipRow, EncounterComponentRow, EncounterStateRow, MonthlySeriesRow } from './schemas.js';

export function encounterData(dataset: Dataset): EncounterData {
  return {
    monthly: () => dataset.table<MonthlySeriesRow>(ENCOUNTER_FILES.monthly),
    byState: () => dataset.table<EncounterStateRow>(ENCOUNTER_FILES.state),
    byCitizenship: () => dataset.table<EncounterCitizenshipRow>(ENCOUNTER_FILES.citizenship),
    byComponent: () => dataset.table<EncounterComponentRow>(ENCOUNTER_FILES.component),
  };
}
