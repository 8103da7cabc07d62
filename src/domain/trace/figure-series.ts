// What `trace` searches: monthly series of figures (one per region, component, citizenship, drug
// and vintage), each with prefix sums so any run of consecutive months sums in constant time.
import type { Coverage } from '../../data/vocabulary.js';

export type FigureUnit = 'encounters' | 'pounds' | 'events';

/** Where one month's first-published figure comes from. */
export interface PublishedSource {
  release: string;
  /** YYYY-MM-DD, or YYYY-MM where only the month is known. */
  released: string;
  url: string;
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
  /** One value per consecutive month; null where the data has no figure. */
  values: readonly (number | null)[];
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

/** A series ready for search: prefix sums of values and of gaps. */
export class SummedSeries {
  readonly prefix: Float64Array;
  readonly gaps: Int32Array;
  /** Vintage series: prefix count of months published in the vintage's own release. */
  readonly own: Int32Array | undefined;
  readonly length: number;

  constructor(readonly series: FigureSeries) {
    const n = series.values.length;
    this.length = n;
    this.prefix = new Float64Array(n + 1);
    this.gaps = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const value = series.values[i];
      this.prefix[i + 1] = this.prefix[i]! + (value ?? 0);
      this.gaps[i + 1] = this.gaps[i]! + (value === null || value === undefined ? 1 : 0);
    }
    const release = series.release;
    if (release) {
      this.own = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) this.own[i + 1] = this.own[i]! + (series.sources?.[i]?.released === release.released ? 1 : 0);
    }
  }

  /** Whether a run is this series' own (always, except for repeats in a later vintage). */
  ownsRun(i: number, length: number): boolean {
    return this.own === undefined || this.own[i + length] !== this.own[i];
  }

  /** The sum of `length` months from offset `i`, or NaN when a month has no figure. */
  sum(i: number, length: number): number {
    if (i < 0 || i + length > this.length || this.gaps[i + length] !== this.gaps[i]) return Number.NaN;
    return this.prefix[i + length]! - this.prefix[i]!;
  }

  /** Offset of an absolute month index in this series (may fall outside it). */
  offsetOf(monthIndex: number): number {
    return monthIndex - this.series.start;
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
