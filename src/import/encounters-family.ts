// Builds the encounters data files from the releases read: one release per fiscal year per
// table, then the derived monthly series.
import type { AnnualApprehensionRow, EncounterCitizenshipRow, EncounterComponentRow, EncounterStateRow, ReleaseFigureRow, UsbpHistoryRow } from '../data/schemas.js';
import { WHOLE_REGION } from '../data/sectors.js';
import { monthKey } from '../domain/periods.js';
import { encodeTable } from '../data/compact-table.js';
import { ENCOUNTER_FILES } from '../data/encounter-files.js';
import { coverageOf, type DatasetFile } from './dataset-files.js';
import {
  encounterComponentFile, encounterStateFile, ohssUsbpRegionFile, ohssUsbpSectorFile, usbpAnnualNationwideFile, usbpAnnualSouthwestFile, usbpSectorHistoryFile,
} from './encounter-files.js';
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
    { kind: ohssUsbpSectorFile, table: ENCOUNTER_FILES.sectorsRounded },
    { kind: usbpAnnualSouthwestFile, table: ENCOUNTER_FILES.annualSouthwest },
    { kind: usbpAnnualNationwideFile, table: ENCOUNTER_FILES.annualNationwide },
  ],
  build: (releasesByTable, stored) => buildEncounterFiles(
    releasesByTable.get(ENCOUNTER_FILES.state) ?? [],
    releasesByTable.get(ENCOUNTER_FILES.component) ?? [],
    releasesByTable.get(ENCOUNTER_FILES.usbpHistory) ?? [],
    {
      sectorsRounded: releasesByTable.get(ENCOUNTER_FILES.sectorsRounded) ?? [],
      annualSouthwest: releasesByTable.get(ENCOUNTER_FILES.annualSouthwest) ?? [],
      annualNationwide: releasesByTable.get(ENCOUNTER_FILES.annualNationwide) ?? [],
      storedReleaseFigures: (stored?.(ENCOUNTER_FILES.byRelease) ?? []) as ReleaseFigureRow[],
    },
  ),
  revisionGroups: {
    [ENCOUNTER_FILES.monthly]: ['region'],
    [ENCOUNTER_FILES.state]: ['region'],
    [ENCOUNTER_FILES.component]: ['component'],
    [ENCOUNTER_FILES.usbpHistory]: ['region', 'sector'],
    [ENCOUNTER_FILES.sectorsRounded]: ['sector'],
    [ENCOUNTER_FILES.bySector]: ['sector'],
  },
  releaseHistories: [ENCOUNTER_FILES.byRelease],
};

export interface HistoryReleases {
  sectorsRounded: Release<UsbpHistoryRow>[];
  annualSouthwest: Release<AnnualApprehensionRow>[];
  annualNationwide: Release<AnnualApprehensionRow>[];
  /** Release figures already in the dataset (data import): releases no longer read keep their rows. */
  storedReleaseFigures: ReleaseFigureRow[];
}

const NO_HISTORY: HistoryReleases = { sectorsRounded: [], annualSouthwest: [], annualNationwide: [], storedReleaseFigures: [] };

export function buildEncounterFiles(
  stateReleases: Release<EncounterStateRow>[],
  componentReleases: Release<EncounterComponentRow>[],
  usbpHistoryReleases: Release<UsbpHistoryRow>[],
  history: HistoryReleases = NO_HISTORY,
): DatasetFile[] {
  const state = mergeReleases(stateReleases, encounterStateFile.monthOf);
  const component = mergeReleases(componentReleases, encounterComponentFile.monthOf);
  const usbpHistory = mergeUsbpHistory(usbpHistoryReleases);
  const regionHistory = usbpHistory.rows.filter((r) => r.sector === WHOLE_REGION);
  const monthly = deriveMonthlySeries(state.rows, component.rows, regionHistory);
  const sectorsRounded = mergeReleases(history.sectorsRounded, ohssUsbpSectorFile.monthOf);
  const bySector = sectorSeries(usbpHistory.rows, sectorsRounded.rows);
  const annualSouthwest = mergeReleases(history.annualSouthwest, usbpAnnualSouthwestFile.monthOf);
  const annualNationwide = mergeReleases(history.annualNationwide, usbpAnnualNationwideFile.monthOf);
  const releaseFigures = figuresByRelease(stateReleases, componentReleases, history.storedReleaseFigures);
  const yearMonths = (rows: readonly AnnualApprehensionRow[]) => rows.flatMap((r) => [monthKey(r.fiscalYear - 1, 10), monthKey(r.fiscalYear, 9)]);
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
    file(ENCOUNTER_FILES.usbpHistory, 'Border Patrol monthly encounters by region and sector: CBP table to FY2020 (exact), OHSS after (rounded to 10, regions only)',
      ['month', 'region', 'sector', 'count', 'precision'], usbpHistory.rows, usbpHistory.rows.map((r) => r.month), usbpHistory),
    file(ENCOUNTER_FILES.sectorsRounded, 'Border Patrol monthly encounters by sector from DHS OHSS (rounded to 10)',
      ['month', 'region', 'sector', 'count', 'precision'], sectorsRounded.rows, sectorsRounded.rows.map((r) => r.month), sectorsRounded),
    {
      ...file(ENCOUNTER_FILES.bySector, 'Border Patrol monthly encounters by sector: CBP\'s exact table to FY2020, DHS OHSS (rounded to 10) after',
        ['month', 'region', 'sector', 'count', 'precision'], bySector, bySector.map((r) => r.month)),
      derivedFrom: [ENCOUNTER_FILES.usbpHistory, ENCOUNTER_FILES.sectorsRounded],
    },
    file(ENCOUNTER_FILES.annualSouthwest, 'Border Patrol apprehensions at the Southwest border by fiscal year and sector (USBP annual table)',
      ['fiscalYear', 'region', 'sector', 'count'], annualSouthwest.rows, yearMonths(annualSouthwest.rows), annualSouthwest),
    file(ENCOUNTER_FILES.annualNationwide, 'Border Patrol apprehensions nationwide by fiscal year (USBP annual table)',
      ['fiscalYear', 'region', 'sector', 'count'], annualNationwide.rows, yearMonths(annualNationwide.rows), annualNationwide),
    {
      ...file(ENCOUNTER_FILES.byRelease, 'Each month\'s Southwest and nationwide totals in every release that holds it (for revisions)',
        ['month', 'region', 'release', 'total'], releaseFigures, releaseFigures.map((r) => r.month)),
      derivedFrom: [ENCOUNTER_FILES.state, ENCOUNTER_FILES.component],
    },
  ];
}

// A sector's month comes from CBP's exact table where it has one, else from OHSS (rounded).
function sectorSeries(history: readonly UsbpHistoryRow[], rounded: readonly UsbpHistoryRow[]): UsbpHistoryRow[] {
  const exact = history.filter((r) => r.sector !== WHOLE_REGION && r.precision === 'exact');
  const exactMonths = new Set(exact.map((r) => r.month));
  const rows = [...exact, ...rounded.filter((r) => !exactMonths.has(r.month))];
  return rows.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : 0));
}

/**
 * Every release's monthly totals, kept side by side (never merged): the state files give
 * Southwest and nationwide totals, the by-component file its Southwest total (Border Patrol + OFO).
 */
export function figuresByRelease(
  stateReleases: readonly Release<EncounterStateRow>[],
  componentReleases: readonly Release<EncounterComponentRow>[],
  stored: readonly ReleaseFigureRow[],
): ReleaseFigureRow[] {
  const sums = new Map<string, ReleaseFigureRow>();
  const add = (month: string, region: ReleaseFigureRow['region'], release: string, count: number) => {
    const key = `${month}|${region}|${release}`;
    const row = sums.get(key);
    if (row) row.total += count;
    else sums.set(key, { month, region, release, total: count });
  };
  for (const release of stateReleases) {
    for (const row of release.rows) {
      add(row.month, 'nationwide', release.name, row.count);
      if (row.region === 'southwest') add(row.month, 'southwest', release.name, row.count);
    }
  }
  for (const release of componentReleases) for (const row of release.rows) add(row.month, 'southwest', release.name, row.count);
  // Releases read now are complete for the months they hold; stored rows keep the releases that are not.
  for (const row of stored) {
    const key = `${row.month}|${row.region}|${row.release}`;
    if (!sums.has(key)) sums.set(key, { ...row });
  }
  return [...sums.keys()].sort().map((key) => sums.get(key)!);
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
