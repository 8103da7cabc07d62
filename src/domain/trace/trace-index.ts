// The search behind `trace`: every run of 1–12 consecutive months of every series (sums), and for
// percentages every share and every change (on the month before, on the same months a year
// before), compared with a window of values. Built once per run; a search scans prefix sums and
// allocates only for hits, so it is linear in the number of candidate figures.
import type { Coverage } from '../../data/vocabulary.js';
import { describeRange, periodKindOf, type PeriodKind } from './period-words.js';
import { monthsOf, rangeCoverage, rangeSources, SummedSeries, worseCoverage, type FigureSeries, type FigureUnit, type PublishedSource } from './figure-series.js';
import type { SearchWindow, TraceTarget } from './target.js';

/** The longest run of consecutive months summed: a year. */
export const MAX_RUN = 12;

/** A share: `part` as a percentage of `whole`, month by month or over a run of months. */
export interface ShareSpec {
  part: FigureSeries;
  whole: FigureSeries;
  /** "Border Patrol share of Southwest land border encounters" */
  label: string;
}

export type Statistic = 'figure' | 'share' | 'change';
export type Comparison = 'previous-month' | 'year-before';

export interface TraceHit {
  statistic: Statistic;
  /** What the figure is, in words. */
  description: string;
  value: number;
  unit: FigureUnit | 'percent';
  /** A first-published sum of several months: the monthly figures summed (240,986 + 242,418). */
  parts: number[] | null;
  /** A first-published figure: the same figure in today's revised data (null when not computable). */
  revised: number | null;
  /** value − the number traced (for unsigned percentages, |change| − number). */
  difference: number;
  /** The difference as a percentage of the number traced (null when the number is 0). */
  relativeDifference: number | null;
  vintage: 'revised' | 'first-published';
  /** First-published figures: the releases they come from. */
  sources: PublishedSource[];
  dataset: string;
  region: string;
  component: string;
  citizenship: string | null;
  drug: string | null;
  from: string;
  to: string;
  months: number;
  periodKind: PeriodKind;
  comparedWith: { from: string; to: string } | null;
  /** A share: what it is a share of (the whole's region, component, citizenship, drug). */
  shareOf: { region: string; component: string; citizenship: string | null; drug: string | null } | null;
  coverage: Coverage;
}

export interface TraceSearch {
  /** Every hit inside the window, closest first (`top` of them described). */
  hits: TraceHit[];
  /** How many figures lie inside the window. */
  found: number;
  /** How many candidate figures were compared. */
  compared: number;
  /** When nothing lies inside the window: the closest figure outside it. */
  nearest: TraceHit | null;
}

interface Candidate {
  statistic: Statistic;
  /** Index into the series (figures, changes) or the shares. */
  entry: number;
  i: number;
  length: number;
  value: number;
  distance: number;
  /** Subject weight × period weight: how much less likely such a figure is the source. */
  weight: number;
  /** The distance beyond rounding, weighted: what hits are ranked by. */
  score: number;
  difference: number;
  comparison?: Comparison;
}

/**
 * Ranking weights by period: a month, a fiscal year or a fiscal year to date is what articles
 * quote; an arbitrary run of months matching as closely is likelier a coincidence.
 */
export const PERIOD_WEIGHTS: Record<PeriodKind, number> = {
  month: 1, 'fiscal-year': 1, 'fiscal-year-to-date': 1.5, 'calendar-year': 1.5, 'calendar-year-to-date': 3, months: 5,
};

/** The percentages of an index, one entry per share or change. */
interface PercentTable {
  size: number;
  values: Float64Array;
  statistic: Uint8Array;
  /** The share (for shares) or series (for changes) each comes from. */
  entry: Int32Array;
  offset: Int32Array;
  length: Uint8Array;
  /** Each share's and each series' figures are contiguous: [start, end) pairs by entry. */
  shareRanges: Int32Array;
  seriesRanges: Int32Array;
  /** Figures ordered by bucket (whole percentage points of their size), and where each bucket starts. */
  order: Int32Array;
  bucketStart: Int32Array;
}
/** Buckets of one percentage point up to 1,000%; larger sizes share the last bucket. */
const BUCKETS = 1001;
const bucketOf = (size: number) => Math.min(BUCKETS - 1, Math.max(0, Math.floor(size)));
const SHARE = 0;
const ON_MONTH_BEFORE = 1;
const ON_YEAR_BEFORE = 2;

const PERIOD_ORDER: Record<PeriodKind, number> = {
  month: 0, 'fiscal-year': 1, 'calendar-year': 2, 'fiscal-year-to-date': 3, 'calendar-year-to-date': 4, months: 5,
};

export class TraceIndex {
  private readonly summed: SummedSeries[];
  private readonly shares: { part: SummedSeries; whole: SummedSeries; spec: ShareSpec }[];
  private percentTable: PercentTable | undefined;

  /** Counts of the base index's series and shares whose percentages are reused (see extend). */
  private readonly base: { index: TraceIndex; series: number; shares: number } | undefined;

  constructor(series: readonly FigureSeries[], shares: readonly ShareSpec[] = [], base?: TraceIndex) {
    this.summed = [...(base?.summed ?? []), ...series.map((s) => new SummedSeries(s))];
    const byId = new Map(this.summed.map((s) => [s.series.id, s]));
    this.shares = [...(base?.shares ?? []), ...shares.map((spec) => ({
      part: byId.get(spec.part.id) ?? new SummedSeries(spec.part),
      whole: byId.get(spec.whole.id) ?? new SummedSeries(spec.whole),
      spec,
    }))];
    this.base = base ? { index: base, series: base.summed.length, shares: base.shares.length } : undefined;
  }

  /**
   * This index with more series and shares (several citizenships taken together): the sums and
   * percentages already computed are reused; only the new series' are added.
   */
  extend(series: readonly FigureSeries[], shares: readonly ShareSpec[]): TraceIndex {
    return new TraceIndex(series, shares, this);
  }

  get seriesCount(): number {
    return this.summed.length;
  }

  search(target: TraceTarget, window: SearchWindow, options: SearchOptions = {}): TraceSearch {
    const scan = new Scan(target, window, options);
    if (target.unit === 'count') this.scanFigures(scan);
    else this.scanPercentages(scan);
    const top = options.top ?? Infinity;
    const order = options.order === 'largest' ? (a: Candidate, b: Candidate) => b.value - a.value || this.compare(a, b) : (a: Candidate, b: Candidate) => this.compare(a, b);
    const ordered = this.revisedBesidePublished(firstOf(scan.hits, top, order), scan.hits, top);
    return {
      hits: ordered.map((c) => this.describe(c, target)),
      found: scan.hits.length,
      compared: scan.compared,
      nearest: scan.hits.length === 0 && scan.nearest ? this.describe(scan.nearest, target) : null,
    };
  }

  // The three scans below are the hot loops: plain typed-array arithmetic, and a call out only
  // for a figure inside the window (or closer than the closest seen while nothing is inside).

  private scanFigures(scan: Scan): void {
    const { low, high } = scan.window;
    const target = scan.target.value;
    this.summed.forEach((s, entry) => {
      const n = s.length;
      scan.compared += runsIn(n);
      if (scan.skips(s.series)) return;
      // Counts are never negative: no run can exceed 12 × the largest month, nor fall below the smallest.
      const { largest, smallest } = s.extent();
      // A figure for several months at once is searched alone, never summed with others.
      const runs = s.series.cellMonths && s.series.cellMonths > 1 ? 1 : MAX_RUN;
      const most = largest * Math.min(runs, n);
      const settled = scan.hits.length > 0;
      if ((most < low && (settled || target - most >= scan.nearestDistance)) || (smallest > high && (settled || smallest - target >= scan.nearestDistance)) || largest < 0) return;
      const { prefix, gaps } = s;
      // Sums grow with the end of a run and shrink with its start, so the first end whose run
      // reaches the window only moves forward: one pass over the series (two pointers).
      let reach = 1;
      for (let i = 0; i < n; i++) {
        const last = Math.min(n, i + runs);
        if (reach <= i) reach = i + 1;
        while (reach <= last && prefix[reach]! - prefix[i]! < low) reach++;
        for (let j = reach; j <= last; j++) {
          const value = prefix[j]! - prefix[i]!;
          if (value > high) break;
          if (gaps[j] === gaps[i] && s.ownsRun(i, j - i)) scan.offer(s.series, 'figure', entry, i, j - i, value);
        }
        if (scan.hits.length > 0) continue;
        // Nothing inside yet: the runs on either side of the window are the nearest candidates.
        for (const j of [reach - 1, reach]) {
          if (j <= i || j > last || gaps[j] !== gaps[i]) continue;
          const value = prefix[j]! - prefix[i]!;
          if (Math.abs(value - target) < scan.nearestDistance && s.ownsRun(i, j - i)) scan.offer(s.series, 'figure', entry, i, j - i, value);
        }
      }
    });
  }

  /**
   * Every share and change, computed once per index (a text may hold many percentages): flat
   * arrays a search passes over without recomputing a sum.
   */
  private percentages(): PercentTable {
    if (this.percentTable) return this.percentTable;
    const inherited = this.base?.index.percentages();
    const firstShare = this.base?.shares ?? 0;
    const firstSeries = this.base?.series ?? 0;
    // At most 1 + 11 × 2/12 runs per month for a share, and one more for a change on the month before.
    let capacity = inherited?.size ?? 0;
    for (const { part } of this.shares.slice(firstShare)) capacity += part.length * 3;
    for (const s of this.summed.slice(firstSeries)) capacity += s.length * 4;
    const table: PercentTable = {
      size: inherited?.size ?? 0,
      values: new Float64Array(capacity),
      statistic: new Uint8Array(capacity),
      entry: new Int32Array(capacity),
      offset: new Int32Array(capacity),
      length: new Uint8Array(capacity),
      shareRanges: new Int32Array(this.shares.length * 2),
      seriesRanges: new Int32Array(this.summed.length * 2),
      order: new Int32Array(0),
      bucketStart: new Int32Array(BUCKETS + 1),
    };
    if (inherited) {
      table.values.set(inherited.values.subarray(0, inherited.size));
      table.statistic.set(inherited.statistic.subarray(0, inherited.size));
      table.entry.set(inherited.entry.subarray(0, inherited.size));
      table.offset.set(inherited.offset.subarray(0, inherited.size));
      table.length.set(inherited.length.subarray(0, inherited.size));
      table.shareRanges.set(inherited.shareRanges);
      table.seriesRanges.set(inherited.seriesRanges);
    }
    const add = (value: number, statistic: number, entry: number, i: number, length: number) => {
      const k = table.size++;
      table.values[k] = value;
      table.statistic[k] = statistic;
      table.entry[k] = entry;
      table.offset[k] = i;
      table.length[k] = length;
    };
    this.shares.forEach(({ part, whole }, entry) => {
      if (entry < firstShare) return;
      table.shareRanges[entry * 2] = table.size;
      table.shareRanges[entry * 2 + 1] = table.size;
      if (part.series.cellMonths || whole.series.cellMonths) return;
      const shift = part.series.start - whole.series.start;
      const { prefix: top, gaps: topGaps, length: n } = part;
      const { prefix: bottom, gaps: bottomGaps, length: m } = whole;
      for (let i = Math.max(0, -shift); i < n && i + shift < m; i++) {
        const k = i + shift;
        const longest = longestPercentRun(part.series.start + i);
        for (let length = 1; length <= longest && i + length <= n && k + length <= m; length++) {
          if (topGaps[i + length] !== topGaps[i] || bottomGaps[k + length] !== bottomGaps[k]) break;
          const denominator = bottom[k + length]! - bottom[k]!;
          if (denominator <= 0 || (!part.ownsRun(i, length) && !whole.ownsRun(k, length))) continue;
          add(((top[i + length]! - top[i]!) / denominator) * 100, SHARE, entry, i, length);
        }
      }
      table.shareRanges[entry * 2 + 1] = table.size;
    });
    this.summed.forEach((s, entry) => {
      if (entry < firstSeries) return;
      table.seriesRanges[entry * 2] = table.size;
      table.seriesRanges[entry * 2 + 1] = table.size;
      if (s.series.cellMonths) return;
      const { prefix, gaps, length: n } = s;
      for (let i = 1; i < n; i++) {
        // Month on the month before.
        if (gaps[i + 1] === gaps[i] && gaps[i] === gaps[i - 1]) {
          const before = prefix[i]! - prefix[i - 1]!;
          if (before > 0 && (s.ownsRun(i, 1) || s.ownsRun(i - 1, 1))) add(((prefix[i + 1]! - prefix[i]! - before) / before) * 100, ON_MONTH_BEFORE, entry, i, 1);
        }
        if (i < 12) continue;
        // A run of months on the same months a year before.
        const longest = longestPercentRun(s.series.start + i);
        for (let length = 1; length <= longest && i + length <= n; length++) {
          const j = i + length;
          if (gaps[j] !== gaps[i] || gaps[j - 12] !== gaps[i - 12]) break;
          const before = prefix[j - 12]! - prefix[i - 12]!;
          if (before <= 0 || !(s.ownsRun(i, length) || s.ownsRun(i - 12, length))) continue;
          add(((prefix[j]! - prefix[i]! - before) / before) * 100, ON_YEAR_BEFORE, entry, i, length);
        }
      }
      table.seriesRanges[entry * 2 + 1] = table.size;
    });
    // Counting sort by bucket of size (|change|, share): a window then reads only its buckets.
    const { size, values, bucketStart } = table;
    for (let k = 0; k < size; k++) bucketStart[bucketOf(Math.abs(values[k]!)) + 1]!++;
    for (let b = 0; b < BUCKETS; b++) bucketStart[b + 1]! += bucketStart[b]!;
    const next = bucketStart.slice(0, BUCKETS);
    table.order = new Int32Array(size);
    for (let k = 0; k < size; k++) table.order[next[bucketOf(Math.abs(values[k]!))]!++] = k;
    this.percentTable = table;
    return table;
  }

  private scanPercentages(scan: Scan): void {
    const table = this.percentages();
    const sharesWanted = !(scan.target.signed && scan.target.value < 0);
    // The caller's series filter, asked once per series and share rather than per figure.
    const skipShare = this.shares.map(({ part, spec }) => !sharesWanted || scan.skips(part.series, spec));
    const skipSeries = this.summed.map((s) => scan.skips(s.series));
    scan.compared += table.size;
    const visit = (k: number) => {
      const from = table.entry[k]!;
      const kind = table.statistic[k]!;
      if (kind === SHARE ? skipShare[from] : skipSeries[from]) return;
      const value = table.values[k]!;
      if (!scan.worthOffering(value, kind !== SHARE)) return;
      if (kind === SHARE) {
        const { part, spec } = this.shares[from]!;
        scan.offer(part.series, 'share', from, table.offset[k]!, table.length[k]!, value, undefined, spec);
      } else {
        scan.offer(this.summed[from]!.series, 'change', from, table.offset[k]!, table.length[k]!, value, kind === ON_MONTH_BEFORE ? 'previous-month' : 'year-before');
      }
    };
    const { low, high } = scan.window;
    if (Number.isFinite(low) && Number.isFinite(high)) {
      // Sizes that can fall in the window: |value| for changes, the value for shares.
      const least = low >= 0 ? low : high <= 0 ? -high : 0;
      const most = Math.max(Math.abs(low), Math.abs(high));
      for (let b = bucketOf(least); b <= bucketOf(most); b++) {
        for (let at = table.bucketStart[b]!; at < table.bucketStart[b + 1]!; at++) visit(table.order[at]!);
      }
      if (scan.hits.length > 0) return;
    }
    // Nothing inside a narrow window (or no window): every figure of the series not filtered out,
    // for the closest one.
    for (let e = 0; e < this.shares.length; e++) {
      if (skipShare[e]) continue;
      for (let k = table.shareRanges[e * 2]!; k < table.shareRanges[e * 2 + 1]!; k++) visit(k);
    }
    for (let e = 0; e < this.summed.length; e++) {
      if (skipSeries[e]) continue;
      for (let k = table.seriesRanges[e * 2]!; k < table.seriesRanges[e * 2 + 1]!; k++) visit(k);
    }
  }

  /** The subject of a series without its vintage: a published figure and its revision share it. */
  private static subjectKey(series: FigureSeries): string {
    const { dataset, region, component, citizenship, drug } = series.subject;
    return `${dataset}|${region}|${component}|${citizenship ?? ''}|${drug ?? ''}|${series.unit}`;
  }

  private revisedBySubject: Map<string, SummedSeries> | undefined;

  /** The revised series counting what a first-published series counts. */
  private revisedOf(series: FigureSeries): SummedSeries | undefined {
    this.revisedBySubject ??= new Map(this.summed.filter((s) => s.series.vintage === 'revised').map((s) => [TraceIndex.subjectKey(s.series), s]));
    return this.revisedBySubject.get(TraceIndex.subjectKey(series));
  }

  /** Whether two hits are the same figure in two vintages (same subject, months and statistic). */
  private sameFigure(a: Candidate, b: Candidate): boolean {
    const sa = this.seriesOf(a);
    const sb = this.seriesOf(b);
    return a.statistic === b.statistic && a.comparison === b.comparison
      && sa.start + a.i === sb.start + b.i && monthsOf(sa, a.length) === monthsOf(sb, b.length)
      && TraceIndex.subjectKey(sa) === TraceIndex.subjectKey(sb)
      && (a.statistic !== 'share' || this.shares[a.entry]!.spec.label === this.shares[b.entry]!.spec.label);
  }

  /** Each first-published hit is followed by today's revision of the same figure, when it is a hit too. */
  private revisedBesidePublished(ordered: Candidate[], all: readonly Candidate[], top: number): Candidate[] {
    if (!ordered.some((c) => this.seriesOf(c).vintage === 'first-published')) return ordered;
    const result: Candidate[] = [];
    for (const hit of ordered) {
      if (result.includes(hit)) continue;
      result.push(hit);
      if (this.seriesOf(hit).vintage !== 'first-published') continue;
      const revised = all.find((other) => this.seriesOf(other).vintage === 'revised' && this.sameFigure(hit, other));
      if (revised && !result.includes(revised)) result.push(revised);
    }
    return result.slice(0, top);
  }

  private seriesOf(c: Candidate): FigureSeries {
    return c.statistic === 'share' ? this.shares[c.entry]!.spec.part : this.summed[c.entry]!.series;
  }

  private compare(a: Candidate, b: Candidate): number {
    if (Math.abs(a.score - b.score) > 1e-9) return a.score - b.score;
    if (a.weight !== b.weight) return a.weight - b.weight;
    if (Math.abs(a.distance - b.distance) > 1e-9) return a.distance - b.distance;
    const sa = this.seriesOf(a);
    const sb = this.seriesOf(b);
    if (sa.vintage !== sb.vintage) return sa.vintage === 'first-published' ? -1 : 1;
    if (sa.subject.salience !== sb.subject.salience) return sa.subject.salience - sb.subject.salience;
    const ka = PERIOD_ORDER[periodKindOf(sa.start + a.i, monthsOf(sa, a.length))];
    const kb = PERIOD_ORDER[periodKindOf(sb.start + b.i, monthsOf(sb, b.length))];
    if (ka !== kb) return ka - kb;
    if (a.length !== b.length) return a.length - b.length;
    return sb.start + b.i - (sa.start + a.i);
  }

  private describe(c: Candidate, target: TraceTarget): TraceHit {
    const series = this.seriesOf(c);
    const range = describeRange(series.start + c.i, monthsOf(series, c.length));
    const subject = series.subject;
    let description: string;
    let comparedWith: TraceHit['comparedWith'] = null;
    let shareOf: TraceHit['shareOf'] = null;
    let sources = series.vintage === 'first-published' ? rangeSources(series, c.i, c.length) : [];
    let coverage = rangeCoverage(series, c.i, c.length);
    if (c.statistic === 'figure') {
      description = `${subject.label}, ${range.words}`;
    } else if (c.statistic === 'share') {
      const { whole, spec } = this.shares[c.entry]!;
      const shift = series.start - whole.series.start;
      description = `${spec.label}, ${range.words}`;
      const { region, component, citizenship, drug } = whole.series.subject;
      shareOf = { region, component, citizenship, drug };
      if (whole.series.vintage === 'first-published') sources = mergeSources(sources, rangeSources(whole.series, c.i + shift, c.length));
      coverage = worseCoverage(coverage, rangeCoverage(whole.series, c.i + shift, c.length));
    } else {
      const back = c.comparison === 'previous-month' ? 1 : 12;
      const before = describeRange(series.start + c.i - back, c.length);
      comparedWith = { from: before.from, to: before.to };
      const against = c.comparison === 'previous-month' ? before.words
        : c.length === 1 || range.kind === 'fiscal-year' || range.kind === 'calendar-year' ? before.words
        : `the same months a year before`;
      description = `Change in ${lowerFirst(subject.label)}, ${range.words} on ${against}`;
      if (series.vintage === 'first-published') sources = mergeSources(sources, rangeSources(series, c.i - back, c.length));
      coverage = worseCoverage(coverage, rangeCoverage(series, c.i - back, c.length));
    }
    let parts: number[] | null = null;
    let revised: number | null = null;
    if (series.vintage === 'first-published' && c.statistic === 'figure') {
      if (c.length > 1) parts = Array.from({ length: c.length }, (_, k) => series.values[c.i + k] ?? 0);
      const today = this.revisedOf(series);
      if (today) {
        const offset = series.start + c.i - today.series.start;
        const sum = today.sum(offset, monthsOf(series, c.length));
        revised = Number.isNaN(sum) ? null : sum;
      }
    }
    return {
      statistic: c.statistic,
      description,
      value: c.value,
      parts,
      revised,
      unit: c.statistic === 'figure' ? series.unit : 'percent',
      difference: c.difference,
      relativeDifference: target.value === 0 ? null : (c.difference / Math.abs(target.value)) * 100,
      vintage: series.vintage,
      sources,
      dataset: subject.dataset,
      region: subject.region,
      component: subject.component,
      citizenship: subject.citizenship,
      drug: subject.drug,
      from: range.from,
      to: range.to,
      months: range.months,
      periodKind: range.kind,
      comparedWith,
      shareOf,
      coverage,
    };
  }
}

/** The shape of a candidate figure, for callers that weigh or filter hits (article context). */
export interface HitShape {
  statistic: Statistic;
  /** The series summed (for a share, its part). */
  series: FigureSeries;
  share?: ShareSpec;
  comparison?: Comparison;
  /** Absolute month index of the first month, and the run length. */
  start: number;
  length: number;
}

export interface SearchOptions {
  /** How many hits to describe (all by default). */
  top?: number;
  /** A factor on a hit's ranking weight (below 1 ranks it closer). */
  weigh?: (shape: HitShape) => number;
  /** Only hits this accepts are kept. */
  accept?: (shape: HitShape) => boolean;
  /** Only series (for shares, their part) this accepts are searched at all: a cheap first cut. */
  series?: (series: FigureSeries, share?: ShareSpec) => boolean;
  /** closest (default), or largest value first: the figure a bound ("never more than") is about. */
  order?: 'closest' | 'largest';
}

/** The first `count` items in order: a full sort only when most of them are wanted. */
function firstOf<T>(items: T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count >= items.length / 4) return items.sort(compare).slice(0, count);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * Percentages are searched over the periods articles compare: single months, and runs from
 * October (fiscal year to date, fiscal year) or January (calendar year to date, calendar year).
 */
function longestPercentRun(monthIndex: number): number {
  const month = monthIndex % 12;
  return month === 9 || month === 0 ? MAX_RUN : 1;
}

/** How many runs of 1–12 consecutive months a series of n months holds. */
function runsIn(n: number): number {
  const full = Math.max(0, n - MAX_RUN + 1) * MAX_RUN;
  const tail = Math.min(n, MAX_RUN - 1);
  return full + (tail * (tail + 1)) / 2;
}

/** One search's running state: the hits inside the window and the closest figure outside it. */
class Scan {
  readonly hits: Candidate[] = [];
  nearest: Candidate | undefined;
  /** Distance of the closest figure outside the window while none lies inside. */
  nearestDistance = Infinity;
  compared = 0;
  private readonly unsigned: boolean;
  private readonly rounding: number;

  constructor(readonly target: TraceTarget, readonly window: SearchWindow, private readonly options: SearchOptions) {
    this.unsigned = target.unit === 'percent' && !target.signed;
    this.rounding = target.precision / 2 + 1e-9;
  }

  private readonly skipped = new Map<FigureSeries | ShareSpec, boolean>();

  /** Whether a caller's series filter leaves this series out (asked once per series). */
  skips(series: FigureSeries, share?: ShareSpec): boolean {
    if (this.options.series === undefined) return false;
    const key = share ?? series;
    let skip = this.skipped.get(key);
    if (skip === undefined) this.skipped.set(key, (skip = !this.options.series(series, share)));
    return skip;
  }

  /** Cheap pre-check for percentages: inside the window, or closer than anything so far. */
  worthOffering(value: number, change: boolean): boolean {
    const compared = this.unsigned && change ? Math.abs(value) : value;
    if (compared >= this.window.low && compared <= this.window.high) return true;
    return this.hits.length === 0 && Math.abs(compared - this.target.value) < this.nearestDistance;
  }

  offer(series: FigureSeries, statistic: Statistic, entry: number, i: number, length: number, value: number, comparison?: Comparison, share?: ShareSpec): void {
    // An unsigned percentage ("35%") matches a rise or a fall of that size.
    const compared = this.unsigned && statistic === 'change' ? Math.abs(value) : value;
    const inside = compared >= this.window.low && compared <= this.window.high;
    const difference = compared - this.target.value;
    const distance = Math.abs(difference);
    if (!inside && (this.hits.length > 0 || distance >= this.nearestDistance)) return;
    let weight = 1;
    if (inside) {
      weight = series.subject.weight * PERIOD_WEIGHTS[periodKindOf(series.start + i, monthsOf(series, length))];
      if (this.options.weigh || this.options.accept) {
        const shape: HitShape = { statistic, series, start: series.start + i, length: monthsOf(series, length) };
        if (share) shape.share = share;
        if (comparison) shape.comparison = comparison;
        if (this.options.accept && !this.options.accept(shape)) return;
        if (this.options.weigh) weight *= this.options.weigh(shape);
      }
    }
    // A figure that rounds to the number as written matches it exactly; beyond that, weighted distance.
    const score = weight * Math.max(0, distance - this.rounding);
    const candidate: Candidate = { statistic, entry, i, length, value, distance, score, weight, difference };
    if (comparison) candidate.comparison = comparison;
    if (inside) this.hits.push(candidate);
    else {
      this.nearest = candidate;
      this.nearestDistance = distance;
    }
  }
}

function mergeSources(a: PublishedSource[], b: PublishedSource[]): PublishedSource[] {
  const merged = [...a];
  for (const source of b) if (!merged.some((s) => s.url === source.url && s.released === source.released)) merged.push(source);
  return merged.sort((x, y) => (x.released < y.released ? -1 : x.released > y.released ? 1 : 0));
}

/** "Nationwide encounters" → "nationwide encounters"; proper names (Southwest, LSD) keep their capital. */
function lowerFirst(text: string): string {
  const first = text.slice(0, text.search(/[\s,(]|$/));
  return ['Southwest', 'Northern', 'LSD', 'OFO', 'CBP'].includes(first) ? text : text[0]!.toLowerCase() + text.slice(1);
}
