// The encounters family: each table is read (and verified) only when a query needs it, and the
// large by-state table is decoded only for the months a query asks for.
import type { EncounterData } from '../domain/encounters/query.js';
import { ENCOUNTER_FILES } from './encounter-files.js';
import type { Dataset } from './dataset.js';
import type { AnnualApprehensionRow, MonthlySeriesRow, UsbpHistoryRow } from './schemas.js';

export function encounterData(dataset: Dataset): EncounterData {
  const state = () => dataset.columns(ENCOUNTER_FILES.state);
  const component = () => dataset.columns(ENCOUNTER_FILES.component);
  const citizenship = () => dataset.columns(ENCOUNTER_FILES.citizenship);
  const byRegion = new Map<string, MonthlySeriesRow[]>();
  const has = (path: string) => dataset.manifest.files.some((f) => f.path === path);
  return {
    monthly: () => dataset.table<MonthlySeriesRow>(ENCOUNTER_FILES.monthly),
    monthlyIn: (region) => {
      // One region's rows only (cached): a claim rarely needs the other three decoded.
      let rows = byRegion.get(region);
      if (!rows) {
        const table = dataset.columns(ENCOUNTER_FILES.monthly);
        const wanted = table.indexOf('region', region);
        const regions = table.raw('region');
        rows = [];
        for (let i = 0; i < table.length; i++) if (regions[i] === wanted) rows.push(table.row<MonthlySeriesRow>(i));
        byRegion.set(region, rows);
      }
      return rows;
    },
    stateMonths: () => state().dictionary('month'),
    byState: (months) => state().rowsInMonths(months),
    stateValues: (column) => state().dictionary(column),
    citizenshipMonths: () => citizenship().dictionary('month'),
    byCitizenship: (months) => citizenship().rowsInMonths(months),
    citizenshipValues: () => citizenship().dictionary('citizenship'),
    componentMonths: () => component().dictionary('month'),
    byComponent: (months) => component().rowsInMonths(months),
    componentValues: (column) => component().dictionary(column),
    // History and sectors are their own tables: only the queries that ask for them read them.
    bySector: () => (has(ENCOUNTER_FILES.bySector) ? dataset.table<UsbpHistoryRow>(ENCOUNTER_FILES.bySector) : []),
    annual: (region) => {
      const path = region === 'southwest' ? ENCOUNTER_FILES.annualSouthwest : ENCOUNTER_FILES.annualNationwide;
      return has(path) ? dataset.table<AnnualApprehensionRow>(path) : [];
    },
  };
}
