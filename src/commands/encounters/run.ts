// Answers `border-facts encounters`: options → typed query → report → result for the renderers.
import { encounterData } from '../../data/encounters.js';
import { ENCOUNTER_FILES } from '../../data/encounter-files.js';
import { DEMOGRAPHICS, SERIES_REGIONS, type Coverage } from '../../data/vocabulary.js';
import { resolveValues } from '../../domain/dimension-values.js';
import { COMPONENT_CHOICES, GROUPINGS, PERIOD_GROUPINGS, type EncounterQuery, type EncounterRow } from '../../domain/encounters/query.js';
import { encounterReport, type EncounterTable } from '../../domain/encounters/report.js';
import { MONTH_ABBREVIATIONS, parsePeriodOptions } from '../../domain/periods.js';
import type { Column, CommandResult } from '../../render/result.js';
import { emit, loadDataset, type CommandContext } from '../shared/context.js';
import { asksForView, REGION_ALIASES, type EncounterOptions } from './options.js';
import { parseChoice, parsePositiveInteger } from '../shared/option-values.js';
import { sourcesOfFiles } from '../shared/sources-of.js';
import { SERIES_FORMATS } from '../../render/output.js';

export async function runEncounters(options: EncounterOptions, ctx: CommandContext): Promise<void> {
  if (asksForView(options)) {
    // History, sectors and releases read their own tables, in their own module.
    const { runEncounterView } = await import('./views.js');
    await runEncounterView(options, ctx);
    return;
  }
  const dataset = loadDataset(ctx);
  const data = encounterData(dataset);
  const query = encounterQuery(options, data);
  const report = encounterReport(query, data);
  const paths = report.tables.map((table) => TABLE_FILES[table]);
  await emit(ctx, toResult(query, report.rows, report.notes, sourcesOfFiles(dataset, paths)), SERIES_FORMATS, options.chart === true);
}

const TABLE_FILES: Record<EncounterTable, string> = {
  monthly: ENCOUNTER_FILES.monthly,
  byState: ENCOUNTER_FILES.state,
  byCitizenship: ENCOUNTER_FILES.citizenship,
  byComponent: ENCOUNTER_FILES.component,
};

function encounterQuery(options: EncounterOptions, data: ReturnType<typeof encounterData>): EncounterQuery {
  const by = parseChoice(options.by, GROUPINGS, '--by', { 'fiscal-year': 'fy', citizenships: 'citizenship', title: 'authority', type: 'encounter-type' });
  const query: EncounterQuery = {
    period: parsePeriodOptions(options),
    region: parseChoice(options.region, SERIES_REGIONS, '--region', REGION_ALIASES),
    component: parseChoice(options.component, COMPONENT_CHOICES, '--component', { bp: 'usbp' }),
    by,
    // Periods read best in time order, categories and --top lists by size.
    sort: options.sort === undefined ? (PERIOD_GROUPINGS.includes(by) && options.top === undefined ? 'period' : 'count') : parseChoice(options.sort, ['period', 'count'] as const, '--sort'),
  };
  if (options.top !== undefined) query.top = parsePositiveInteger(options.top, '--top');
  const usesComponentTable = query.component !== 'all' || by === 'encounter-type';
  if (options.citizenship !== undefined) {
    const known = usesComponentTable ? data.componentValues('citizenshipGroup') : data.citizenshipValues();
    query.citizenship = resolveValues(options.citizenship, known, '--citizenship', { china: 'CHINA, PEOPLES REPUBLIC OF', burma: 'MYANMAR (BURMA)', myanmar: 'MYANMAR (BURMA)' });
  }
  if (options.demographic !== undefined) {
    query.demographic = resolveValues(options.demographic, DEMOGRAPHICS, '--demographic', { 'uc / single minors': 'UAC', 'unaccompanied children': 'UAC', families: 'FMUA', adults: 'Single Adults' });
  }
  if (options.state !== undefined) query.state = resolveValues(options.state, data.stateValues('state'), '--state');
  return query;
}

// ---- presentation: columns, coverage markers, JSON rows ----

const MARKERS: Partial<Record<Coverage, string>> = { rounded: '~', derived: '*', 'derived-approx': '~*', 'earlier-release': '^' };
const LEGEND: Partial<Record<Coverage, string>> = {
  rounded: '~ Border Patrol figure from DHS OHSS, rounded to the nearest 10 (FY2021 and regions outside the Southwest).',
  derived: '* OFO derived as total − Border Patrol (both exact).',
  'derived-approx': '~* OFO derived from a rounded Border Patrol figure: approximate, about ±5.',
  'earlier-release': '^ component split from the August 2025 release; the total is from a later release, so the parts differ from it by a few encounters.',
};

/** "usbp:rounded ofo:derived-approx": the cells that are not exact counts, for tsv/csv. */
function coverageFlags(row: Record<string, unknown>): string {
  const coverage = row.coverage as Record<'usbp' | 'ofo' | 'total', Coverage> | undefined;
  if (!coverage) return '';
  return (['usbp', 'ofo', 'total'] as const).filter((part) => coverage[part] !== 'exact').map((part) => `${part}:${coverage[part]}`).join(' ');
}

function marked(part: 'usbp' | 'ofo' | 'total') {
  return (row: Record<string, unknown>) => MARKERS[(row.coverage as Record<string, Coverage> | undefined)?.[part] ?? 'exact'] ?? '';
}

const GROUPING_WORDS: Partial<Record<string, string>> = { fy: 'fiscal year', year: 'calendar year', authority: 'title of authority', 'encounter-type': 'encounter type' };

const DIMENSION_HEADERS: Record<string, string> = {
  citizenship: 'Citizenship', demographic: 'Demographic', state: 'State', authority: 'Title of authority',
  'encounter-type': 'Encounter type', region: 'Region', component: 'Component',
};

function toResult(query: EncounterQuery, rows: EncounterRow[], notes: string[], sources: CommandResult['sources']): CommandResult {
  const periodRows = PERIOD_GROUPINGS.includes(query.by);
  const keyName = query.by === 'encounter-type' ? 'encounterType' : query.by;
  const jsonRows = rows.map((row) => {
    const { firstMonth: _first, key, ...rest } = row;
    return periodRows ? rest : { [keyName]: key, ...rest };
  });
  const series = periodRows && rows.some((r) => r.coverage !== undefined);
  const columns: Column[] = [];
  if (periodRows) {
    columns.push({ key: 'period', header: query.by === 'month' ? 'Month' : query.by === 'fy' ? 'Fiscal year' : 'Year', kind: 'text' });
    if (query.by === 'month') columns.push({ key: 'fiscalYear', header: 'FY', kind: 'text' });
    else columns.push({ key: 'months', header: 'Months', kind: 'rank' });
  } else {
    columns.push({ key: keyName, header: DIMENSION_HEADERS[query.by] ?? query.by, kind: 'text' });
  }
  if (series && query.component === 'all') {
    columns.push(
      { key: 'usbp', header: 'Border Patrol', kind: 'count', marker: marked('usbp') },
      { key: 'ofo', header: 'OFO', kind: 'count', marker: marked('ofo') },
      { key: 'total', header: 'Total', kind: 'count', marker: marked('total') },
    );
  } else {
    const header = query.component === 'usbp' ? 'Border Patrol' : query.component === 'ofo' ? 'OFO' : 'Encounters';
    columns.push({ key: 'count', header, kind: 'count', marker: series ? marked(query.component === 'all' ? 'total' : query.component) : undefined });
  }
  if (periodRows) columns.push({ key: 'changeOnYearBefore', header: 'vs year before', kind: 'change' });
  else columns.push({ key: 'share', header: 'Share', kind: 'percent' });
  columns.push({ key: 'rank', header: 'Rank', kind: 'rank' });
  if (series) columns.push({ key: 'coverage', header: 'Coverage', kind: 'text', machineOnly: true, value: coverageFlags });
  const used = new Set(rows.flatMap((r) => (r.coverage ? [r.coverage.usbp, r.coverage.ofo, r.coverage.total] : [])));
  const legend = (Object.keys(LEGEND) as Coverage[]).filter((c) => used.has(c)).map((c) => LEGEND[c]!);
  return {
    command: 'encounters',
    query: normalisedQuery(query),
    columns,
    rows: jsonRows,
    notes: [...notes, ...legend],
    sources,
    chartKey: 'count',
    title: `CBP encounters: ${query.by === 'region' || query.region === 'nationwide' ? 'all regions' : `${query.region} region`}${query.component === 'all' ? '' : `, ${query.component === 'usbp' ? 'Border Patrol' : 'OFO'}`}, by ${GROUPING_WORDS[query.by] ?? query.by}`,
  };
}

function normalisedQuery(query: EncounterQuery): Record<string, unknown> {
  const { period, ...rest } = query;
  return {
    ...rest,
    month: period.month ? (period.month.kind === 'month' ? period.month.month : MONTH_ABBREVIATIONS[period.month.month - 1]) : null,
    fiscalYears: period.fiscalYears ?? null,
    calendarYears: period.calendarYears ?? null,
    from: period.from ?? null,
    to: period.to ?? null,
    citizenship: query.citizenship ?? null,
    demographic: query.demographic ?? null,
    state: query.state ?? null,
    top: query.top ?? null,
  };
}
