// Answers a seizures query: selects the months (within what every chosen component's data covers),
// sums pounds and events by period, drug, region or component, compares with the month or year
// before, ranks, and writes the notes a reader needs, the scope note first.
import type { CoverageRange, SeizureMonthlyRow } from '../../data/schemas.js';

/** A summary row, or a detail row with its area of responsibility (office queries). */
type SeizureRow = SeizureMonthlyRow & { area?: string };
import { DRUGS, type SeizureComponent } from '../../data/vocabulary.js';
import { DataError, UsageError } from '../../errors.js';
import { addMonths, fiscalYearOf, monthLabel, monthKey, selectMonths, type MonthKey, type PeriodFilter } from '../periods.js';
import { compareText, percentChange, rankBy } from '../ranking.js';
import { formatCount } from '../words.js';
import { describeMonths } from './month-sets.js';
import { COMPONENT_NAMES, DRUG_LABELS, SEIZURE_REGION_LABELS } from './labels.js';
import { SEIZURE_PERIOD_GROUPINGS, type SeizureData, type SeizureQuery, type SeizureReportRow } from './query.js';
import { scopeNote, componentsText } from './scope.js';
import { seizureMatcher } from './totals.js';
import { fromPounds, type Unit } from './units.js';

export interface SeizureReport {
  rows: SeizureReportRow[];
  notes: string[];
  /** The months the figures cover. */
  months: MonthKey[];
  /** Every month read, comparison months included (for the sources behind the figures). */
  monthsRead: MonthKey[];
  /** Drug, region and component rows: the period shown, and the one compared with. */
  periodLabel: string;
  previousLabel?: string;
  previousMonths?: MonthKey[];
  /** The months every chosen component's data covers. */
  coverage: CoverageRange;
}

interface MonthGroup {
  key: string;
  label: string;
  months: MonthKey[];
  /** With --compare: each month shifted back by a month or a year. */
  shifted: MonthKey[] | null;
  /** The shifted months when the data covers them all, else null (no comparison). */
  previous: MonthKey[] | null;
}

interface Sum {
  pounds: number;
  events: number;
}

interface GroupSums {
  total: Sum;
  items: Map<string, Sum>;
}

export function seizureReport(query: SeizureQuery, data: SeizureData): SeizureReport {
  const coverage = commonCoverage(query.components, data);
  const what = `${componentsText(query.components)} drug-seizure`;
  const months = selectMonths(query.period, coverage, what);
  const groups = monthGroups(months, query, coverage);
  const needed = new Set(groups.flatMap((group) => [...group.months, ...(group.previous ?? [])]));
  // The monthly summary holds every figure but the area of responsibility: read areas only when asked for.
  const byArea = query.offices !== undefined || query.by === 'office';
  const sums = sumGroups(byArea ? data.areaRowsOf(query.components, needed) : data.rowsOf(query.components, needed), groups, query);
  const periodRows = SEIZURE_PERIOD_GROUPINGS.includes(query.by);
  const rows = periodRows ? periodGroupRows(groups, sums, query) : dimensionRows(groups[0]!, sums[0]!, query);
  const notes = [scopeNote(query.components, query.region), ...coverageNotes(query, groups, coverage, what)];
  if (periodRows) notes.push(...recordNote(rows, query));
  if (!query.drugs || query.drugs.length > 1) {
    notes.push("Events are CBP's seizure-event counts per drug type: one seizure of several drugs may count under each, so events summed across drugs can exceed distinct seizures.");
  }
  const single = groups.length === 1 ? groups[0]! : undefined;
  return {
    rows,
    notes,
    months,
    monthsRead: [...needed].sort(),
    periodLabel: describeMonths(months),
    ...(single?.shifted ? { previousLabel: describeMonths(single.shifted), previousMonths: single.shifted } : {}),
    coverage,
  };
}

/** Where components come from different tables, only the months all of them cover. */
function commonCoverage(components: readonly SeizureComponent[], data: SeizureData): CoverageRange {
  let first = '0000-01';
  let last = '9999-12';
  for (const component of components) {
    const coverage = data.coverageOf(component);
    if (!coverage) throw new DataError(`the dataset holds no ${COMPONENT_NAMES[component]} seizure data`);
    if (coverage.first > first) first = coverage.first;
    if (coverage.last < last) last = coverage.last;
  }
  if (first > last) throw new DataError(`the seizure data of ${componentsText(components)} cover no month in common`);
  return { first, last };
}

// ---- months: one group per row period (or one group for drug/region/component rows) ----

function monthGroups(months: MonthKey[], query: SeizureQuery, coverage: CoverageRange): MonthGroup[] {
  const shift = query.compare === 'previous-month' ? 1 : query.compare === 'previous-year' ? 12 : 0;
  const groups: MonthGroup[] = [];
  if (query.by === 'month') {
    for (const month of months) groups.push({ key: month, label: month, months: [month], shifted: null, previous: null });
  } else if (query.by === 'fy') {
    for (const month of months) {
      const key = `FY${fiscalYearOf(month)}`;
      const last = groups[groups.length - 1];
      if (last?.key === key) last.months.push(month);
      else groups.push({ key, label: key, months: [month], shifted: null, previous: null });
    }
  } else {
    groups.push({ key: 'selection', label: describeMonths(months), months, shifted: null, previous: null });
  }
  if (shift === 0) return groups;
  for (const group of groups) {
    const shifted = group.months.map((month) => addMonths(month, -shift));
    const own = new Set(group.months);
    if (shifted.some((month) => own.has(month))) throw overlapError(query, group);
    group.shifted = shifted;
    group.previous = shifted.every((month) => month >= coverage.first && month <= coverage.last) ? shifted : null;
  }
  return groups;
}

function overlapError(query: SeizureQuery, group: MonthGroup): UsageError {
  const span = query.compare === 'previous-month' ? 'one month' : 'twelve months';
  const instead = query.compare === 'previous-month'
    ? 'use --by month, a single month (--month 2023-11), or --compare previous-year'
    : 'use --by fy or --by month, or a period of at most twelve months';
  return new UsageError(`--compare ${query.compare}: ${group.label} is longer than ${span}, so the period before it would overlap it`, instead);
}

// ---- sums, in stored row order (the same order seizureTotals adds in, so the figures agree to the bit) ----

function sumGroups(rows: readonly SeizureRow[], groups: MonthGroup[], query: SeizureQuery): { current: GroupSums; previous: GroupSums }[] {
  const currentOf = new Map<MonthKey, number>();
  const previousOf = new Map<MonthKey, number>();
  groups.forEach((group, i) => {
    for (const month of group.months) currentOf.set(month, i);
    for (const month of group.previous ?? []) previousOf.set(month, i);
  });
  const matches = seizureMatcher({
    months: [...currentOf.keys(), ...previousOf.keys()],
    ...(query.drugs ? { drugs: query.drugs } : {}),
    components: query.components,
    region: query.region,
  });
  const itemOf = itemKey(query);
  const offices = query.offices ? new Set(query.offices) : undefined;
  const sums = groups.map(() => ({ current: emptyGroup(), previous: emptyGroup() }));
  for (const row of rows) {
    if (!matches(row) || (offices && !offices.has(row.area!))) continue;
    const current = currentOf.get(row.month);
    if (current !== undefined) add(sums[current]!.current, row, itemOf);
    const previous = previousOf.get(row.month);
    if (previous !== undefined) add(sums[previous]!.previous, row, itemOf);
  }
  return sums;
}

function itemKey(query: SeizureQuery): ((row: SeizureRow) => string) | undefined {
  if (query.by === 'drug') return (row) => row.drug;
  if (query.by === 'region') return (row) => row.region;
  if (query.by === 'component') return (row) => row.component;
  if (query.by === 'office') return (row) => row.area!;
  return undefined;
}

function emptyGroup(): GroupSums {
  return { total: { pounds: 0, events: 0 }, items: new Map() };
}

function add(group: GroupSums, row: SeizureRow, itemOf: ((row: SeizureRow) => string) | undefined): void {
  group.total.pounds += row.pounds;
  group.total.events += row.events;
  if (!itemOf) return;
  const key = itemOf(row);
  const sum = group.items.get(key);
  if (sum) {
    sum.pounds += row.pounds;
    sum.events += row.events;
  } else {
    group.items.set(key, { pounds: row.pounds, events: row.events });
  }
}

// ---- rows ----

function figures(current: Sum, previous: Sum | null, compared: boolean, unit: Unit): Pick<SeizureReportRow, 'weight' | 'events' | 'previousWeight' | 'previousEvents' | 'change' | 'eventsChange'> {
  const weight = fromPounds(current.pounds, unit);
  if (!compared) return { weight, events: current.events };
  const previousWeight = previous ? fromPounds(previous.pounds, unit) : null;
  const previousEvents = previous ? previous.events : null;
  return {
    weight,
    events: current.events,
    previousWeight,
    previousEvents,
    change: percentChange(previousWeight, weight),
    eventsChange: percentChange(previousEvents, current.events),
  };
}

function periodGroupRows(groups: MonthGroup[], sums: { current: GroupSums; previous: GroupSums }[], query: SeizureQuery): SeizureReportRow[] {
  const rows = groups.map((group, i): SeizureReportRow => ({
    key: group.key,
    label: group.label,
    isTotal: false,
    fiscalYear: fiscalYearOf(group.months[0]!),
    ...(query.by === 'fy' ? { months: group.months.length, complete: group.months.length === 12 } : {}),
    ...(query.compare ? { previousKey: group.previous ? previousKey(group, query) : null } : {}),
    ...figures(sums[i]!.current.total, group.previous ? sums[i]!.previous.total : null, query.compare !== undefined, query.unit),
    rank: null,
    firstMonth: group.months[0]!,
  }));
  const ranks = rankBy(rows, (row) => row.weight);
  rows.forEach((row, i) => (row.rank = ranks[i] ?? null));
  return rows;
}

function previousKey(group: MonthGroup, query: SeizureQuery): string {
  if (query.by === 'month') return group.previous![0]!;
  // A fiscal year compared with the year before; a one-month fiscal-year row with the month before.
  return query.compare === 'previous-year' ? `FY${fiscalYearOf(group.months[0]!) - 1}` : describeMonths(group.previous!);
}

function dimensionRows(group: MonthGroup, sums: { current: GroupSums; previous: GroupSums }, query: SeizureQuery): SeizureReportRow[] {
  const compared = query.compare !== undefined;
  const previous = group.previous ? sums.previous : null;
  const zero: Sum = { pounds: 0, events: 0 };
  const items = dimensionItems(query, sums);
  const rows = items.map((key): SeizureReportRow => ({
    key,
    label: itemLabel(query, key),
    isTotal: false,
    ...figures(sums.current.items.get(key) ?? zero, previous ? previous.items.get(key) ?? zero : null, compared, query.unit),
    rank: null,
    firstMonth: group.months[0]!,
  }));
  const ranks = rankBy(rows, (row) => row.weight);
  rows.forEach((row, i) => (row.rank = ranks[i] ?? null));
  const totalWeight = fromPounds(sums.current.total.pounds, query.unit);
  for (const row of rows) row.share = totalWeight === 0 ? null : (row.weight / totalWeight) * 100;
  rows.sort((a, b) => b.weight - a.weight || compareText(a.key ?? '', b.key ?? ''));
  if (rows.length === 1) return rows;
  const total: SeizureReportRow = {
    key: null,
    label: totalLabel(query),
    isTotal: true,
    ...figures(sums.current.total, previous ? previous.total : null, compared, query.unit),
    share: totalWeight === 0 ? null : 100,
    rank: null,
    firstMonth: group.months[0]!,
  };
  return [total, ...rows];
}

/** Requested drugs always show (even at zero); otherwise the drugs seized in either period. */
function dimensionItems(query: SeizureQuery, sums: { current: GroupSums; previous: GroupSums }): string[] {
  if (query.by === 'drug') {
    if (query.drugs) return [...query.drugs];
    const seen = new Set([...sums.current.items.keys(), ...sums.previous.items.keys()]);
    return DRUGS.filter((drug) => seen.has(drug));
  }
  if (query.by === 'region') return query.region === 'nationwide' ? ['southwest', 'northern', 'coastal-interior'] : [query.region];
  if (query.by === 'office') return query.offices ? [...query.offices] : [...new Set([...sums.current.items.keys(), ...sums.previous.items.keys()])];
  return [...query.components];
}

function itemLabel(query: SeizureQuery, key: string): string {
  if (query.by === 'drug') return DRUG_LABELS[key as keyof typeof DRUG_LABELS] ?? key;
  if (query.by === 'region') return SEIZURE_REGION_LABELS[key as keyof typeof SEIZURE_REGION_LABELS] ?? key;
  if (query.by === 'office') return key.toLowerCase();
  return COMPONENT_NAMES[key as SeizureComponent] ?? key;
}

function totalLabel(query: SeizureQuery): string {
  if (query.by === 'drug') return query.drugs ? 'all selected drugs' : 'all drugs';
  if (query.by === 'region') return 'all regions';
  if (query.by === 'office') return query.offices ? 'all selected areas' : 'all areas';
  return componentsText(query.components);
}

// ---- notes ----

function coverageNotes(query: SeizureQuery, groups: MonthGroup[], coverage: CoverageRange, what: string): string[] {
  const notes: string[] = [];
  const { low, high } = requestedBounds(query.period);
  if ((low !== undefined && low < coverage.first) || (high !== undefined && high > coverage.last)) {
    notes.push(`The ${what} data cover ${monthLabel(coverage.first)} to ${monthLabel(coverage.last)}; months of the requested period outside that are not counted.`);
  }
  if (query.by === 'fy') {
    for (const group of groups.filter((g) => g.months.length < 12)) {
      notes.push(`${group.label} is partial: ${group.months.length} of 12 months (${describeMonths(group.months)}).`);
    }
  }
  if (query.compare) {
    const missing = groups.filter((g) => g.previous === null);
    if (missing.length > 0) {
      const before = query.compare === 'previous-month' ? 'the month before' : 'the year before';
      const which = missing.length <= 3 ? missing.map((g) => g.label).join(', ') : `${missing.length} rows`;
      notes.push(`No change for ${which}: ${before} is outside the data (${monthLabel(coverage.first)} to ${monthLabel(coverage.last)}).`);
    }
    if (query.compare === 'previous-year') {
      for (const group of groups.filter((g) => g.previous && g.months.length < 12 && query.by !== 'month')) {
        notes.push(`${group.label} (${group.months.length} months) is compared with the same months a year earlier (${describeMonths(group.previous!)}).`);
      }
    }
  }
  return notes;
}

/** The tightest explicit first and last month the period options ask for (undefined where open). */
function requestedBounds(filter: PeriodFilter): { low?: MonthKey; high?: MonthKey } {
  const lows: MonthKey[] = [];
  const highs: MonthKey[] = [];
  if (filter.month?.kind === 'month') lows.push(filter.month.month), highs.push(filter.month.month);
  if (filter.fiscalYears) lows.push(monthKey(filter.fiscalYears.first - 1, 10)), highs.push(monthKey(filter.fiscalYears.last, 9));
  if (filter.calendarYears) lows.push(monthKey(filter.calendarYears.first, 1)), highs.push(monthKey(filter.calendarYears.last, 12));
  if (filter.from) lows.push(filter.from);
  if (filter.to) highs.push(filter.to);
  return {
    ...(lows.length > 0 ? { low: lows.reduce((a, b) => (a > b ? a : b)) } : {}),
    ...(highs.length > 0 ? { high: highs.reduce((a, b) => (a < b ? a : b)) } : {}),
  };
}

function recordNote(rows: SeizureReportRow[], query: SeizureQuery): string[] {
  if (rows.length < 2) return [];
  const best = rows.reduce((a, b) => (b.weight > a.weight ? b : a));
  const label = query.by === 'month' ? monthLabel(best.key!) : best.label;
  const kind = query.by === 'month' ? 'month' : 'fiscal year';
  return [`Highest ${kind} of the ${rows.length} shown: ${label}, ${formatCount(best.weight)} ${query.unit}.`];
}
