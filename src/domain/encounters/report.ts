// Answers an encounters query: picks the table that can answer it honestly, groups, ranks,
// compares with the year before, and writes the notes a reader needs (record, coverage caveats).
import type { MonthlySeriesRow } from '../../data/schemas.js';
import { UsageError } from '../../errors.js';
import { addMonths, MONTH_NAMES, monthLabel, selectMonths, type MonthKey } from '../periods.js';
import { compareText, percentChange, rankBy, sumOrNull } from '../ranking.js';
import { formatCount } from '../words.js';
import { citizenshipFacts, componentFacts, factDimensionRows, factPeriodRows, stateFacts, COMPONENT_LABELS, REGION_LABELS, type Dimension, type Fact } from './fact-rows.js';
import { detailTableFor } from './detail-table.js';
import { PERIOD_GROUPINGS, type EncounterData, type EncounterQuery, type EncounterRow } from './query.js';
import { seriesRows, worstCoverage, type PeriodGrouping } from './series-rows.js';

export type EncounterTable = 'monthly' | 'byState' | 'byCitizenship' | 'byComponent';

export interface EncounterReport {
  rows: EncounterRow[];
  notes: string[];
  months: MonthKey[];
  tables: EncounterTable[];
}

const DIMENSION_OF: Partial<Record<EncounterQuery['by'], Dimension>> = {
  citizenship: 'citizenship', demographic: 'demographic', state: 'state', authority: 'authority', 'encounter-type': 'encounter-type',
};

export function encounterReport(query: EncounterQuery, data: EncounterData): EncounterReport {
  const detailed = query.citizenship || query.demographic || query.state || DIMENSION_OF[query.by] !== undefined;
  const report = detailed ? factReport(query, data) : seriesReport(query, data);
  finish(report, query);
  return report;
}

// ---- from the monthly series (no citizenship, demographic or state detail) ----

function seriesReport(query: EncounterQuery, data: EncounterData): EncounterReport {
  const all = data.monthly();
  const regional = all.filter((m) => m.region === query.region);
  const countOf = (m: MonthlySeriesRow) => (query.component === 'usbp' ? m.usbp : query.component === 'ofo' ? m.ofo : m.total ?? m.usbp);
  const known = regional.filter((m) => countOf(m) !== null).map((m) => m.month);
  const what = `${query.component === 'all' ? '' : `${COMPONENT_LABELS[query.component]} `}${REGION_LABELS[query.region]} encounter`;
  if (known.length === 0) throw new UsageError(`no ${what} data exists`);
  const months = selectMonths(query.period, { first: known[0]!, last: known[known.length - 1]! }, what);
  const chosen = new Set(months);
  const notes: string[] = [];
  let rows: EncounterRow[];
  if (query.by === 'region') {
    rows = (['southwest', 'northern', 'other'] as const).map((region) => {
      const group = all.filter((m) => m.region === region && chosen.has(m.month));
      return regionOrComponentRow(REGION_LABELS[region], sumOrNull(group.map(countOf)), query.component === 'all' ? 'total' : query.component, months[0]!);
    });
    shareOf(rows);
  } else if (query.by === 'component') {
    const group = regional.filter((m) => chosen.has(m.month));
    rows = (['usbp', 'ofo'] as const).map((component) => {
      const values = group.map((m) => m[component]);
      const row = regionOrComponentRow(COMPONENT_LABELS[component], sumOrNull(values), component, months[0]!);
      row.coverage = { usbp: 'exact', ofo: 'exact', total: 'exact', [component]: worstCoverage(group.map((m) => (component === 'usbp' ? m.usbpCoverage : m.ofoCoverage))) };
      return row;
    });
    shareOf(rows);
    if (rows.some((r) => r.count === null)) notes.push('The component split is unknown for some of these months (before FY2020 no OFO counts exist; after August 2025 no split is published in these files).');
  } else {
    rows = seriesRows(regional.filter((m) => chosen.has(m.month)), query.by as PeriodGrouping, query.component);
  }
  return { rows, notes, months, tables: ['monthly'] };
}

function regionOrComponentRow(key: string, count: number | null, basis: EncounterRow['countBasis'], firstMonth: MonthKey): EncounterRow {
  return { key, count, countBasis: basis, rank: null, firstMonth };
}

function shareOf(rows: EncounterRow[]): void {
  const total = sumOrNull(rows.map((r) => r.count));
  for (const row of rows) row.share = total === null || row.count === null || total === 0 ? null : (row.count / total) * 100;
}

// ---- from the detailed tables ----

function factReport(query: EncounterQuery, data: EncounterData): EncounterReport {
  const table: EncounterTable = detailTableFor({
    component: query.component !== 'all',
    encounterType: query.by === 'encounter-type',
    demographic: query.demographic !== undefined || query.by === 'demographic',
    state: query.state !== undefined || query.by === 'state',
    title: query.by === 'authority',
  });
  const byComponent = table === 'byComponent';
  if (byComponent) {
    if (query.region !== 'southwest') {
      throw new UsageError('a component split by citizenship, demographic, title or encounter type exists only for the Southwest border (--region southwest)');
    }
    if (query.state || query.by === 'state') throw new UsageError('the by-component release has no state detail; drop --state or --component');
  }
  const known = table === 'byComponent' ? data.componentMonths() : table === 'byCitizenship' ? data.citizenshipMonths() : data.stateMonths();
  const what = byComponent ? 'Southwest by-component' : 'citizenship, demographic and state';
  const months = selectMonths(query.period, { first: known[0]!, last: known[known.length - 1]! }, what);
  const chosen = new Set(months);
  const facts = table === 'byComponent' ? componentFacts(data.byComponent(chosen))
    : table === 'byCitizenship' ? citizenshipFacts(data.byCitizenship(chosen)) : stateFacts(data.byState(chosen));
  const wanted = (dimension: Dimension, values: string[] | undefined, fact: Fact) => !values || values.includes(fact.dims[dimension] ?? '');
  const selected = facts.filter((f) =>
    chosen.has(f.month)
    && (query.region === 'nationwide' || f.dims.region === query.region)
    && (query.component === 'all' || f.dims.component === query.component)
    && wanted('citizenship', query.citizenship, f)
    && wanted('demographic', query.demographic, f)
    && wanted('state', query.state, f));
  const basis: EncounterRow['countBasis'] = query.component === 'all' ? 'total' : query.component;
  const dimension = DIMENSION_OF[query.by] ?? (query.by === 'region' ? 'region' : query.by === 'component' ? 'component' : undefined);
  const rows = dimension ? factDimensionRows(selected, dimension, basis) : factPeriodRows(selected, query.by as PeriodGrouping, basis);
  const notes = byComponent
    ? ['From the Southwest by-component release (through August 2025); its citizenship is grouped as Mexico, Guatemala, Honduras, El Salvador and Other.']
    : [`Detail by citizenship, demographic and state exists from ${monthLabel(known[0]!)}; it has no component split.`];
  return { rows, notes, months, tables: [table] };
}

// ---- ranks, changes, order, notes ----

function finish(report: EncounterReport, query: EncounterQuery): void {
  const periodRows = PERIOD_GROUPINGS.includes(query.by);
  if (periodRows) addChangeOnYearBefore(report.rows, query.by as PeriodGrouping);
  const ranks = rankBy(report.rows, (r) => r.count);
  report.rows.forEach((row, i) => (row.rank = ranks[i] ?? null));
  if (periodRows) report.notes.unshift(...periodNotes(report.rows, query));
  const byCount = (a: EncounterRow, b: EncounterRow) => (b.count ?? -1) - (a.count ?? -1);
  // --top keeps the n largest; --sort then orders what is kept.
  if (query.top !== undefined) report.rows = [...report.rows].sort(byCount).slice(0, query.top);
  report.rows.sort(query.sort === 'count' ? byCount : (a, b) => compareText(a.period ?? a.key ?? '', b.period ?? b.key ?? ''));
}

function addChangeOnYearBefore(rows: EncounterRow[], grouping: PeriodGrouping): void {
  const byPeriod = new Map(rows.map((r) => [r.period!, r]));
  for (const row of rows) {
    const before = byPeriod.get(previousPeriod(row.period!, grouping));
    // Only like with like: a total is never compared with a Border Patrol-only figure.
    row.changeOnYearBefore = before && before.countBasis === row.countBasis && before.months === row.months
      ? percentChange(before.count, row.count)
      : null;
  }
}

function previousPeriod(period: string, grouping: PeriodGrouping): string {
  if (grouping === 'month') return addMonths(period, -12);
  if (grouping === 'fy') return `FY${Number(period.slice(2)) - 1}`;
  return String(Number(period) - 1);
}

function periodNotes(rows: EncounterRow[], query: EncounterQuery): string[] {
  const notes: string[] = [];
  const ranked = rows.filter((r) => r.count !== null);
  const best = ranked.reduce<EncounterRow | undefined>((a, b) => (!a || b.count! > a.count! ? b : a), undefined);
  if (best && ranked.length > 1) {
    const sameMonth = query.period.month?.kind === 'month-of-year' && query.by === 'month' ? MONTH_NAMES[query.period.month.month - 1] : undefined;
    const kind = sameMonth ?? (query.by === 'month' ? 'month' : query.by === 'fy' ? 'fiscal year' : 'calendar year');
    const first = ranked.reduce((a, b) => (a.firstMonth < b.firstMonth ? a : b));
    const label = query.by === 'month' ? monthLabel(best.period!) : best.period!;
    notes.push(`Record: ${label}, ${formatCount(best.count!)}, is the highest ${kind} of the ${ranked.length} selected (since ${query.by === 'fy' ? `FY${first.fiscalYear}` : monthLabel(first.firstMonth)}).`);
  }
  if (rows.some((r) => r.countBasis === 'usbp' && query.component === 'all')) {
    notes.push('Before FY2020 (October 2019) only Border Patrol counts exist: those rows show Border Patrol alone, with no OFO or total, and ranks compare them with later totals.');
  }
  const partial = rows.filter((r) => r.complete === false);
  for (const row of partial) notes.push(`${row.period} is partial: ${row.months} of 12 months in the data.`);
  return notes;
}
