// Scans a text: finds every number, and traces each count and percentage in the data with the
// window its qualifier allows, ranking hits by how well they fit what the sentence says.
import { combinedCitizenshipSeries } from '../trace/encounter-series.js';
import type { FigureSeries } from '../trace/figure-series.js';
import { TraceIndex, type HitShape, type ShareSpec, type TraceHit } from '../trace/trace-index.js';
import { searchWindow, type SearchWindow, type Tolerance, type TraceTarget } from '../trace/target.js';
import { claimContexts, contextFit, runFit, subjectFit, type ClaimContext } from './context.js';
import { findNumbers, type FoundNumber } from './numbers.js';
import type { QualifierKind } from './qualifiers.js';

/** At most this many counts and percentages are traced: beyond it a text is not an article. */
export const MAX_TRACED = 200;
/** At most this many numbers are listed: a longer list is not a report anyone reads. */
export const MAX_LISTED = 2000;

/** How far a qualifier lets the figure lie from the number written (relative; see docs/trace.md). */
export const QUALIFIER_SPANS = { about: 0.05, nearly: 0.05, bound: 0.2 } as const;

export interface ScannedNumber {
  found: FoundNumber;
  context: ClaimContext | null;
  /** Whether the number was searched for (counts and percentages, up to MAX_TRACED). */
  traced: boolean;
  window: SearchWindow | null;
  /** The best figures inside the window, best fit first. */
  matches: TraceHit[];
  /** How many figures lie inside the window. */
  inWindow: number;
  /** The figure that best fits every fact the sentence states, wherever it lies (null: none). */
  fittingFigure: TraceHit | null;
  /** A figure fitting the sentence lies inside the window: the claim recomputes. Null when not traced. */
  recomputed: boolean | null;
}

export interface TraceCatalog {
  series: FigureSeries[];
  shares: ShareSpec[];
  citizenships: string[];
}

export interface ScanOptions {
  tolerance: Tolerance;
  /** Matches listed per number. */
  top: number;
}

export function traceTargetOf(found: FoundNumber): TraceTarget {
  return { written: found.text, value: found.value, unit: found.kind === 'percent' ? 'percent' : 'count', precision: found.precision, signed: false };
}

/**
 * The values a claim's qualifier lets the figure take. Exact: the default trace window (0.5% or
 * the rounding as written); about: ±5%; nearly: up to 5% below; more than / at least: up to 20%
 * above; less than / at most: up to 20% below. An explicit --tolerance applies to every number.
 */
export function claimWindow(target: TraceTarget, qualifier: QualifierKind, tolerance: Tolerance): SearchWindow {
  const exact = searchWindow(target, tolerance);
  if (tolerance.kind !== 'default' || qualifier === 'exact') return exact;
  const v = target.value;
  const rounding = target.precision / 2;
  switch (qualifier) {
    case 'about': return { low: Math.min(exact.low, v * (1 - QUALIFIER_SPANS.about)), high: Math.max(exact.high, v * (1 + QUALIFIER_SPANS.about)) };
    case 'nearly': return { low: Math.min(exact.low, v * (1 - QUALIFIER_SPANS.nearly)), high: v + rounding };
    case 'more-than':
    case 'at-least': return { low: v - rounding, high: v * (1 + QUALIFIER_SPANS.bound) };
    case 'less-than':
    case 'at-most': return { low: v * (1 - QUALIFIER_SPANS.bound), high: v + rounding };
  }
}

/** Conflicts push a hit far down; each agreeing fact pulls it up. */
function weighFor(context: ClaimContext) {
  return (shape: HitShape) => {
    const fit = contextFit(context, shape);
    return 10 ** fit.conflicts * 0.5 ** fit.matches;
  };
}

/** A search that keeps only figures agreeing with every fact the sentence states. */
function fullFit(context: ClaimContext) {
  return {
    series: (series: FigureSeries) => subjectFit(context, series.subject).full,
    accept: (shape: HitShape) => runFit(context, shape).full,
  };
}

/**
 * The figure that best fits every fact the sentence states, wherever it lies. Counts are searched
 * in the claim's window first, then wider (a tenth, a half, anywhere): every run of months of a
 * fitting series lies somewhere, and the narrow searches usually settle it. A bound ("never more
 * than 80,000 in November") is about the largest fitting figure: single months where the sentence
 * names a month of the year.
 */
function fittingFigure(index: TraceIndex, target: TraceTarget, window: SearchWindow, found: FoundNumber, context: ClaimContext): TraceHit | null {
  const fit = fullFit(context);
  const unbounded = { low: -Infinity, high: Infinity };
  if (found.qualifierKind === 'at-most' || found.qualifierKind === 'less-than') {
    const months = context.monthsOfYear ? (shape: HitShape) => shape.length === 1 && fit.accept(shape) : fit.accept;
    return index.search(target, unbounded, { top: 1, series: fit.series, accept: months, order: 'largest' }).hits[0] ?? null;
  }
  const size = Math.max(Math.abs(target.value), target.precision);
  const windows: SearchWindow[] = target.unit === 'percent' ? [] : [
    window,
    { low: Math.min(window.low, target.value - size * 0.1), high: Math.max(window.high, target.value + size * 0.1) },
    { low: Math.min(window.low, target.value - size * 0.5), high: Math.max(window.high, target.value + size * 0.5) },
  ];
  for (const wider of [...windows, unbounded]) {
    const hit = index.search(target, wider, { top: 1, ...fit }).hits[0];
    if (hit) return hit;
  }
  return null;
}

export function scanText(text: string, catalog: TraceCatalog, options: ScanOptions): { numbers: ScannedNumber[]; untraced: number; unlisted: number } {
  const all = findNumbers(text);
  const found = all.slice(0, MAX_LISTED);
  const quantities = found.filter((n) => n.kind === 'count' || n.kind === 'percent');
  const traced = new Set(quantities.slice(0, MAX_TRACED));
  const contexts = claimContexts(text, found, catalog.citizenships, traced);
  const base = new TraceIndex(catalog.series, catalog.shares);
  const extended = new Map<string, TraceIndex>();
  const indexFor = (context: ClaimContext) => {
    if (context.citizenships.length < 2) return base;
    const key = [...context.citizenships].sort().join('+');
    if (!extended.has(key)) {
      const extra = combinedCitizenshipSeries(catalog, context.citizenships);
      extended.set(key, base.extend(extra.series, extra.shares));
    }
    return extended.get(key)!;
  };
  const numbers = found.map((n, i): ScannedNumber => {
    const context = contexts[i];
    if (!context) {
      return { found: n, context: null, traced: false, window: null, matches: [], inWindow: 0, fittingFigure: null, recomputed: null };
    }
    const target = traceTargetOf(n);
    const window = claimWindow(target, n.qualifierKind, options.tolerance);
    const index = indexFor(context);
    const search = index.search(target, window, { top: options.top, weigh: weighFor(context) });
    const fitting = fittingFigure(index, target, window, n, context);
    const inside = (hit: TraceHit) => {
      const compared = hit.statistic === 'change' ? Math.abs(hit.value) : hit.value;
      // A bound holds when the largest fitting figure stays under it.
      if (n.qualifierKind === 'at-most' || n.qualifierKind === 'less-than') return compared <= window.high;
      return compared >= window.low && compared <= window.high;
    };
    return {
      found: n,
      context,
      traced: true,
      window,
      matches: search.hits,
      inWindow: search.found,
      fittingFigure: fitting,
      recomputed: fitting !== null && inside(fitting),
    };
  });
  return { numbers, untraced: quantities.length - traced.size, unlisted: all.length - found.length };
}
