// Builds the encounters data files from the releases read: one release per fiscal year per
// table, then the derived monthly series.
import type { EncounterCitizenshipRow, EncounterComponentRow, EncounterStateRow, UsbpHistoryRow } from '../data/schemas.js';
import { encodeTable } from '../data/compact-table.js';
import { ENCOUNTER_FILES } from '../data/encounter-files.js';
import { coverageOf, type DatasetFile } from './dataset-files.js';
import { encounterComponentFile, encounterStateFile, ohssUsbpRegionFile, usbpSectorHistoryFile } from './encounter-files.js';
import { deriveMonthlySeries } from './monthly-series.js';
import type { DataFamily } from './families.js';
import { mergeReleases, newerRelease, type MergedReleases, type Release } from './releases.js';


export const encountersFamily: DataFamily = {
  name: 'encounters',
  kinds: [
    { kind: encounterStateFile, table: ENCOUNTER_FILES.state },
    { kind: encounterComponentFile, table: ENCOUNTER_FILES.component },
    { kind: usbpSectorHistoryFile, table: ENCOUNTER_FILES.usbpHistory },
    { kind: ohssUsbpRegionFile, table: ENCOUNTER_FILES.usbpHistory },
  ],
  build: (releasesByTable) => buildEncounterFiles(
    releasesByTable.get(ENCOUNTER_FILES.state) ?? [],
    releasesByTable.get(ENCOUNTER_FILES.component) ?? [],
    releasesByTable.get(ENCOUNTER_FILES.usbpHistory) ?? [],
  ),
  revisionGroups: {
    [ENCOUNTER_FILES.monthly]: ['region'],
    [ENCOUNTER_FILES.state]: ['region'],
    [ENCOUNTER_FILES.component]: ['component'],
    [ENCOUNTER_FILES.usbpHistory]: ['region'],
  },
};

export function buildEncounterFiles(
  stateReleases: Release<EncounterStateRow>[],
  componentReleases: Release<EncounterComponentRow>[],
  usbpHistoryReleases: Release<UsbpHistoryRow>[],
): DatasetFile[] {
  const state = mergeReleases(stateReleases, encounterStateFile.monthOf);
  const component = mergeReleases(componentReleases, encounterComponentFile.monthOf);
  const usbpHistory = mergeUsbpHistory(usbpHistoryReleases);
  const monthly = deriveMonthlySeries(state.rows, component.rows, usbpHistory.rows);
  const byCitizenship = sumByCitizenship(state.rows);
  const file = (path: string, description: string, columns: string[], rows: Record<string, unknown>[], months: string[], merged?: Omit<MergedReleases<unknown>, 'rows'>): DatasetFile => ({
    path, family: 'encounters', description,
    text: encodeTable(path.replace(/\.json$/, ''), columns, rows as Record<string, string | number | null>[]),
    rows: rows.length, coverage: coverageOf(months),
    ...(merged ? { fiscalYearReleases: merged.fiscalYearReleases, monthReleases: merged.monthReleases } : {}),
  });
  return [
    {
      ...file(ENCOUNTER_FILES.monthly, 'Monthly Border Patrol, OFO and total encounters by region, with how each cell was obtained',
        ['month', 'region', 'usbp', 'ofo', 'total', 'usbpCoverage', 'ofoCoverage', 'totalCoverage'], monthly, monthly.map((r) => r.month)),
      derivedFrom: [ENCOUNTER_FILES.state, ENCOUNTER_FILES.component, ENCOUNTER_FILES.usbpHistory],
    },
    file(ENCOUNTER_FILES.state, 'Encounters by month, region, state, demographic, citizenship and title of authority (all components)',
      ['month', 'region', 'state', 'demographic', 'citizenship', 'title', 'count'], state.rows, state.rows.map((r) => r.month), state),
    {
      ...file(ENCOUNTER_FILES.citizenship, 'Encounters by month, region and citizenship: the by-state table summed over states, demographics and titles',
        ['month', 'region', 'citizenship', 'count'], byCitizenship, byCitizenship.map((r) => r.month)),
      derivedFrom: [ENCOUNTER_FILES.state],
    },
    file(ENCOUNTER_FILES.component, 'Southwest encounters by month, component, demographic, citizenship group, title and encounter type',
      ['month', 'component', 'demographic', 'citizenshipGroup', 'title', 'encounterType', 'count'], component.rows, component.rows.map((r) => r.month), component),
    file(ENCOUNTER_FILES.usbpHistory, 'Border Patrol monthly encounters by region: CBP table to FY2020 (exact), OHSS after (rounded to 10)',
      ['month', 'region', 'count', 'precision'], usbpHistory.rows, usbpHistory.rows.map((r) => r.month), usbpHistory),
  ];
}

// Claims and lookups by citizenship need neither state, demographic nor title: summed over them
// the table is a fourteenth of the by-state table, so such a query starts fast.
export function sumByCitizenship(rows: readonly EncounterStateRow[]): EncounterCitizenshipRow[] {
  const sums = new Map<string, EncounterCitizenshipRow>();
  for (const row of rows) {
    const key = `${row.month}|${row.region}|${row.citizenship}`;
    const sum = sums.get(key);
    if (sum) sum.count += row.count;
    else sums.set(key, { month: row.month, region: row.region, citizenship: row.citizenship, count: row.count });
  }
  return [...sums.keys()].sort().map((key) => sums.get(key)!);
}

// The CBP table is exact, OHSS is rounded: where both cover a fiscal year, the exact one wins
// even though the OHSS workbook is newer.
function mergeUsbpHistory(releases: Release<UsbpHistoryRow>[]) {
  const isExact = (release: Release<UsbpHistoryRow>) => release.rows.every((r) => r.precision === 'exact');
  return mergeReleases(releases, usbpSectorHistoryFile.monthOf, (candidate, current) =>
    isExact(candidate) !== isExact(current) ? isExact(candidate) : newerRelease(candidate, current));
}
