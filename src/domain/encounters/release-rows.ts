// One month's figure in every release that holds it, oldest first, with the day each was
// published: how CBP's figure for the month moved from its first publication to today's files.
import type { PublishedFigure } from '../../data/published-figure-schemas.js';
import type { Release } from '../../data/release-schemas.js';
import type { ReleaseFigureRow } from '../../data/schemas.js';
import { monthLongLabel, type MonthKey } from '../periods.js';
import { formatCount } from '../words.js';

export interface ReleaseRow {
  release: string;
  kind: 'monthly-update' | 'data-file';
  published: string;
  dateBasis: 'documented' | 'approximate';
  count: number;
  /** This release's figure minus the dataset's figure today. */
  differenceFromCurrent: number | null;
  source: string | null;
  /** A published figure read on a page that is not CBP's: the CBP release that page reproduces. */
  repostOf: string | null;
}

export function monthAcrossReleases(
  month: MonthKey,
  region: 'southwest' | 'nationwide',
  figures: readonly ReleaseFigureRow[],
  published: readonly PublishedFigure[],
  registry: readonly Release[],
  current: number | null,
): { rows: ReleaseRow[]; notes: string[] } {
  const diff = (value: number) => (current === null ? null : value - current);
  const rows: ReleaseRow[] = [];
  for (const figure of published) {
    const plain = figure.dataset === 'encounters' && (figure.filters.region ?? 'southwest') === region && (figure.filters.component ?? 'all') === 'all'
      && Object.keys(figure.filters).every((k) => k === 'region' || k === 'component');
    if (!plain || figure.period.from !== month || figure.period.to !== month) continue;
    const entry = registry.find((r) => r.title === figure.release);
    rows.push({
      release: figure.release, kind: 'monthly-update',
      published: entry?.published ?? figure.releaseDate, dateBasis: entry?.dateBasis ?? (figure.releaseDate.length === 10 ? 'documented' : 'approximate'),
      count: figure.value, differenceFromCurrent: diff(figure.value), source: figure.sourceUrl, repostOf: figure.repostOf?.title ?? null,
    });
  }
  for (const row of figures) {
    if (row.month !== month || row.region !== region) continue;
    const entry = registry.find((r) => r.files.includes(row.release));
    rows.push({
      release: entry?.title ?? row.release, kind: 'data-file',
      published: entry?.published ?? '', dateBasis: entry?.dateBasis ?? 'approximate',
      count: row.total, differenceFromCurrent: diff(row.total), source: row.release, repostOf: null,
    });
  }
  rows.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  const notes: string[] = [];
  const first = rows[0];
  if (first && current !== null) {
    const moved = first.count === current ? 'unchanged since' : `${formatCount(current)} in the dataset today (${current - first.count > 0 ? '+' : '−'}${formatCount(Math.abs(current - first.count))})`;
    notes.push(`${monthLongLabel(month)}: first published as ${formatCount(first.count)} ${first.dateBasis === 'documented' ? 'on' : 'about'} ${first.published} (${first.release}); ${moved}.`);
  }
  if (rows.some((r) => r.dateBasis === 'approximate')) notes.push('Dates marked ~ are approximate: the release registry (data/releases.json) says how each was estimated.');
  return { rows, notes };
}
