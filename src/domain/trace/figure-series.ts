// What `trace` searches: monthly series of figures (one per region, component, citizenship, drug
// and vintage), each with prefix sums so any run of consecutive months sums in constant time.
import type { Coverage } from '../../data/vocabulary.js';

export type FigureUnit = 'encounters' | 'pounds' | 'events';

/** Where one month's first-published figure comes from. */
export interface PublishedSource {
  release: string;
  /** YYYY-MM-DD, or YYYY-MM where only the month is known. */
  released: string;
  /** The page the figure was read on. */
  url: string;
  /** When that page is not CBP's: the CBP release it reproduces (CBP's URL only where the page states it). */
  repostOf: { title: string; url: string | null } | null;
}

export interface Subject {
  dataset: 'encounters' | 'seizures';
  region: string;
  /** usbp, ofo, total (encounters), or the seizure components summed ("ofo+usbp"). */
  component: string;
  citizenship: string | null;
  drug: string | null;
  /** "Southwest land border encounters" */
  label: string;
  /** Order among equally close hits: lower first (region totals before components before detail). */
  salience: number;
  /**
   * How much farther a hit on this subject ranks than a headline figure equally close: 1 for region
   * totals, more for components and detail (a coincidence there is likelier: there are more of them).
   */
  weight: number;
}

export interface FigureSeries {
  id: string;
  subject: Subject;
  unit: FigureUnit;
  vintage: 'revised' | 'first-published';
  /** Absolute month index (year × 12 + month − 1) of values[0]. */
  start: number;
  /** One value per consecutive month; null (or NaN, in a typed array) where the data has no figure. */
  values: ArrayLike<number | null>;
  /**
   * Months each value covers: 1 (the default) for monthly series; more for a figure published for
   * several months at once (a fiscal year, a year to date), whose series holds that one value.
   */
  cellMonths?: number;
  /** How each month's figure was obtained (encounters only). */
  coverage?: readonly Coverage[];
  /** First-published series: each month's source. */
  sources?: readonly (PublishedSource | null)[];
  /**
   * First-published series: the release this vintage stands for (each month's latest figure as of
   * it). Only runs with a month first published in this release are its own; the others repeat
   * an earlier vintage.
   */
  release?: PublishedSource;
}

/** A month's figure is known: not null, and not NaN (how typed arrays mark a missing month). */
export function isFigure(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && value === value;
}

/** The months `length` values of a series cover. */
export function monthsOf(series: FigureSeries, length: number): number {
  return length * (series.cellMonths ?? 1);
}

interface PrefixSums {
  prefix: Float64Array;
  gaps: Int32Array;
  own: Int32Array | undefined;
}

/**
 * A series ready for search: prefix sums of values and of gaps, computed on first use, and the
 * extent of its monthly figures, so a search can pass over a series no run of which can match.
 */
export class SummedSeries {
  readonly length: number;
  private sums: PrefixSums | undefined;
  private bounds: { largest: number; smallest: number } | undefined;

  constructor(readonly series: FigureSeries) {
    this.length = series.values.length;
  }

  get prefix(): Float64Array {
    return (this.sums ??= this.computeSums()).prefix;
  }

  get gaps(): Int32Array {
    return (this.sums ??= this.computeSums()).gaps;
  }

  /** Vintage series: prefix count of months published in the vintage's own release. */
  get own(): Int32Array | undefined {
    return (this.sums ??= this.computeSums()).own;
  }

  /** The largest and smallest monthly figure (−Infinity and Infinity when it has none). */
  extent(): { largest: number; smallest: number } {
    if (!this.bounds) {
      let largest = -Infinity;
      let smallest = Infinity;
      const values = this.series.values;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!isFigure(value)) continue;
        if (value > largest) largest = value;
        if (value < smallest) smallest = value;
      }
      this.bounds = { largest, smallest };
    }
    return this.bounds;
  }

  private computeSums(): PrefixSums {
    const n = this.length;
    const values = this.series.values;
    const prefix = new Float64Array(n + 1);
    const gaps = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const value = values[i];
      const known = isFigure(value);
      prefix[i + 1] = prefix[i]! + (known ? value : 0);
      gaps[i + 1] = gaps[i]! + (known ? 0 : 1);
    }
    let own: Int32Array | undefined;
    const release = this.series.release;
    if (release) {
      own = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) own[i + 1] = own[i]! + (this.series.sources?.[i]?.released === release.released ? 1 : 0);
    }
    return { prefix, gaps, own };
  }

  /** Whether a run is this series' own (always, except for repeats in a later vintage). */
  ownsRun(i: number, length: number): boolean {
    const own = this.own;
    return own === undefined || own[i + length] !== own[i];
  }

  /** The sum of `length` months from offset `i`, or NaN when a month has no figure. */
  sum(i: number, length: number): number {
    const gaps = this.gaps;
    if (i < 0 || i + length > this.length || gaps[i + length] !== gaps[i]) return Number.NaN;
    return this.prefix[i + length]! - this.prefix[i]!;
  }
}

const COVERAGE_SEVERITY: readonly Coverage[] = ['exact', 'earlier-release', 'derived', 'rounded', 'derived-approx', 'unavailable'];

export function worseCoverage(a: Coverage, b: Coverage): Coverage {
  return COVERAGE_SEVERITY.indexOf(b) > COVERAGE_SEVERITY.indexOf(a) ? b : a;
}

/** The least exact coverage of the months in a range (exact when the series carries none). */
export function rangeCoverage(series: FigureSeries, i: number, length: number): Coverage {
  let worst: Coverage = 'exact';
  if (!series.coverage) return worst;
  for (let k = i; k < i + length; k++) {
    worst = worseCoverage(worst, series.coverage[k] ?? 'exact');
  }
  return worst;
}

/** The distinct sources behind a range of a first-published series, latest release last. */
export function rangeSources(series: FigureSeries, i: number, length: number): PublishedSource[] {
  const found: PublishedSource[] = [];
  for (let k = i; k < i + length; k++) {
    const source = series.sources?.[k];
    if (source && !found.some((s) => s.url === source.url && s.released === source.released)) found.push(source);
  }
  return found.sort((a, b) => (a.released < b.released ? -1 : a.released > b.released ? 1 : 0));
}
