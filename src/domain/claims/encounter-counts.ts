// Monthly encounter figures for a claim's filters, from the table that can answer honestly:
//   region and component only      → the monthly series (FY2000 on; Border Patrol alone before FY2020)
//   citizenship, demographic, title → the by-citizenship table (or by-state with a state), FY2020 on, all components
//   a component with detail, or encounter type → the Southwest by-component table, October 2021 on
import type { ClaimFilters } from '../../data/claim-schemas.js';
import { ENCOUNTER_FILES } from '../../data/encounter-files.js';
import type { Coverage, MonthlySeriesRow, SeriesRegion } from '../../data/schemas.js';
import { detailTableFor } from '../encounters/detail-table.js';
import type { EncounterData } from '../encounters/query.js';
import { fiscalYearOf, monthLabel, type MonthKey } from '../periods.js';
import { ClaimProblem, resolveKnown } from './claim-problem.js';
import { cachedCells, type AnnualFigures, type CellNote, type DataUse, type MonthCell, type MonthlyCounts } from './monthly-counts.js';
import { WHOLE_REGION } from '../../data/sectors.js';
import { resolveSector, sectorName, sectorRegion, UnknownSector } from '../places/sectors.js';

const REGION_WORDS: Record<string, string> = {
  southwest: 'at the Southwest land border',
  northern: 'at the Northern land border',
  other: 'outside the land borders (air, sea and coastal)',
  nationwide: 'nationwide',
};

const COMPONENT_WORDS: Record<string, string> = {
  all: 'encounters (Border Patrol + OFO)',
  usbp: 'Border Patrol encounters (between ports of entry)',
  ofo: 'OFO encounters (at ports of entry)',
};

const NOTE_OF: Partial<Record<Coverage, CellNote>> = {
  rounded: 'rounded', derived: 'derived', 'derived-approx': 'derived-approx', 'earlier-release': 'earlier-release',
};

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s(,])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function listWords(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

export function describeEncounterFilters(filters: ClaimFilters): string {
  const parts = [COMPONENT_WORDS[filters.component ?? 'all'], REGION_WORDS[filters.region ?? 'southwest']];
  if (filters.citizenship) parts.push(`of citizens of ${listWords(filters.citizenship.map(titleCase))}`);
  if (filters.demographic) parts.push(`(${listWords(filters.demographic)})`);
  if (filters.state) parts.push(`in ${listWords(filters.state)}`);
  if (filters.title) parts.push(`under ${listWords(filters.title)}`);
  if (filters.encounterType) parts.push(`(${listWords(filters.encounterType.map((t) => t.toLowerCase()))})`);
  return parts.join(' ');
}

function fiscalYears(months: readonly MonthKey[], keep: (fy: number) => boolean = () => true): number[] {
  return [...new Set(months.map(fiscalYearOf))].filter(keep);
}

/** The claim's filters with citizenship and state matched to the data's spelling. */
export function encounterCounts(data: EncounterData, raw: ClaimFilters, field: string): { counts: MonthlyCounts; filters: ClaimFilters } {
  const region = raw.region ?? 'southwest';
  const component = raw.component ?? 'all';
  const series = data.monthlyIn(region as SeriesRegion);
  const coverage = { first: series[0]!.month, last: series[series.length - 1]!.month };
  const detailed = raw.citizenship || raw.demographic || raw.state || raw.title || raw.encounterType;
  if (raw.sector) {
    if (detailed) throw new ClaimProblem(`${field}.sector`, 'sector figures have no citizenship, demographic, state, title or encounter-type detail');
    return sectorCounts(data, raw, field);
  }
  if (!detailed) {
    const counts = seriesCounts(series, component, coverage);
    const annual = component === 'ofo' ? undefined : annualFigures(data, region, undefined, component === 'all');
    return { counts: { ...counts, what: describeEncounterFilters(raw), ...(annual ? { annual } : {}) }, filters: raw };
  }
  const table = detailTableFor({
    component: component !== 'all',
    encounterType: raw.encounterType !== undefined,
    demographic: raw.demographic !== undefined,
    state: raw.state !== undefined,
    title: raw.title !== undefined,
  });
  if (table === 'byComponent') return componentCounts(data, raw, field, coverage);
  return detailCounts(data, raw, field, coverage, table === 'byCitizenship');
}

const ANNUAL_SOURCES = {
  southwest: 'USBP\'s annual Southwest Border Sector Apprehensions table (FY1960–FY2019)',
  nationwide: 'USBP\'s annual Total Apprehensions table (FY1925–FY2019)',
} as const;

/** The annual table that answers whole fiscal years before FY2000 (Southwest and nationwide only). */
function annualFigures(data: EncounterData, region: string, sectors: readonly string[] | undefined, lowerBound: boolean): AnnualFigures | undefined {
  if (region !== 'southwest' && region !== 'nationwide') return undefined;
  const rows = data.annual(region);
  if (rows.length === 0) return undefined;
  const wanted = new Set(sectors ?? [WHOLE_REGION]);
  const byYear = new Map<number, number>();
  for (const row of rows) if (wanted.has(row.sector)) byYear.set(row.fiscalYear, (byYear.get(row.fiscalYear) ?? 0) + row.count);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length === 0) return undefined;
  return {
    first: years[0]!,
    last: years[years.length - 1]!,
    value: (fy) => byYear.get(fy) ?? null,
    lowerBound,
    table: region === 'southwest' ? ENCOUNTER_FILES.annualSouthwest : ENCOUNTER_FILES.annualNationwide,
    source: ANNUAL_SOURCES[region],
  };
}

/** Border Patrol in one or more sectors: CBP's exact monthly table to FY2020, OHSS rounded after, annual tables before FY2000. */
function sectorCounts(data: EncounterData, raw: ClaimFilters, field: string): { counts: MonthlyCounts; filters: ClaimFilters } {
  const sectors = raw.sector!.map((value, i) => {
    try {
      return resolveSector(value);
    } catch (error) {
      if (error instanceof UnknownSector) throw new ClaimProblem(`${field}.sector[${i}]`, error.message);
      throw error;
    }
  });
  const region = raw.region ?? 'southwest';
  const outside = sectors.find((id) => region !== 'nationwide' && sectorRegion(id) !== region);
  if (outside) throw new ClaimProblem(`${field}.sector`, `the ${sectorName(outside)} sector is not at the ${region} border (it is ${sectorRegion(outside) === 'other' ? 'coastal' : `at the ${sectorRegion(outside)} border`}); set region to match or leave it out`);
  const rows = data.bySector();
  if (rows.length === 0) throw new ClaimProblem(`${field}.sector`, 'this dataset has no sector table');
  const wanted = new Set<string>(sectors);
  const cellsByMonth = new Map<MonthKey, MonthCell>();
  for (const row of rows) {
    if (!wanted.has(row.sector)) continue;
    const cell = cellsByMonth.get(row.month) ?? { value: 0, lowerBound: false, notes: [] };
    cell.value! += row.count;
    if (row.precision === 'rounded' && !cell.notes.includes('rounded')) cell.notes.push('rounded');
    cellsByMonth.set(row.month, cell);
  }
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const coverage = { first: months[0]!, last: months[months.length - 1]! };
  const annual = annualFigures(data, 'southwest', sectors, false);
  const filters: ClaimFilters = { ...raw, sector: sectors, component: 'usbp' };
  const names = listWords(sectors.map(sectorName));
  return {
    filters,
    counts: {
      what: `Border Patrol encounters in the ${names} sector${sectors.length > 1 ? 's' : ''}`,
      unit: 'encounters',
      coverage,
      cells: (asked) => new Map(asked.map((m) => [m, cellsByMonth.get(m) ?? { value: null, lowerBound: false, notes: [] }])),
      missing: 'no sector figure is published for this month',
      formula: 'monthly Border Patrol counts of the sector (CBP\'s exact table to September 2020, DHS OHSS rounded to 10 after)',
      scope: ['Sector figures are Border Patrol\'s (between ports of entry): OFO encounters at ports are not counted by sector.'],
      uses: (asked) => [
        { file: ENCOUNTER_FILES.bySector, fiscalYears: fiscalYears(asked, (fy) => fy >= 2000) },
        ...(annual ? [{ file: annual.table, fiscalYears: fiscalYears(asked, (fy) => fy < 2000) }] : []),
      ].filter((use) => use.fiscalYears.length > 0),
      ...(annual && sectors.every((id) => sectorRegion(id) === 'southwest') ? { annual } : {}),
    },
  };
}

function seriesCounts(series: readonly MonthlySeriesRow[], component: string, coverage: MonthlyCounts['coverage']): Omit<MonthlyCounts, 'what'> {
  const region = series[0]?.region ?? 'southwest';
  const cells = new Map<MonthKey, MonthCell>();
  for (const row of series) {
    const [value, rowCoverage] = component === 'usbp' ? [row.usbp, row.usbpCoverage] : component === 'ofo' ? [row.ofo, row.ofoCoverage] : [row.total, row.totalCoverage];
    if (value !== null) {
      const note = NOTE_OF[rowCoverage];
      cells.set(row.month, { value, lowerBound: false, notes: note ? [note] : [] });
    } else if (component === 'all' && row.usbp !== null) {
      // Before FY2020 only Border Patrol was counted: its figure is all that is on record.
      const note = NOTE_OF[row.usbpCoverage];
      cells.set(row.month, { value: row.usbp, lowerBound: true, notes: ['usbp-only', ...(note ? [note] : [])] });
    } else {
      cells.set(row.month, { value: null, lowerBound: false, notes: [] });
    }
  }
  const missing = component === 'ofo'
    ? 'OFO counts exist only from FY2020 (October 2019), and no Border Patrol/OFO split is published in these files after August 2025'
    : component === 'usbp'
      ? 'no Border Patrol split is published in these files for this month'
      : 'no figure is published for this month';
  return {
    unit: 'encounters',
    coverage,
    cells: () => cells,
    missing,
    formula: component === 'all' ? 'monthly totals (Border Patrol + OFO; Border Patrol alone before FY2020)' : component === 'usbp' ? 'monthly Border Patrol counts' : 'monthly OFO counts (total − Border Patrol before October 2021)',
    scope: ['Encounters are events, not unique people: a person caught twice counts twice.'],
    uses(months) {
      const uses: DataUse[] = [];
      const totals = fiscalYears(months, (fy) => fy >= 2020);
      const early = fiscalYears(months, (fy) => fy < 2020);
      if (component !== 'usbp' && totals.length) uses.push({ file: ENCOUNTER_FILES.state, fiscalYears: totals });
      if (component !== 'all' || early.length) uses.push({ file: ENCOUNTER_FILES.usbpHistory, fiscalYears: (component === 'all' ? early : fiscalYears(months, (fy) => fy < 2022)).filter((fy) => fy >= 2000) });
      if (component !== 'all' && fiscalYears(months, (fy) => fy >= 2022).length) uses.push({ file: ENCOUNTER_FILES.component, fiscalYears: fiscalYears(months, (fy) => fy >= 2022) });
      const annualYears = fiscalYears(months, (fy) => fy < 2000);
      if (annualYears.length) uses.push({ file: region === 'nationwide' ? ENCOUNTER_FILES.annualNationwide : ENCOUNTER_FILES.annualSouthwest, fiscalYears: annualYears });
      return uses.filter((use) => use.fiscalYears.length > 0);
    },
  };
}

function detailCounts(data: EncounterData, raw: ClaimFilters, field: string, coverage: MonthlyCounts['coverage'], small: boolean): { counts: MonthlyCounts; filters: ClaimFilters } {
  const region = raw.region ?? 'southwest';
  const filters: ClaimFilters = { ...raw };
  if (raw.citizenship) filters.citizenship = resolveKnown(raw.citizenship, small ? data.citizenshipValues() : data.stateValues('citizenship'), `${field}.citizenship`, 'citizenship');
  if (raw.state) filters.state = resolveKnown(raw.state, data.stateValues('state'), `${field}.state`, 'state');
  const tableMonths = new Set(small ? data.citizenshipMonths() : data.stateMonths());
  const sorted = [...tableMonths].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const want = (list: readonly string[] | undefined, value: string | undefined) => list === undefined || (value !== undefined && list.includes(value));
  const cells = cachedCells((months) => {
    const inTable = months.filter((m) => tableMonths.has(m));
    const sums = new Map<MonthKey, number>(inTable.map((m) => [m, 0]));
    const rows: readonly { month: string; region: string; citizenship: string; count: number; demographic?: string; title?: string; state?: string }[] =
      inTable.length === 0 ? [] : small ? data.byCitizenship(new Set(inTable)) : data.byState(new Set(inTable));
    for (const row of rows) {
      if (region !== 'nationwide' && row.region !== region) continue;
      if (!want(filters.citizenship, row.citizenship) || !want(filters.demographic, row.demographic) || !want(filters.title, row.title) || !want(filters.state, row.state)) continue;
      sums.set(row.month, sums.get(row.month)! + row.count);
    }
    return new Map(months.map((m) => [m, { value: sums.get(m) ?? null, lowerBound: false, notes: [] }]));
  });
  const file = small ? ENCOUNTER_FILES.citizenship : ENCOUNTER_FILES.state;
  return {
    filters,
    counts: {
      what: describeEncounterFilters(filters),
      unit: 'encounters',
      coverage,
      cells,
      missing: `detail by citizenship, demographic, state and title exists only from ${monthLabel(first)} to ${monthLabel(last)}`,
      formula: `monthly sums of the CBP Nationwide Encounters rows${small ? ' (summed over states)' : ' (by state)'} that match the filters`,
      scope: ['Encounters are events, not unique people: a person caught twice counts twice.'],
      uses: (months) => [{ file, fiscalYears: fiscalYears(months) }],
    },
  };
}

function componentCounts(data: EncounterData, raw: ClaimFilters, field: string, coverage: MonthlyCounts['coverage']): { counts: MonthlyCounts; filters: ClaimFilters } {
  const region = raw.region ?? 'southwest';
  const component = raw.component ?? 'all';
  const filters: ClaimFilters = { ...raw };
  const unavailable = region !== 'southwest'
    ? 'a Border Patrol/OFO split by citizenship, demographic, title or encounter type exists only for the Southwest border'
    : raw.state !== undefined ? 'the by-component release has no state detail' : undefined;
  if (raw.citizenship && !unavailable) filters.citizenship = resolveKnown(raw.citizenship, data.componentValues('citizenshipGroup'), `${field}.citizenship`, 'citizenship group of the by-component release');
  const tableMonths = new Set(data.componentMonths());
  const sorted = [...tableMonths].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const want = (list: readonly string[] | undefined, value: string) => list === undefined || list.includes(value);
  const cells = cachedCells((months) => {
    const inTable = unavailable ? [] : months.filter((m) => tableMonths.has(m));
    const sums = new Map<MonthKey, number>(inTable.map((m) => [m, 0]));
    for (const row of inTable.length ? data.byComponent(new Set(inTable)) : []) {
      if (component !== 'all' && row.component !== component) continue;
      if (!want(filters.citizenship, row.citizenshipGroup) || !want(filters.demographic, row.demographic) || !want(filters.title, row.title) || !want(filters.encounterType, row.encounterType)) continue;
      sums.set(row.month, sums.get(row.month)! + row.count);
    }
    return new Map(months.map((m) => {
      const value = sums.get(m) ?? null;
      const notes: CellNote[] = value !== null && fiscalYearOf(m) >= 2025 ? ['earlier-release'] : [];
      return [m, { value, lowerBound: false, notes }];
    }));
  });
  return {
    filters,
    counts: {
      what: describeEncounterFilters(filters),
      unit: 'encounters',
      coverage,
      cells,
      missing: unavailable ?? `the Southwest by-component release covers ${monthLabel(first)} to ${monthLabel(last)}`,
      formula: 'monthly sums of the CBP Southwest Land Border Encounters rows (by component) that match the filters',
      scope: ['Encounters are events, not unique people: a person caught twice counts twice.', 'Citizenship in the by-component release is grouped: Mexico, Guatemala, Honduras, El Salvador, Other.'],
      uses: (months) => [{ file: ENCOUNTER_FILES.component, fiscalYears: fiscalYears(months) }],
    },
  };
}
