// How far CBP's monthly totals move after they are first published, measured from the data: each
// month's figure in every release that holds it (the overlapping state and by-component files),
// and each documented first-published figure against the dataset's figure today. A claim that
// quotes a figure within this allowance of today's is judged as CBP's figure at the time.
import type { PublishedFigure } from '../../data/published-figure-schemas.js';
import type { ReleaseFigureRow } from '../../data/schemas.js';
import type { MonthKey } from '../periods.js';

export interface Revision {
  month: MonthKey;
  region: 'southwest' | 'nationwide';
  earlier: number;
  later: number;
  /** |later − earlier| ÷ later. */
  relative: number;
  /** Where the two figures come from, in words. */
  between: string;
}

export interface RevisionAllowance {
  /** The largest relative move observed: a fraction (0.0009 = 0.09%). */
  relative: number;
  /** The move that set it. */
  largest: Revision | null;
  /** How many month figures were compared. */
  compared: number;
}

/** Every revision observed: pairs of releases holding the same month, and first-published figures against today's. */
export function observedRevisions(
  rows: readonly ReleaseFigureRow[],
  figures: readonly PublishedFigure[],
  current: (region: 'southwest' | 'nationwide', month: MonthKey) => number | null,
): Revision[] {
  const byMonth = new Map<string, ReleaseFigureRow[]>();
  for (const row of rows) {
    const key = `${row.month}|${row.region}`;
    byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
  }
  const revisions: Revision[] = [];
  for (const list of byMonth.values()) {
    const low = list.reduce((a, b) => (b.total < a.total ? b : a));
    const high = list.reduce((a, b) => (b.total > a.total ? b : a));
    if (list.length < 2) continue;
    revisions.push({ month: low.month, region: low.region, earlier: high.total, later: low.total, relative: Math.abs(high.total - low.total) / low.total, between: `${high.release} and ${low.release}` });
  }
  for (const figure of figures) {
    const region = figure.filters.region ?? 'southwest';
    const plain = figure.dataset === 'encounters' && (figure.filters.component ?? 'all') === 'all' && Object.keys(figure.filters).every((k) => k === 'region' || k === 'component');
    if (!plain || (region !== 'southwest' && region !== 'nationwide') || figure.period.from !== figure.period.to) continue;
    const now = current(region, figure.period.from);
    if (now === null || now === 0) continue;
    revisions.push({ month: figure.period.from, region, earlier: figure.value, later: now, relative: Math.abs(figure.value - now) / now, between: `${figure.release} (${figure.releaseDate}) and the dataset today` });
  }
  return revisions;
}

export function revisionAllowance(revisions: readonly Revision[]): RevisionAllowance {
  const largest = revisions.reduce<Revision | null>((a, r) => (a === null || r.relative > a.relative ? r : a), null);
  return { relative: largest?.relative ?? 0, largest, compared: revisions.length };
}
