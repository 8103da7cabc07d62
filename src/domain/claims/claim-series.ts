// The series around a claim's figure, for the small chart beside each claim in the HTML report:
// the same measure over neighbouring periods (the months around a month, the same months of
// earlier years for a sum, the Novembers for a November record), with the claimed value put in
// the series' unit where it can be (a claimed change becomes the level it implies). Pure: it reads
// the figures through the same MeasureContext the claims engine judged with.
import type { ClaimMeasure, ClaimPeriod } from '../../data/claim-schemas.js';
import type { DatasetName } from '../../data/claim-vocabulary.js';
import { addMonths, fiscalYearOf, monthLabel, monthLongLabel, splitMonth, type MonthKey } from '../periods.js';
import { monthsOfPeriod, periodsOfSet, type SetPeriod } from './claim-periods.js';
import type { MeasureContext } from './measurement.js';
import { aggregate, type MonthlyCounts } from './monthly-counts.js';
import { formatAmount } from './number-measures.js';
import { publishedBy } from './publication.js';
import type { ClaimedView, Judgement } from './report.js';

export interface SeriesPoint {
  /** Unique within the series: the period's first month, or its label. */
  key: string;
  /** Short, for an axis: "Nov 2023", "FY2024", "2021". */
  label: string;
  value: number | null;
  /** Border Patrol alone stands in for a total that was never counted (before FY2020). */
  borderPatrolOnly: boolean;
  /** A rounded or derived cell went into the figure. */
  approximate: boolean;
  /** The period the claim is about. */
  focus: boolean;
}

export interface ClaimSeries {
  /** What each point measures, in words: "Southwest land border encounters". */
  what: string;
  unit: 'encounters' | 'pounds' | 'seizure-events' | 'percent';
  /** The periods drawn: "by month", "the same months of each fiscal year", "Novembers". */
  per: string;
  points: SeriesPoint[];
  /** The claimed value in the series' unit, when it has one there. */
  claimed: { value: number; text: string } | null;
  /** The recomputed figure, at the focus point. */
  recomputed: { value: number; text: string; key: string } | null;
  /** A point ranked first among the points drawn, for rank claims. */
  recordKey: string | null;
  /** Why the claimed value is not drawn as a level (a rank, a set of periods), or null. */
  claimedNote: string | null;
  /** Words for the focus points, by key, where "Recomputed" does not fit (a change's A and B). */
  focusLabels: Record<string, string>;
}

type NumberMeasure = Extract<ClaimMeasure, { dataset: DatasetName }>;

/** Months drawn before and after a single month. */
const MONTHS_BEFORE = 12;
const MONTHS_AFTER = 6;
/** Earlier years drawn for a sum of several months. */
const YEARS_BEFORE = 5;

export function isNumberMeasure(definition: unknown): definition is NumberMeasure {
  return typeof definition === 'object' && definition !== null && 'dataset' in definition && 'kind' in definition;
}

/** The series of a judged statement, or null when it has none (events, or a measure without data). */
export function claimSeries(judgement: Judgement, ctx: MeasureContext): ClaimSeries | null {
  const definition = judgement.measure?.definition;
  if (!isNumberMeasure(definition)) return null;
  const claimed = judgement.claimed;
  switch (definition.kind) {
    case 'value': return valueSeries(definition, claimed, ctx);
    case 'share': return shareSeries(definition, claimed, ctx);
    case 'change': return changeSeries(definition, claimed, ctx);
    case 'rank': return rankSeries(definition, claimed, ctx);
    case 'maximum':
    case 'minimum': return extremeSeries(definition, claimed, ctx);
    // A mean over a period has no single series point to mark yet: the report shows its arithmetic only.
    case 'average':
    case 'per-day': return null;
  }
}

// ---- the periods around a period ----

/** A period moved by whole months (a fiscal year to date stays one; a range keeps its length). */
function shifted(period: ClaimPeriod, months: number): ClaimPeriod {
  if (period.month !== undefined) return { month: addMonths(period.month, months) };
  const years = months / 12;
  if (period.fiscalYear !== undefined) {
    return { fiscalYear: period.fiscalYear + years, ...(period.through === undefined ? {} : { through: addMonths(period.through, months) }) };
  }
  if (period.calendarYear !== undefined) return { calendarYear: period.calendarYear + years };
  return { from: addMonths(period.from!, months), to: addMonths(period.to!, months) };
}

interface Window {
  period: ClaimPeriod;
  months: MonthKey[];
  focus: boolean;
}

/** A month: the months around it. Several months: the same months of earlier years (and one later). */
function windowsAround(period: ClaimPeriod, counts: MonthlyCounts): { windows: Window[]; per: string } {
  const inData = (months: readonly MonthKey[]) => months.every((m) => m >= counts.coverage.first && m <= counts.coverage.last);
  if (period.month !== undefined) {
    const windows: Window[] = [];
    for (let k = -MONTHS_BEFORE; k <= MONTHS_AFTER; k++) {
      const month = addMonths(period.month, k);
      if (inData([month])) windows.push({ period: { month }, months: [month], focus: k === 0 });
    }
    return { windows, per: 'by month' };
  }
  const windows: Window[] = [];
  for (let k = -YEARS_BEFORE; k <= 1; k++) {
    const moved = shifted(period, 12 * k);
    const months = monthsOfPeriod(moved);
    if (inData(months)) windows.push({ period: moved, months, focus: k === 0 });
  }
  return { windows, per: 'the same months of each year' };
}

/** Short labels: "Nov 2023"; "FY2024" for a fiscal year (to date); the year for a calendar year; "Oct 2023–Nov 2023" else. */
function shortLabel(period: ClaimPeriod): string {
  if (period.month !== undefined) return monthLabel(period.month);
  if (period.fiscalYear !== undefined) return `FY${period.fiscalYear}`;
  if (period.calendarYear !== undefined) return String(period.calendarYear);
  return `${monthLabel(period.from!)}–${monthLabel(period.to!)}`;
}

function pointOf(counts: MonthlyCounts, window: Window): SeriesPoint {
  const agg = aggregate(counts, window.months);
  return {
    key: window.months[0]!,
    label: shortLabel(window.period),
    value: agg.value,
    borderPatrolOnly: agg.lowerBound,
    approximate: [...agg.notes].some((note) => note !== 'usbp-only'),
    focus: window.focus,
  };
}

function claimedLevel(claimed: ClaimedView | null, unit: string): ClaimSeries['claimed'] {
  if (!claimed || typeof claimed.value !== 'number' || claimed.unit !== unit) return null;
  return { value: claimed.value, text: claimed.text };
}

function recomputedAt(points: readonly SeriesPoint[], unit: ClaimSeries['unit']): ClaimSeries['recomputed'] {
  const focus = points.find((p) => p.focus);
  return focus && focus.value !== null ? { value: focus.value, text: formatAmount(focus.value, unit), key: focus.key } : null;
}

// ---- each kind ----

function valueSeries(measure: Extract<NumberMeasure, { kind: 'value' }>, claimed: ClaimedView | null, ctx: MeasureContext): ClaimSeries {
  const { counts } = ctx.counts(measure.dataset, measure.filters ?? {}, 'filters');
  const { windows, per } = windowsAround(measure.period, counts);
  const points = windows.map((w) => pointOf(counts, w));
  return { what: counts.what, unit: counts.unit, per, points, claimed: claimedLevel(claimed, counts.unit), recomputed: recomputedAt(points, counts.unit), recordKey: null, claimedNote: null, focusLabels: {} };
}

function shareSeries(measure: Extract<NumberMeasure, { kind: 'share' }>, claimed: ClaimedView | null, ctx: MeasureContext): ClaimSeries {
  const top = ctx.counts(measure.dataset, measure.numerator, 'numerator').counts;
  const bottom = ctx.counts(measure.dataset, measure.denominator, 'denominator').counts;
  const { windows, per } = windowsAround(measure.period, bottom);
  const points = windows.map((w): SeriesPoint => {
    const a = pointOf(top, w);
    const b = pointOf(bottom, w);
    // A share needs totals: a Border Patrol stand-in for a total gives no share.
    const value = a.value !== null && b.value !== null && b.value !== 0 && !a.borderPatrolOnly && !b.borderPatrolOnly ? (a.value / b.value) * 100 : null;
    return { ...b, value, borderPatrolOnly: a.borderPatrolOnly || b.borderPatrolOnly, approximate: a.approximate || b.approximate };
  });
  return {
    what: `${top.what} as a share of ${bottom.what} (%)`, unit: 'percent', per, points,
    claimed: claimedLevel(claimed, 'percent'), recomputed: recomputedAt(points, 'percent'), recordKey: null, claimedNote: null, focusLabels: {},
  };
}

function changeSeries(measure: Extract<NumberMeasure, { kind: 'change' }>, claimed: ClaimedView | null, ctx: MeasureContext): ClaimSeries {
  const { counts } = ctx.counts(measure.dataset, measure.filters ?? {}, 'filters');
  const single = measure.from.month !== undefined && measure.to.month !== undefined;
  let windows: Window[];
  if (single) {
    const [a, b] = [measure.from.month!, measure.to.month!].sort();
    windows = [];
    for (let month = addMonths(a!, -6); month <= addMonths(b!, 3); month = addMonths(month, 1)) {
      if (month >= counts.coverage.first && month <= counts.coverage.last) windows.push({ period: { month }, months: [month], focus: month === measure.to.month || month === measure.from.month });
    }
  } else {
    windows = [measure.from, measure.to].map((period) => ({ period, months: monthsOfPeriod(period), focus: true }));
  }
  const points = windows.map((w) => pointOf(counts, w));
  const before = pointOf(counts, { period: measure.from, months: monthsOfPeriod(measure.from), focus: true });
  const afterKey = monthsOfPeriod(measure.to)[0]!;
  const after = points.find((p) => p.key === afterKey);
  const asPercent = (measure.as ?? 'percent') === 'percent';
  // The level the claim implies for the later period: A × (1 + claimed %), or A + the claimed difference.
  let level: ClaimSeries['claimed'] = null;
  if (claimed && typeof claimed.value === 'number' && before.value !== null) {
    const value = asPercent ? before.value * (1 + claimed.value / 100) : before.value + claimed.value;
    level = { value, text: `${formatAmount(value, counts.unit)}, the level implied by the claimed change (${claimed.text})` };
  }
  return {
    what: counts.what, unit: counts.unit, per: single ? 'by month' : 'the two periods compared', points,
    claimed: level,
    recomputed: after && after.value !== null ? { value: after.value, text: formatAmount(after.value, counts.unit), key: after.key } : null,
    recordKey: null, claimedNote: null,
    focusLabels: { [monthsOfPeriod(measure.from)[0]!]: 'A', [afterKey]: 'B' },
  };
}

/** The periods a rank or a maximum compares, as published by the article's date. */
function setPoints(counts: MonthlyCounts, periods: readonly SetPeriod[], ctx: MeasureContext, focusKey: string | null): SeriesPoint[] {
  const isPublished = publishedBy(ctx.asOf, ctx.calendar());
  return periods.filter((p) => p.months.every(isPublished)).map((p): SeriesPoint => {
    const agg = aggregate(counts, p.months);
    const first = p.months[0]!;
    return {
      key: first,
      label: p.months.length === 1 ? monthLabel(first) : p.months.length === 12 && splitMonth(first).month === 10 ? `FY${fiscalYearOf(first)}` : p.label,
      value: agg.value,
      borderPatrolOnly: agg.lowerBound,
      approximate: [...agg.notes].some((note) => note !== 'usbp-only'),
      focus: first === focusKey,
    };
  }).filter((p) => p.value !== null);
}

function rankSeries(measure: Extract<NumberMeasure, { kind: 'rank' }>, claimed: ClaimedView | null, ctx: MeasureContext): ClaimSeries {
  const { counts } = ctx.counts(measure.dataset, measure.filters ?? {}, 'filters');
  const target = monthsOfPeriod(measure.period);
  const start = measure.since && measure.since > counts.coverage.first ? measure.since : counts.coverage.first;
  const per = measure.among === 'fiscal-years' ? 'fiscal-year' : measure.among === 'calendar-years' ? 'calendar-year' : 'month';
  const set = { ...(measure.among === 'same-month' ? { monthOfYear: splitMonth(target[0]!).month } : {}), per } as const;
  const periods = periodsOfSet(set, { first: start, last: counts.coverage.last }).filter((p) => per === 'month' || p.months.length === 12);
  const points = setPoints(counts, periods, ctx, target[0]!);
  const highest = (measure.order ?? 'highest') === 'highest';
  const record = points.reduce<SeriesPoint | null>((a, p) => (!a || (highest ? p.value! > a.value! : p.value! < a.value!) ? p : a), null);
  const perWords = measure.among === 'same-month' ? `the ${monthLongLabel(target[0]!).split(' ')[0]}s` : measure.among === 'all-months' ? 'every month' : measure.among === 'fiscal-years' ? 'each complete fiscal year' : 'each complete calendar year';
  return {
    what: counts.what, unit: counts.unit, per: `${perWords} published by ${ctx.asOf}`, points,
    claimed: null,
    recomputed: recomputedAt(points, counts.unit),
    recordKey: record?.key ?? null,
    claimedNote: claimed ? `Claimed: ${claimed.text}; the ${highest ? 'highest' : 'lowest'} of the periods drawn is marked as the record.` : null,
    focusLabels: {},
  };
}

function extremeSeries(measure: Extract<NumberMeasure, { kind: 'maximum' | 'minimum' }>, claimed: ClaimedView | null, ctx: MeasureContext): ClaimSeries {
  const { counts } = ctx.counts(measure.dataset, measure.filters ?? {}, 'filters');
  const periods = periodsOfSet(measure.over, counts.coverage).filter((p) => (measure.over.per ?? 'month') === 'month' || p.months.length === 12);
  const all = setPoints(counts, periods, ctx, null);
  const highest = measure.kind === 'maximum';
  const best = all.reduce<SeriesPoint | null>((a, p) => (!a || (highest ? p.value! > a.value! : p.value! < a.value!) ? p : a), null);
  const points = all.map((p) => ({ ...p, focus: p.key === best?.key }));
  return {
    what: counts.what, unit: counts.unit, per: 'the periods compared', points,
    claimed: claimedLevel(claimed, counts.unit),
    recomputed: recomputedAt(points, counts.unit),
    recordKey: null, claimedNote: null, focusLabels: {},
  };
}
