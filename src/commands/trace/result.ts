// The result of `border-facts trace`: the hits of a search as rows, columns and notes. The rows
// are shared with `scan`, which lists the hits of each number it traces the same way.
import type { Dataset } from '../../data/dataset.js';
import { traceSources } from '../../data/trace-data.js';
import type { TraceHit, TraceSearch } from '../../domain/trace/trace-index.js';
import type { PublishedSource } from '../../domain/trace/figure-series.js';
import { describeTolerance, searchWindow, type SearchWindow, type Tolerance, type TraceTarget } from '../../domain/trace/target.js';
import { formatCount, formatDecimal } from '../../domain/words.js';
import type { Column, CommandResult } from '../../render/result.js';
import { sourcesOfFiles } from '../shared/sources-of.js';

export function traceResult(dataset: Dataset, target: TraceTarget, tolerance: Tolerance, top: number): CommandResult {
  const sources = traceSources(dataset);
  const window = searchWindow(target, tolerance);
  const search = sources.index.search(target, window, { top });
  return {
    command: 'trace',
    query: {
      number: target.written,
      value: target.value,
      unit: target.unit,
      tolerance: describeTolerance(tolerance),
      low: window.low,
      high: window.high,
      top,
    },
    columns: traceColumns(target, search.hits.some((hit) => hit.vintage === 'first-published')),
    rows: search.hits.map((hit, i) => hitRow(hit, i + 1)),
    notes: traceNotes(target, window, search, top),
    sources: sourcesOfFiles(dataset, sources.files),
    title: `Where ${target.written} comes from (${formatWindow(target, window)})`,
  };
}

export function hitRow(hit: TraceHit, rank: number): Record<string, unknown> {
  const latest = hit.sources[hit.sources.length - 1];
  return {
    rank,
    description: hit.description,
    value: hit.value,
    parts: hit.parts,
    unit: hit.unit,
    difference: hit.difference,
    relativeDifference: hit.relativeDifference,
    vintage: hit.vintage,
    released: latest?.released ?? null,
    revised: hit.revised,
    sources: hit.sources,
    statistic: hit.statistic,
    dataset: hit.dataset,
    region: hit.region,
    component: hit.component,
    citizenship: hit.citizenship,
    drug: hit.drug,
    from: hit.from,
    to: hit.to,
    months: hit.months,
    periodKind: hit.periodKind,
    comparedWith: hit.comparedWith,
    shareOf: hit.shareOf,
    coverage: hit.coverage,
  };
}

/** "revised" or "first published 2023-12-22". */
export function vintageWords(row: Record<string, unknown>): string {
  return row.vintage === 'first-published' ? `published ${String(row.released ?? '')}`.trimEnd() : 'revised';
}

/** The description, with the monthly figures of a first-published sum: "… = 240,986 + 242,418". */
export function figureWords(row: Record<string, unknown>): string {
  const parts = row.parts as number[] | null | undefined;
  return parts ? `${String(row.description)} = ${parts.map(formatCount).join(' + ')}` : String(row.description);
}

const COVERAGE_MARKERS: Record<string, string> = { rounded: '~', derived: '*', 'derived-approx': '~*', 'earlier-release': '^' };

function traceColumns(target: TraceTarget, published: boolean): Column[] {
  const percent = target.unit === 'percent';
  const decimals = Math.max(0, -Math.floor(Math.log10(target.precision) + 1e-9));
  return [
    { key: 'rank', header: '#', kind: 'rank' },
    { key: 'description', header: 'Figure', kind: 'text', value: figureWords },
    percent
      ? { key: 'value', header: 'Value', kind: 'percent', decimals: Math.max(1, decimals + 1) }
      : { key: 'value', header: 'Value', kind: 'count', decimals, marker: (row) => COVERAGE_MARKERS[String(row.coverage)] ?? '' },
    { key: 'difference', header: percent ? 'Diff (points)' : 'Difference', kind: 'number', decimals: percent ? Math.max(1, decimals + 1) : decimals },
    { key: 'relativeDifference', header: 'Relative', kind: 'change', decimals: 2 },
    { key: 'vintage', header: 'Vintage', kind: 'text', value: vintageWords },
    // Beside a first-published figure, the same figure in today's revised data.
    ...(published && !percent ? [{ key: 'revised', header: 'Revised now', kind: 'count', decimals } satisfies Column] : []),
    { key: 'unit', header: 'Unit', kind: 'text', machineOnly: true },
    { key: 'from', header: 'From', kind: 'text', machineOnly: true },
    { key: 'to', header: 'To', kind: 'text', machineOnly: true },
    { key: 'coverage', header: 'Coverage', kind: 'text', machineOnly: true },
    { key: 'url', header: 'URL', kind: 'text', machineOnly: true, value: (row) => (row.sources as { url: string }[]).map((s) => s.url).join(' ') || null },
    // A first-published figure read on a page that is not CBP's: the CBP release that page reproduces.
    { key: 'repostOf', header: 'Repost of', kind: 'text', machineOnly: true, value: (row) => (row.sources as PublishedSource[]).map((s) => s.repostOf?.title).filter((t) => t !== undefined).join('; ') || null },
  ];
}

export function formatTraceValue(target: TraceTarget, value: number): string {
  if (target.unit === 'percent') return `${formatDecimal(value, Math.max(1, -Math.floor(Math.log10(target.precision)) + 1))}%`;
  return formatDecimal(value, Math.max(0, -Math.floor(Math.log10(target.precision) + 1e-9)));
}

function formatWindow(target: TraceTarget, window: SearchWindow): string {
  if (window.low === window.high) return `exactly ${formatTraceValue(target, window.low)}`;
  const low = target.unit === 'count' ? Math.max(0, Math.ceil(window.low)) : window.low;
  const high = target.unit === 'count' ? Math.floor(window.high) : window.high;
  return `${formatTraceValue(target, low)} to ${formatTraceValue(target, high)}`;
}

function traceNotes(target: TraceTarget, window: SearchWindow, search: TraceSearch, top: number): string[] {
  const notes: string[] = [];
  const range = formatWindow(target, window);
  if (search.found === 0) {
    const nearest = search.nearest;
    notes.push(`No figure lies within ${range}.${nearest ? ` The closest is ${nearest.description}: ${formatTraceValue(target, nearest.value)} (${nearest.vintage}).` : ''}`);
  } else {
    const shown = search.found > top ? `; the first ${top === 1 ? 'is' : `${top} are`} shown (--top)` : '';
    notes.push(`${formatCount(search.found)} of ${formatCount(search.compared)} figures compared lie within ${range}${shown}. Closest first; a figure for an unusual run of months, a component, a citizenship or a drug counts as farther than an equally close total for a month, a fiscal year or a year to date.`);
  }
  if (target.unit === 'percent') {
    notes.push(`A percentage is searched among shares (Border Patrol or OFO of a region's total, a region of nationwide, a citizenship of its region, a drug of all drugs) and changes (on the month before; on the same months a year before)${target.signed ? '' : '; an unsigned percentage matches a rise or a fall'}.`);
  }
  if (search.hits.some((hit) => hit.vintage === 'first-published')) {
    notes.push('First-published figures are CBP\'s as released (release date and link in JSON); sums of months add a release\'s figures as a reader of that release could. CBP revises its counts after release.');
  }
  const flagged = new Set(search.hits.map((hit) => hit.coverage).filter((coverage) => coverage !== 'exact'));
  if (flagged.size > 0) {
    notes.push(`Coverage: ${[...flagged].map((coverage) => COVERAGE_WORDS[coverage] ?? coverage).join('; ')}.`);
  }
  return notes;
}

const COVERAGE_WORDS: Record<string, string> = {
  rounded: '~ Border Patrol figure from DHS OHSS, rounded to the nearest 10',
  derived: '* OFO derived as total − Border Patrol',
  'derived-approx': '~* OFO derived from a rounded Border Patrol figure (about ±5)',
  'earlier-release': '^ component split from an earlier release than the total',
};
