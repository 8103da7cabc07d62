// Answers `border-facts seizures`: options → typed query → report → result for the renderers.
import { seizureAreaRows, seizureData } from '../../data/seizures.js';
import { resolveOffice, UnknownOffice } from '../../domain/places/offices.js';
import { SEIZURE_COMPONENTS, type Drug, type SeizureComponent } from '../../data/vocabulary.js';
import { fiscalYearOf, MONTH_ABBREVIATIONS, parsePeriodOptions, type PeriodOptions } from '../../domain/periods.js';
import { resolveDrugs } from '../../domain/seizures/drugs.js';
import {
  COMPARISONS, DEFAULT_COMPONENTS, SEIZURE_GROUPINGS, SEIZURE_PERIOD_GROUPINGS, SEIZURE_REGION_CHOICES,
  type SeizureQuery, type SeizureReportRow,
} from '../../domain/seizures/query.js';
import { seizureReport, type SeizureReport } from '../../domain/seizures/report.js';
import { componentsText } from '../../domain/seizures/scope.js';
import { UNITS, UNIT_WORDS } from '../../domain/seizures/units.js';
import { DRUG_LABELS, SEIZURE_REGION_LABELS } from '../../domain/seizures/labels.js';
import type { Column, CommandResult, SourceRef } from '../../render/result.js';
import type { Dataset } from '../../data/dataset.js';
import { UsageError } from '../../errors.js';
import { emit, loadDataset, type CommandContext } from '../shared/context.js';
import { parseChoice } from '../shared/option-values.js';
import type { SeizureOptions } from './command.js';
import { sourcesOfUses } from '../shared/sources-of.js';
import { SERIES_FORMATS } from '../../render/output.js';

const COMPONENT_CHOICES = [...SEIZURE_COMPONENTS, 'all'] as const;
const COMPONENT_ALIASES = { bp: 'usbp', 'border-patrol': 'usbp', 'border patrol': 'usbp', 'field-operations': 'ofo', 'air-and-marine': 'amo', 'air and marine': 'amo' } as const;
const REGION_ALIASES = {
  sw: 'southwest', north: 'northern', coastal: 'coastal-interior', interior: 'coastal-interior',
  'coastal/interior': 'coastal-interior', other: 'coastal-interior', all: 'nationwide',
} as const;
const GROUPING_ALIASES = { drugs: 'drug', months: 'month', 'fiscal-year': 'fy', regions: 'region', components: 'component', offices: 'office', aor: 'office', area: 'office' } as const;
const COMPARISON_ALIASES = { month: 'previous-month', 'prev-month': 'previous-month', year: 'previous-year', 'prev-year': 'previous-year', yoy: 'previous-year' } as const;
const UNIT_ALIASES = { lbs: 'lb', pound: 'lb', pounds: 'lb', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilos: 'kg' } as const;

export async function runSeizures(options: SeizureOptions, ctx: CommandContext): Promise<void> {
  const query = seizureQuery(options);
  const dataset = loadDataset(ctx);
  const data = seizureData(dataset);
  const office = options.office ?? options.aor;
  if (office !== undefined) query.offices = resolveOfficeList(office, seizureAreaRows(dataset).areas(query.components));
  const report = seizureReport(query, data);
  const sources = sourcesOfMonths(dataset, data.tablesOf(query.components), report.monthsRead);
  await emit(ctx, toResult(query, report, sources), SERIES_FORMATS, options.chart === true);
}

function seizureQuery(options: SeizureOptions): SeizureQuery {
  const query: SeizureQuery = {
    period: parsePeriodOptions(options),
    components: options.component === undefined ? [...DEFAULT_COMPONENTS] : parseComponents(options.component),
    region: parseChoice(options.region, SEIZURE_REGION_CHOICES, '--region', REGION_ALIASES),
    by: parseChoice(options.by, SEIZURE_GROUPINGS, '--by', GROUPING_ALIASES),
    unit: parseChoice(options.unit, UNITS, '--unit', UNIT_ALIASES),
  };
  if (options.drug !== undefined) query.drugs = resolveDrugs(options.drug) as Drug[];
  if (options.compare !== undefined) query.compare = parseChoice(options.compare, COMPARISONS, '--compare', COMPARISON_ALIASES);
  return query;
}

/** `--office san diego field office,tucson sector` → the areas as the data spells them. */
function resolveOfficeList(raw: string, areas: readonly string[]): string[] {
  const names = raw.split(',').map((text) => text.trim()).filter((text) => text !== '');
  if (names.length === 0) throw new UsageError('--office: no area named');
  return [...new Set(names.map((name) => {
    try {
      return resolveOffice(name, areas);
    } catch (error) {
      if (error instanceof UnknownOffice) throw new UsageError(`--office: ${error.message}`, 'areas are field offices (e.g. "san diego field office", "laredo fo") and Border Patrol sectors (e.g. "tucson sector"); border-facts seizures --by office lists them');
      throw error;
    }
  }))];
}

/** `ofo`, `usbp,amo`, `all` → components in CBP's order. */
function parseComponents(raw: string): SeizureComponent[] {
  const chosen = new Set<SeizureComponent>();
  for (const item of raw.split(',').map((text) => text.trim()).filter((text) => text !== '')) {
    if (item.toLowerCase() === 'cbp') {
      throw new UsageError("--component: 'cbp' is ambiguous", "use ofo,usbp for CBP's nationwide drug-seizure series (the default), or all to add Air and Marine Operations");
    }
    const choice = parseChoice(item, COMPONENT_CHOICES, '--component', COMPONENT_ALIASES);
    if (choice === 'all') SEIZURE_COMPONENTS.forEach((c) => chosen.add(c));
    else chosen.add(choice);
  }
  if (chosen.size === 0) parseChoice(raw, COMPONENT_CHOICES, '--component');
  return SEIZURE_COMPONENTS.filter((c) => chosen.has(c));
}

/** Only the releases behind the fiscal years read: a Nov 2023 figure owes nothing to the FY2019–FY2022 file. */
/** Only the releases behind the fiscal years the report read. */
function sourcesOfMonths(dataset: Dataset, paths: readonly string[], months: readonly string[]): SourceRef[] {
  const fiscalYears = [...new Set(months.map(fiscalYearOf))];
  return sourcesOfUses(dataset, paths.map((file) => ({ file, fiscalYears })));
}

// ---- presentation ----

const DIMENSION_HEADERS: Record<string, string> = { drug: 'Drug', region: 'Region', component: 'Component', office: 'Area of responsibility' };

function toResult(query: SeizureQuery, report: SeizureReport, sources: CommandResult['sources']): CommandResult {
  const periodRows = SEIZURE_PERIOD_GROUPINGS.includes(query.by);
  const weightKey = UNIT_WORDS[query.unit];
  const previousWeightKey = `previous${weightKey[0]!.toUpperCase()}${weightKey.slice(1)}`;
  const compared = query.compare !== undefined;
  const rows = report.rows.map((row) => jsonRow(row, query, periodRows, weightKey, previousWeightKey));
  const columns: Column[] = [];
  let currentHeader: string;
  let previousHeader: string;
  if (periodRows) {
    columns.push({ key: 'period', header: query.by === 'month' ? 'Month' : 'Fiscal year', kind: 'text' });
    columns.push(query.by === 'month' ? { key: 'fiscalYear', header: 'FY', kind: 'text' } : { key: 'months', header: 'Months', kind: 'rank' });
    currentHeader = `Seized (${query.unit})`;
    previousHeader = `${query.compare === 'previous-month' ? 'Month before' : 'Year before'} (${query.unit})`;
    if (compared) columns.push({ key: 'previousPeriod', header: 'Compared with', kind: 'text', machineOnly: true });
  } else {
    columns.push({ key: query.by, header: DIMENSION_HEADERS[query.by]!, kind: 'text', machineOnly: true });
    columns.push({ key: 'label', header: DIMENSION_HEADERS[query.by]!, kind: 'text' });
    currentHeader = `${report.periodLabel} (${query.unit})`;
    previousHeader = `${report.previousLabel ?? 'Before'} (${query.unit})`;
  }
  if (compared) columns.push({ key: previousWeightKey, header: previousHeader, kind: 'count' });
  columns.push({ key: weightKey, header: currentHeader, kind: 'count' });
  if (compared) columns.push({ key: 'change', header: 'Change', kind: 'change' });
  if (compared) columns.push({ key: 'previousEvents', header: 'Events before', kind: 'count', machineOnly: true });
  columns.push({ key: 'events', header: 'Events', kind: 'count' });
  if (compared) columns.push({ key: 'eventsChange', header: 'Events change', kind: 'change', machineOnly: true });
  if (!periodRows) columns.push({ key: 'share', header: 'Share', kind: 'percent' });
  columns.push({ key: 'rank', header: 'Rank', kind: 'rank' });
  return {
    command: 'seizures',
    query: normalisedQuery(query, report),
    columns,
    rows,
    notes: report.notes,
    sources,
    chartKey: weightKey,
    title: `CBP drug seizures${drugsInTitle(query.drugs)}: ${componentsText(query.components)}, ${SEIZURE_REGION_LABELS[query.region]}, by ${query.by === 'fy' ? 'fiscal year' : query.by} (${weightKey})`,
  };
}

function drugsInTitle(drugs: readonly Drug[] | undefined): string {
  if (!drugs) return '';
  return drugs.length <= 3 ? ` of ${drugs.map((drug) => DRUG_LABELS[drug]).join(', ')}` : ` of ${drugs.length} drugs`;
}

function jsonRow(row: SeizureReportRow, query: SeizureQuery, periodRows: boolean, weightKey: string, previousWeightKey: string): Record<string, unknown> {
  const head: Record<string, unknown> = periodRows
    ? { period: row.key, fiscalYear: row.fiscalYear, ...(row.months !== undefined ? { months: row.months, complete: row.complete } : {}) }
    : { [query.by]: row.key, label: row.label, isTotal: row.isTotal };
  const compared = query.compare !== undefined;
  return {
    ...head,
    ...(compared && periodRows ? { previousPeriod: row.previousKey ?? null } : {}),
    ...(compared ? { [previousWeightKey]: row.previousWeight ?? null } : {}),
    [weightKey]: row.weight,
    ...(compared ? { change: row.change ?? null, previousEvents: row.previousEvents ?? null } : {}),
    events: row.events,
    ...(compared ? { eventsChange: row.eventsChange ?? null } : {}),
    ...(periodRows ? {} : { share: row.share ?? null }),
    rank: row.rank,
  };
}

function normalisedQuery(query: SeizureQuery, report: SeizureReport): Record<string, unknown> {
  const { period } = query;
  const span = (months: readonly string[]) => ({ first: months[0] ?? null, last: months[months.length - 1] ?? null, months: months.length });
  return {
    month: period.month ? (period.month.kind === 'month' ? period.month.month : MONTH_ABBREVIATIONS[period.month.month - 1]) : null,
    fiscalYears: period.fiscalYears ?? null,
    calendarYears: period.calendarYears ?? null,
    from: period.from ?? null,
    to: period.to ?? null,
    drugs: query.drugs ?? null,
    components: query.components,
    region: query.region,
    by: query.by,
    compare: query.compare ?? null,
    unit: query.unit,
    selection: span(report.months),
    comparedWith: report.previousMonths ? span(report.previousMonths) : null,
    coverage: report.coverage,
  };
}
