// Measures over the monthly figures of encounters and seizures: a value over a period, a share,
// a change between two periods, a rank among comparable periods, the maximum or minimum of a set.
import type { ClaimFilters, ClaimMeasure, ClaimPeriod } from '../../data/claim-schemas.js';
import type { AverageUnit, DatasetName, Unit } from '../../data/claim-vocabulary.js';
import { fiscalYearOf, monthKey, monthLabel, monthLongLabel, monthsBetween, splitMonth, type MonthKey } from '../periods.js';
import { percentChange } from '../ranking.js';
import { formatDecimal } from '../words.js';
import { ClaimProblem } from './claim-problem.js';
import { describePeriod, describeRange, describeSet, monthsOfPeriod, periodsOfSet, type SetPeriod } from './claim-periods.js';
import { filterKey } from './filter-keys.js';
import type { MeasureContext, NumberMeasurement } from './measurement.js';
import { aggregate, type Aggregate, type CellNote, type DataUse, type MonthCell, type MonthlyCounts } from './monthly-counts.js';
import { monthPublishedBy, publishedBy } from './publication.js';
import { publishedCandidates, publishedGap, type PublishedCandidate } from './published.js';
import { revisionKind, type RevisionKind } from '../releases/revisions.js';

type NumberKind = Extract<ClaimMeasure, { dataset: DatasetName }>;

export function measureNumber(measure: NumberKind, ctx: MeasureContext, path: string): NumberMeasurement {
  switch (measure.kind) {
    case 'value': return valueMeasure(measure, ctx, path);
    case 'share': return shareMeasure(measure, ctx, path);
    case 'change': return changeMeasure(measure, ctx, path);
    case 'rank': return rankMeasure(measure, ctx, path);
    case 'maximum':
    case 'minimum': return extremeMeasure(measure, ctx, path);
    case 'average':
    case 'per-day': return averageMeasure(measure, ctx, path);
  }
}

// ---- helpers ----

export function formatAmount(value: number, unit: Unit): string {
  if (unit === 'pounds') return `${formatDecimal(value, value !== 0 && Math.abs(value) < 10 ? 2 : 0)} lb`;
  if (unit === 'percent') return `${formatDecimal(value, 1)}%`;
  return formatDecimal(value, Number.isInteger(value) ? 0 : 2);
}

function checkMonths(months: readonly MonthKey[], counts: MonthlyCounts, field: string, dataset: DatasetName): void {
  const annual = counts.annual;
  const early = annual ? months.filter((m) => m < counts.coverage.first && fiscalYearOf(m) >= annual.first) : [];
  if (annual && early.length > 0) {
    const partial = [...new Set(early.map(fiscalYearOf))].find((fy) => early.filter((m) => fiscalYearOf(m) === fy).length !== 12);
    if (partial !== undefined) throw new ClaimProblem(field, `before ${monthLongLabel(counts.coverage.first)} only whole fiscal years are on record (${annual.source}); FY${partial} is asked for in part`);
  }
  const outside = months.filter((m) => (m < counts.coverage.first && !early.includes(m)) || m > counts.coverage.last);
  if (outside.length > 0) {
    if (annual && outside[0]! < counts.coverage.first) {
      throw new ClaimProblem(field, `${monthLongLabel(outside[0]!)} is before the record: ${annual.source.replace(/^USBP's/, 'the USBP')} starts in FY${annual.first}`);
    }
    const what = dataset === 'encounters' ? 'the encounters data' : `the data for ${counts.what}`;
    throw new ClaimProblem(field, `${monthLongLabel(outside[0]!)} is outside ${what} (${monthLongLabel(counts.coverage.first)} to ${monthLongLabel(counts.coverage.last)})`);
  }
}

const NOTE_CAVEATS: Record<Exclude<CellNote, 'usbp-only' | 'annual'>, string> = {
  rounded: 'Border Patrol figures for FY2021, and outside the Southwest after FY2020, are DHS OHSS counts rounded to the nearest 10.',
  derived: 'OFO for FY2020 is derived as total − Border Patrol (both exact).',
  'derived-approx': 'OFO here is derived from a rounded Border Patrol figure: approximate, about ±5.',
  'earlier-release': 'FY2025 Border Patrol/OFO figures come from the August 2025 release, the totals from a later one: they differ by a few encounters.',
};

function caveatsOf(agg: Aggregate, counts: MonthlyCounts, asLowerBound: boolean): string[] {
  const caveats = [...counts.scope];
  if (agg.notes.has('annual') && counts.annual) caveats.push(`Fiscal years before FY${fiscalYearOf(counts.coverage.first)} come from ${counts.annual.source}: Border Patrol apprehensions, by fiscal year only.`);
  if (agg.standIns.length > 0) {
    const example = monthLongLabel(agg.standIns[0]!);
    const many = agg.standIns.length === 1 ? `${example} counts` : `${agg.standIns.length} of these months (from ${example}) count`;
    caveats.push(`Before FY2020 only Border Patrol counts exist: ${many} Border Patrol alone, without OFO encounters at ports of entry${asLowerBound ? ', so the figure is only a lower bound of the total' : ''}.`);
  }
  for (const note of agg.notes) if (note !== 'usbp-only' && note !== 'annual') caveats.push(NOTE_CAVEATS[note]);
  return caveats;
}

function unpublishedCaveat(months: readonly MonthKey[], ctx: MeasureContext): string[] {
  const calendar = ctx.calendar();
  const late = months.filter((m) => !monthPublishedBy(m, ctx.asOf, calendar));
  if (late.length === 0) return [];
  const first = calendar(late[0]!);
  const when = `${first.basis === 'documented' ? 'on' : 'about'} ${first.date}${first.release ? ` (${first.release})` : ''}`;
  return [`CBP had not yet published ${describeRange(late[0]!, late[late.length - 1]!)} by ${ctx.asOf}, the date the claims are judged at: ${monthLongLabel(late[0]!)} was first published ${when}.`];
}

function mergeUses(...lists: DataUse[][]): DataUse[] {
  const byFile = new Map<string, Set<number>>();
  for (const use of lists.flat()) {
    const set = byFile.get(use.file) ?? new Set<number>();
    use.fiscalYears.forEach((fy) => set.add(fy));
    byFile.set(use.file, set);
  }
  return [...byFile].map(([file, years]) => ({ file, fiscalYears: [...years].sort((a, b) => a - b) }));
}

function monthDetails(counts: MonthlyCounts, months: readonly MonthKey[]): string[] {
  if (months.length > 3) return [];
  const cells = counts.cells(months);
  return months.map((m) => {
    const cell = cells.get(m);
    return `${monthLabel(m)}: ${cell?.value === null || cell === undefined ? 'no figure' : formatAmount(cell.value, counts.unit)}${cell?.lowerBound ? ' (Border Patrol only)' : ''}`;
  });
}

function missingReason(counts: MonthlyCounts, agg: Aggregate): string {
  const months = agg.missing;
  const which = months.length === 1 ? monthLongLabel(months[0]!) : `${months.length} months (${describeRange(months[0]!, months[months.length - 1]!)})`;
  return `No figure for ${which}: ${counts.missing}.`;
}

interface Side {
  counts: MonthlyCounts;
  agg: Aggregate;
  months: MonthKey[];
  candidates: PublishedCandidate[];
  gap?: string;
}

function side(measure: { dataset: DatasetName }, filtersRaw: ClaimFilters | undefined, period: ClaimPeriod, ctx: MeasureContext, filtersField: string, periodField: string): Side {
  // A period's months, or whole fiscal years before the monthly data from the annual tables.
  const { counts, filters } = ctx.counts(measure.dataset, filtersRaw ?? {}, filtersField);
  const months = monthsOfPeriod(period);
  checkMonths(months, counts, periodField, measure.dataset);
  const document = ctx.published();
  const key = filterKey(measure.dataset, filters);
  const candidates = document ? publishedCandidates(document, measure.dataset, key, months, ctx.asOf) : [];
  const gap = document ? publishedGap(document, measure.dataset, key, months)?.note : undefined;
  return { counts, agg: aggregate(counts, months), months, candidates, ...(gap ? { gap } : {}) };
}

// ---- value ----

function valueMeasure(measure: Extract<NumberKind, { kind: 'value' }>, ctx: MeasureContext, path: string): NumberMeasurement {
  const s = side(measure, measure.filters, measure.period, ctx, `${path}.filters`, `${path}.period`);
  const periodWords = describePeriod(measure.period);
  return {
    type: 'number',
    unit: s.counts.unit,
    value: s.agg.value,
    lowerBound: s.agg.lowerBound,
    view: {
      kind: 'value',
      description: `${capitalise(s.counts.what)}, ${periodWords}`,
      formula: s.agg.notes.has('annual') && s.counts.annual
        ? `fiscal-year figures of ${s.counts.annual.source} for ${periodWords}${s.months.some((m) => m >= s.counts.coverage.first) ? `, with ${s.counts.formula} from ${monthLongLabel(s.counts.coverage.first)}` : ''}`
        : s.months.length === 1 ? `${s.counts.formula}: ${periodWords}` : `sum of ${s.counts.formula} over the ${s.months.length} months of ${periodWords}`,
      details: monthDetails(s.counts, s.months),
    },
    caveats: [...caveatsOf(s.agg, s.counts, true), ...unpublishedCaveat(s.months, ctx)],
    uses: mergeUses(s.counts.uses(s.months.filter((m) => m >= s.counts.coverage.first)), annualUse(s.counts, s.months)),
    links: [],
    publishable: true,
    published: s.candidates,
    ...(s.gap ? { publishedGap: s.gap } : {}),
    ...(s.agg.value === null ? { unverifiable: missingReason(s.counts, s.agg) } : {}),
    // The allowance is measured on monthly figures: a total over several months CBP published after
    // they settled (FY2021's Border Patrol total as published matches today's within 4) is judged on
    // the published figures on file and the data, not widened by early-month revisions.
    ...(revisable(measure) ? { revisionAllowance: () => (s.months.length === 1 ? ctx.revisionAllowance(revisable(measure)!, s.months[0]!, s.months[0]!) : null) } : {}),
  };
}

/** The kind of figure CBP's updates print that a value measure counts (totals, Border Patrol, OFO), if any. */
function revisable(measure: Extract<NumberKind, { kind: 'value' }>): RevisionKind | undefined {
  return measure.dataset === 'encounters' ? revisionKind(measure.filters ?? {}) : undefined;
}

// ---- share ----

function shareMeasure(measure: Extract<NumberKind, { kind: 'share' }>, ctx: MeasureContext, path: string): NumberMeasurement {
  const top = side(measure, measure.numerator, measure.period, ctx, `${path}.numerator`, `${path}.period`);
  const bottomPeriod = measure.denominatorPeriod ?? measure.period;
  const bottom = side(measure, measure.denominator, bottomPeriod, ctx, `${path}.denominator`, measure.denominatorPeriod ? `${path}.denominatorPeriod` : `${path}.period`);
  const periodWords = measure.denominatorPeriod ? `${describePeriod(measure.period)} (of ${describePeriod(measure.denominatorPeriod)})` : describePeriod(measure.period);
  const value = top.agg.value !== null && bottom.agg.value !== null && bottom.agg.value !== 0 ? (top.agg.value / bottom.agg.value) * 100 : null;
  const unverifiable = top.agg.value === null ? missingReason(top.counts, top.agg)
    : bottom.agg.value === null ? missingReason(bottom.counts, bottom.agg)
      : bottom.agg.value === 0 ? 'The denominator is 0.'
        : top.agg.lowerBound || bottom.agg.lowerBound ? 'A share needs the totals, and before FY2020 only Border Patrol counts exist.' : undefined;
  const published = cross(top.candidates, bottom.candidates, (a, b) => (b === 0 ? null : (a / b) * 100), '÷');
  return {
    type: 'number',
    unit: 'percent',
    value: unverifiable ? null : value,
    lowerBound: false,
    view: {
      kind: 'share',
      description: `${capitalise(top.counts.what)} as a share of ${bottom.counts.what}, ${periodWords}`,
      formula: measure.denominatorPeriod
        ? `A ÷ B × 100, where A = ${top.counts.what}, ${describePeriod(measure.period)}, and B = ${bottom.counts.what}, ${describePeriod(measure.denominatorPeriod)}`
        : `A ÷ B × 100, where A = ${top.counts.what} and B = ${bottom.counts.what}, ${periodWords}`,
      details: top.agg.value !== null && bottom.agg.value !== null ? [`A = ${formatAmount(top.agg.value, top.counts.unit)}`, `B = ${formatAmount(bottom.agg.value, bottom.counts.unit)}`] : [],
    },
    caveats: unique([...caveatsOf(top.agg, top.counts, false), ...caveatsOf(bottom.agg, bottom.counts, false), ...unpublishedCaveat([...top.months, ...bottom.months], ctx)]),
    uses: mergeUses(top.counts.uses(top.months), bottom.counts.uses(bottom.months)),
    links: [],
    publishable: true,
    published,
    ...(top.gap ?? bottom.gap ? { publishedGap: (top.gap ?? bottom.gap)! } : {}),
    ...(unverifiable ? { unverifiable } : {}),
  };
}

// ---- change ----

function changeMeasure(measure: Extract<NumberKind, { kind: 'change' }>, ctx: MeasureContext, path: string): NumberMeasurement {
  const before = side(measure, measure.filters, measure.from, ctx, `${path}.filters`, `${path}.from`);
  const after = side(measure, measure.filters, measure.to, ctx, `${path}.filters`, `${path}.to`);
  const asPercent = (measure.as ?? 'percent') === 'percent';
  const compute = (a: number, b: number) => (asPercent ? percentChange(a, b) : b - a);
  const unverifiable = before.agg.value === null ? missingReason(before.counts, before.agg)
    : after.agg.value === null ? missingReason(after.counts, after.agg)
      : asPercent && before.agg.value === 0 ? `There is no percent change from 0 (${describePeriod(measure.from)}).`
        : before.agg.lowerBound || after.agg.lowerBound ? 'A change needs the totals of both periods, and before FY2020 only Border Patrol counts exist.' : undefined;
  const value = unverifiable ? null : compute(before.agg.value!, after.agg.value!);
  const from = describePeriod(measure.from);
  const to = describePeriod(measure.to);
  const unit = before.counts.unit;
  return {
    type: 'number',
    unit: asPercent ? 'percent' : unit,
    value,
    lowerBound: false,
    view: {
      kind: 'change',
      description: `Change in ${before.counts.what} from ${from} to ${to}`,
      formula: asPercent ? `(B − A) ÷ A × 100, where A = ${from} and B = ${to}` : `B − A, where A = ${from} and B = ${to}`,
      details: before.agg.value !== null && after.agg.value !== null ? [`A = ${formatAmount(before.agg.value, unit)}`, `B = ${formatAmount(after.agg.value, unit)}`] : [],
    },
    caveats: unique([...caveatsOf(before.agg, before.counts, false), ...caveatsOf(after.agg, after.counts, false), ...unpublishedCaveat([...before.months, ...after.months], ctx)]),
    uses: mergeUses(before.counts.uses(before.months), after.counts.uses(after.months)),
    links: [],
    publishable: true,
    published: cross(before.candidates, after.candidates, compute, '→'),
    ...(before.gap ?? after.gap ? { publishedGap: (before.gap ?? after.gap)! } : {}),
    ...(unverifiable ? { unverifiable } : {}),
  };
}

function cross(a: PublishedCandidate[], b: PublishedCandidate[], combine: (x: number, y: number) => number | null, operator: string): PublishedCandidate[] {
  const term = (c: PublishedCandidate) => (c.figures.length > 1 ? `(${c.formula})` : c.formula);
  return a.flatMap((x) => b.map((y) => ({ value: combine(x.value, y.value), figures: [...x.figures, ...y.figures], formula: `${term(x)} ${operator} ${term(y)}` })))
    .filter((c): c is PublishedCandidate => c.value !== null);
}

// ---- rank and sets ----

interface Ranked {
  period: SetPeriod;
  value: number;
  agg: Aggregate;
}

/** The periods of a set that have a figure, published by the article's date. */
function valuedPeriods(periods: readonly SetPeriod[], counts: MonthlyCounts, ctx: MeasureContext): { ranked: Ranked[]; skipped: number; late: number } {
  const isPublished = publishedBy(ctx.asOf, ctx.calendar());
  let skipped = 0;
  let late = 0;
  const ranked: Ranked[] = [];
  const cells = counts.cells(periods.flatMap((p) => p.months)); // one pass over the data for every period
  for (const period of periods) {
    if (!period.months.every(isPublished)) {
      late++;
      continue;
    }
    const agg = period.months.length === 1 ? singleMonth(period.months[0]!, cells) : aggregate(counts, period.months);
    if (agg.value === null) skipped++;
    else ranked.push({ period, value: agg.value, agg });
  }
  return { ranked, skipped, late };
}

/** aggregate() for one month, without its bookkeeping (ranks compare hundreds of months). */
function singleMonth(month: MonthKey, cells: ReadonlyMap<MonthKey, MonthCell>): Aggregate {
  const cell = cells.get(month);
  if (!cell || cell.value === null) return { value: null, lowerBound: false, notes: new Set(), missing: [month], standIns: [] };
  return { value: cell.value, lowerBound: cell.lowerBound, notes: new Set(cell.notes), missing: [], standIns: cell.lowerBound ? [month] : [] };
}

function setCaveats(ranked: readonly Ranked[], counts: MonthlyCounts, skipped: number, what: string): string[] {
  const all: Aggregate = { value: 0, lowerBound: false, notes: new Set(), missing: [], standIns: [] };
  for (const r of ranked) {
    r.agg.notes.forEach((n) => all.notes.add(n));
    all.standIns.push(...r.agg.standIns);
  }
  const caveats = caveatsOf(all, counts, false);
  if (all.standIns.length > 0) caveats.push(`Those Border Patrol figures are compared as recorded: this is what is "on record" for those ${what}.`);
  if (skipped > 0) caveats.push(`${skipped} ${what} without a figure are left out (${counts.missing}).`);
  return caveats;
}

function rankMeasure(measure: Extract<NumberKind, { kind: 'rank' }>, ctx: MeasureContext, path: string): NumberMeasurement {
  const { counts } = ctx.counts(measure.dataset, measure.filters ?? {}, `${path}.filters`);
  const target = monthsOfPeriod(measure.period);
  checkMonths(target, counts, `${path}.period`, measure.dataset);
  const unitOfSet = measure.among === 'fiscal-years' ? 'fiscal-year' : measure.among === 'calendar-years' ? 'calendar-year' : 'month';
  // "On record" for fiscal years of Border Patrol reaches back through the annual tables (FY1960
  // Southwest, FY1925 nationwide); totals with OFO start with the monthly data unless `since` says otherwise.
  const annual = unitOfSet === 'fiscal-year' ? counts.annual : undefined;
  const recordStart = annual && !annual.lowerBound ? monthKey(annual.first - 1, 10) : counts.coverage.first;
  const start = measure.since ?? recordStart;
  const span = { first: start < counts.coverage.first ? counts.coverage.first : start, last: counts.coverage.last };
  const set = { ...(measure.among === 'same-month' ? { monthOfYear: splitMonth(target[0]!).month } : {}), per: unitOfSet } as const;
  // Only whole years are comparable.
  const periods = periodsOfSet(set, span).filter((p) => unitOfSet === 'month' || p.months.length === 12);
  const monthlyRanked = valuedPeriods(periods, counts, ctx);
  const early = annual ? annualYears(counts, Math.max(fiscalYearOf(start), annual.first), fiscalYearOf(counts.coverage.first) - 1) : [];
  const ranked = [...early, ...monthlyRanked.ranked];
  const { skipped, late } = monthlyRanked;
  const order = measure.order ?? 'highest';
  const better = (a: number, b: number) => (order === 'highest' ? a > b : a < b);
  const label = describePeriod(measure.period);
  const mine = ranked.find((r) => r.period.months[0] === target[0] && r.period.months.length === target.length);
  const noun = measure.among === 'same-month' ? `${monthName(target[0]!)}s` : measure.among === 'all-months' ? 'months' : measure.among === 'fiscal-years' ? 'complete fiscal years' : 'complete calendar years';
  const sorted = [...ranked].sort((a, b) => (better(a.value, b.value) ? -1 : better(b.value, a.value) ? 1 : 0));
  const first = ranked[0]?.period.months[0];
  const lastRanked = ranked[ranked.length - 1]?.period.months;
  const spanWords = first && lastRanked ? ` (${describeRange(first, lastRanked[lastRanked.length - 1]!)})` : '';
  const details = sorted.slice(0, 3).map((r, i) => `${i + 1}. ${r.period.label}: ${formatAmount(r.value, counts.unit)}`);
  let unverifiable: string | undefined;
  let record: NumberMeasurement['record'];
  let rank: number | null = null;
  if (!mine) {
    const published = target.every((m) => monthPublishedBy(m, ctx.asOf, ctx.calendar()));
    unverifiable = !published ? `CBP had not published ${label} by ${ctx.asOf}.`
      : unitOfSet !== 'month' && target.length !== 12 ? `${label} is not a complete year.`
        : `No figure for ${label}: ${counts.missing}.`;
  } else {
    rank = 1 + ranked.filter((r) => better(r.value, mine.value)).length;
    record = { rank, of: ranked.length, value: mine.value, recordValue: sorted[0]!.value, recordLabel: sorted[0]!.period.label };
    if (rank > 3) details.push(`${rank}. ${mine.period.label}: ${formatAmount(mine.value, counts.unit)}`);
  }
  const caveats = setCaveats(ranked, counts, skipped, noun);
  if (late > 0) caveats.push(`${late} later ${late === 1 ? 'period was' : 'periods were'} not yet published on ${ctx.asOf} and ${late === 1 ? 'is' : 'are'} not ranked.`);
  const tables = early.length > 0
    ? ` (${early[0]!.period.label}–${early[early.length - 1]!.period.label} from ${counts.annual!.source}, later years from the monthly data)`
    : '';
  return {
    type: 'number',
    unit: 'rank',
    value: rank,
    lowerBound: false,
    view: {
      kind: 'rank',
      description: `Rank of ${label} among the ${noun} of ${counts.what}, ${order} first`,
      formula: `rank of ${label} among the ${ranked.length} ${noun} published by ${ctx.asOf}${spanWords}, ${order} first${tables}`,
      details,
    },
    caveats,
    uses: mergeUses(counts.uses(ranked.flatMap((r) => r.period.months).filter((m) => m >= counts.coverage.first)), early.length ? [{ file: counts.annual!.table, fiscalYears: early.map((r) => fiscalYearOf(r.period.months[0]!)) }] : []),
    links: [],
    publishable: false,
    published: [],
    ...(record ? { record } : {}),
    ...(unverifiable ? { unverifiable } : {}),
  };
}

function extremeMeasure(measure: Extract<NumberKind, { kind: 'maximum' | 'minimum' }>, ctx: MeasureContext, path: string): NumberMeasurement {
  const { counts } = ctx.counts(measure.dataset, measure.filters ?? {}, `${path}.filters`);
  const perYear = measure.over.per === 'fiscal-year' && counts.annual !== undefined && measure.over.monthOfYear === undefined && measure.over.calendarYears === undefined && measure.over.from === undefined;
  const early = perYear ? annualYears(counts, Math.max(measure.over.fiscalYears?.from ?? counts.annual!.first, counts.annual!.first), Math.min(measure.over.fiscalYears?.to ?? 9999, fiscalYearOf(counts.coverage.first) - 1)) : [];
  const periods = periodsOfSet(measure.over, counts.coverage).filter((p) => (measure.over.per ?? 'month') === 'month' || p.months.length === 12);
  if (periods.length === 0 && early.length === 0) throw new ClaimProblem(`${path}.over`, `no ${measure.dataset} data falls in ${describeSet(measure.over)} (the data covers ${monthLongLabel(counts.coverage.first)} to ${monthLongLabel(counts.coverage.last)})`);
  const monthly = valuedPeriods(periods, counts, ctx);
  const ranked = [...early, ...monthly.ranked];
  const { skipped, late } = monthly;
  const highest = measure.kind === 'maximum';
  const best = ranked.reduce<Ranked | undefined>((a, r) => (!a || (highest ? r.value > a.value : r.value < a.value) ? r : a), undefined);
  const setWords = describeSet(measure.over);
  const first = ranked[0]?.period.months[0];
  const lastMonths = ranked[ranked.length - 1]?.period.months;
  const spanWords = first && lastMonths ? ` (${describeRange(first, lastMonths[lastMonths.length - 1]!)})` : '';
  const caveats = setCaveats(ranked, counts, skipped, 'periods');
  const setStart = measure.over.from ?? (measure.over.fiscalYears?.from !== undefined ? `${measure.over.fiscalYears.from - 1}-10` : measure.over.calendarYears?.from !== undefined ? `${measure.over.calendarYears.from}-01` : undefined);
  const dataStart = early.length > 0 ? early[0]!.period.months[0]! : counts.coverage.first;
  if (setStart === undefined || setStart < dataStart) caveats.push(`The ${measure.dataset} data starts in ${monthLongLabel(dataStart)}; earlier periods cannot be compared.`);
  if (late > 0) caveats.push(`${late} ${late === 1 ? 'period was' : 'periods were'} not yet published on ${ctx.asOf} and ${late === 1 ? 'is' : 'are'} left out.`);
  const runnersUp = [...ranked].sort((a, b) => (highest ? b.value - a.value : a.value - b.value)).slice(0, 3);
  return {
    type: 'number',
    unit: counts.unit,
    value: best?.value ?? null,
    lowerBound: false,
    view: {
      kind: measure.kind,
      description: `${highest ? 'Highest' : 'Lowest'} ${counts.what} in ${setWords}`,
      formula: `the ${highest ? 'highest' : 'lowest'} of the ${ranked.length} ${(measure.over.per ?? 'month') === 'month' ? 'monthly figures' : 'yearly totals'} of ${setWords}${spanWords}`,
      details: runnersUp.map((r) => `${r.period.label}: ${formatAmount(r.value, counts.unit)}${r.agg.lowerBound ? ' (Border Patrol only)' : ''}`),
    },
    caveats,
    uses: counts.uses(ranked.flatMap((r) => r.period.months)),
    links: [],
    publishable: false,
    published: [],
    ...(best ? {} : { unverifiable: `No period of ${setWords} has a figure: ${counts.missing}.` }),
  };
}

/** Whole fiscal years from the annual table, as ranked periods (Border Patrol figures). */
function annualYears(counts: MonthlyCounts, from: number, to: number): Ranked[] {
  const annual = counts.annual;
  if (!annual) return [];
  const years: Ranked[] = [];
  for (let fy = from; fy <= Math.min(to, annual.last); fy++) {
    const value = annual.value(fy);
    if (value === null) continue;
    const months = monthsBetween(monthKey(fy - 1, 10), monthKey(fy, 9));
    const notes = new Set<CellNote>(annual.lowerBound ? ['annual', 'usbp-only'] : ['annual']);
    years.push({ period: { label: `FY${fy}`, months }, value, agg: { value, lowerBound: annual.lowerBound, notes, missing: [], standIns: annual.lowerBound ? months : [] } });
  }
  return years;
}

// ---- average and per day ----

function daysIn(months: readonly MonthKey[]): number {
  return months.reduce((days, key) => {
    const { year, month } = splitMonth(key);
    return days + new Date(Date.UTC(year, month, 0)).getUTCDate();
  }, 0);
}

const PER_WORDS: Record<AverageUnit, [string, string]> = {
  month: ['month', 'months'],
  day: ['day', 'days'],
  'fiscal-year': ['fiscal year', 'fiscal years'],
  'calendar-year': ['calendar year', 'calendar years'],
};

function averageMeasure(measure: Extract<NumberKind, { kind: 'average' | 'per-day' }>, ctx: MeasureContext, path: string): NumberMeasurement {
  const s = side(measure, measure.filters, measure.period, ctx, `${path}.filters`, `${path}.period`);
  const per: AverageUnit = measure.kind === 'per-day' ? 'day' : measure.per;
  const units = per === 'day' ? daysIn(s.months) : per === 'month' ? s.months.length : s.months.length / 12;
  const [one, many] = PER_WORDS[per];
  const periodWords = describePeriod(measure.period);
  const value = s.agg.value === null ? null : s.agg.value / units;
  return {
    type: 'number',
    unit: s.counts.unit,
    value,
    lowerBound: s.agg.lowerBound,
    view: {
      kind: measure.kind,
      description: `${capitalise(s.counts.what)}, average per ${one}, ${periodWords}`,
      formula: `A ÷ ${formatDecimal(units, 0)}, where A = ${s.counts.what} summed over ${periodWords} and ${formatDecimal(units, 0)} = its ${many}${per === 'day' ? ' (calendar days)' : ''}`,
      details: s.agg.value === null ? [] : [`A = ${formatAmount(s.agg.value, s.counts.unit)}`, `${many} = ${formatDecimal(units, 0)}`],
    },
    caveats: [...caveatsOf(s.agg, s.counts, true), ...unpublishedCaveat(s.months, ctx)],
    uses: mergeUses(s.counts.uses(s.months.filter((m) => m >= s.counts.coverage.first)), annualUse(s.counts, s.months)),
    links: [],
    publishable: true,
    published: s.candidates.map((c) => ({ value: c.value / units, figures: c.figures, formula: `(${c.formula}) ÷ ${formatDecimal(units, 0)}` })),
    ...(s.gap ? { publishedGap: s.gap } : {}),
    ...(value === null ? { unverifiable: missingReason(s.counts, s.agg) } : {}),
  };
}

/** The annual table behind the fiscal years of a period before the monthly data. */
function annualUse(counts: MonthlyCounts, months: readonly MonthKey[]): DataUse[] {
  const years = [...new Set(months.filter((m) => m < counts.coverage.first).map(fiscalYearOf))];
  return counts.annual && years.length ? [{ file: counts.annual.table, fiscalYears: years }] : [];
}

// ---- words ----

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function monthName(key: MonthKey): string {
  return monthLongLabel(key).split(' ')[0]!;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
