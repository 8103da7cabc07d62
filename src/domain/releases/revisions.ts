// How far CBP's monthly figures move after they are published, measured from the data: each
// month's figure in every release file that holds it (the overlapping state and by-component
// files), and every documented published figure (authored/published-figures.json) against the
// dataset's figure today, per month and figure kind. CBP revised FY2020–FY2021 figures by percents
// and recent ones by hundredths of one, so a month's allowance is the largest move of its kind
// within a year of it. A claim within the allowance of today's figure is judged as CBP's figure at
// the time, never as a misquote.
import type { PublishedFigure } from '../../data/published-figure-schemas.js';
import type { ReleaseFigureRow } from '../../data/schemas.js';
import { monthLongLabel, type MonthKey } from '../periods.js';

/** The figures whose revisions are measured: CBP's monthly totals as its updates print them. */
export const REVISION_KINDS = ['southwest', 'southwest-usbp', 'southwest-ofo', 'nationwide', 'northern'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export const REVISION_KIND_WORDS: Readonly<Record<RevisionKind, string>> = {
  southwest: 'Southwest totals',
  'southwest-usbp': 'Southwest Border Patrol figures',
  'southwest-ofo': 'Southwest OFO figures',
  nationwide: 'nationwide totals',
  northern: 'northern border totals',
};

export interface Revision {
  month: MonthKey;
  kind: RevisionKind;
  earlier: number;
  later: number;
  /** |later − earlier| ÷ later. */
  relative: number;
  /** Where the two figures come from, in words. */
  between: string;
  /** Two release files, or a published figure (by vintage) against today's. */
  basis: 'release-files' | 'first-published' | 'restated';
}

/** Moves observed this many months either side of a month count for its allowance. */
export const ALLOWANCE_WINDOW_MONTHS = 12;

export interface RevisionAllowance {
  kind: RevisionKind;
  /** The largest relative move observed: a fraction (0.0009 = 0.09%). */
  relative: number;
  /** The move that set it. */
  largest: Revision;
  /** How many month figures were compared. */
  compared: number;
  /** within-a-year: moves of this kind within ALLOWANCE_WINDOW_MONTHS of the months; kind: none were, so every move of the kind. */
  scope: 'within-a-year' | 'kind';
}

export interface RevisionDistribution {
  kind: RevisionKind;
  compared: number;
  /** Fractions of today's figure. */
  median: number;
  p90: number;
  max: number;
  /** The months of the largest moves, largest first (at most five). */
  largest: Revision[];
}

/** The kind of figure a set of encounter filters names, or undefined when it is not one CBP's updates print. */
export function revisionKind(filters: { region?: string; component?: string } & Record<string, unknown>): RevisionKind | undefined {
  if (!Object.keys(filters).every((k) => k === 'region' || k === 'component')) return undefined;
  const region = filters.region ?? 'southwest';
  const component = filters.component ?? 'all';
  if (region === 'southwest') return component === 'all' ? 'southwest' : component === 'usbp' ? 'southwest-usbp' : component === 'ofo' ? 'southwest-ofo' : undefined;
  if (component !== 'all') return undefined;
  return region === 'nationwide' ? 'nationwide' : region === 'northern' ? 'northern' : undefined;
}

/** Every revision observed: pairs of release files holding the same month, and published figures against today's. */
export function observedRevisions(
  rows: readonly ReleaseFigureRow[],
  figures: readonly PublishedFigure[],
  current: (kind: RevisionKind, month: MonthKey) => number | null,
): Revision[] {
  const byMonth = new Map<string, ReleaseFigureRow[]>();
  for (const row of rows) {
    const key = `${row.month}|${row.region}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
  }
  const revisions: Revision[] = [];
  for (const list of byMonth.values()) {
    if (list.length < 2) continue;
    const low = list.reduce((a, b) => (b.total < a.total ? b : a));
    const high = list.reduce((a, b) => (b.total > a.total ? b : a));
    revisions.push({ month: low.month, kind: low.region, earlier: high.total, later: low.total, relative: Math.abs(high.total - low.total) / low.total, between: `${high.release} and ${low.release}`, basis: 'release-files' });
  }
  for (const figure of figures) {
    // A rounded figure ("approximately 46,610") moves by its rounding, not by a revision.
    if (figure.dataset !== 'encounters' || figure.rounding !== undefined || figure.period.from !== figure.period.to) continue;
    const kind = revisionKind(figure.filters);
    if (!kind) continue;
    const now = current(kind, figure.period.from);
    if (now === null || now === 0) continue;
    revisions.push({ month: figure.period.from, kind, earlier: figure.value, later: now, relative: Math.abs(figure.value - now) / now, between: `${figure.release} (${figure.releaseDate}) and the dataset today`, basis: figure.vintage });
  }
  return revisions;
}

/**
 * The allowance for a kind of figure over months from–to: the largest move of that kind observed
 * within a year of them, or of the kind at all when none was; null when the kind was never observed.
 */
export function revisionAllowance(revisions: readonly Revision[], kind: RevisionKind, from: MonthKey, to: MonthKey): RevisionAllowance | null {
  const ofKind = revisions.filter((r) => r.kind === kind);
  if (ofKind.length === 0) return null;
  const near = ofKind.filter((r) => monthsApart(r.month, from) >= -ALLOWANCE_WINDOW_MONTHS && monthsApart(r.month, to) <= ALLOWANCE_WINDOW_MONTHS);
  const pool = near.length > 0 ? near : ofKind;
  const largest = pool.reduce((a, r) => (r.relative > a.relative ? r : a));
  return { kind, relative: largest.relative, largest, compared: pool.length, scope: near.length > 0 ? 'within-a-year' : 'kind' };
}

/** Months from b to a (a − b). */
function monthsApart(a: MonthKey, b: MonthKey): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (ya - yb) * 12 + (ma - mb);
}

/** Median, 90th percentile (nearest rank) and maximum of the moves, per kind (pass the moves to describe). */
export function revisionDistributions(revisions: readonly Revision[]): RevisionDistribution[] {
  return REVISION_KINDS.flatMap((kind) => {
    const list = revisions.filter((r) => r.kind === kind).sort((a, b) => a.relative - b.relative);
    if (list.length === 0) return [];
    const at = (q: number) => list[Math.max(0, Math.ceil(q * list.length) - 1)]!.relative;
    const middle = list.length % 2 === 1 ? list[(list.length - 1) / 2]!.relative : (list[list.length / 2 - 1]!.relative + list[list.length / 2]!.relative) / 2;
    return [{ kind, compared: list.length, median: middle, p90: at(0.9), max: list[list.length - 1]!.relative, largest: [...list].reverse().slice(0, 5) }];
  });
}

/** "April 2020: 16,789 and 17,106" */
export function revisionWords(revision: Revision): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `${monthLongLabel(revision.month)}: ${n(revision.earlier)} and ${n(revision.later)}`;
}
