// The day each data month was first published, the one rule behind every "had CBP published it
// by the article's date?" decision (rank, record, and "not yet published" → unverifiable):
//   1. the release registry's monthly update for that month, where it has one;
//   2. else the earliest release date of a first-published figure for that month;
//   3. else the last day of the following month (CBP's monthly updates come out by then), or the
//      earliest registry release holding the month if that is earlier.
// Rules 1 and 2 give a day only as exact as its source (the registry marks approximate days).
import type { PublishedFigure } from '../../data/published-figure-schemas.js';
import type { Release } from '../../data/release-schemas.js';
import { addMonths, splitMonth, type MonthKey } from '../periods.js';

export interface MonthPublication {
  /** YYYY-MM-DD. */
  date: string;
  basis: 'documented' | 'approximate';
  /** The release it was first published in, when known. */
  release: string | null;
}

export type PublicationCalendar = (month: MonthKey) => MonthPublication;

/** The last day of a month, as YYYY-MM-DD. */
export function lastDayOf(key: MonthKey): string {
  const { year, month } = splitMonth(key);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${key}-${String(day).padStart(2, '0')}`;
}

/** A release date known to the day, or only to the month (then: by the end of that month). */
export function releasedBy(releaseDate: string): string {
  return releaseDate.length === 7 ? lastDayOf(releaseDate) : releaseDate;
}

export function publicationCalendar(releases: readonly Release[], figures: readonly PublishedFigure[]): PublicationCalendar {
  const updates = new Map<MonthKey, Release>();
  for (const release of releases) {
    if (release.kind !== 'monthly-update') continue;
    const current = updates.get(release.dataThrough);
    if (!current || release.published < current.published) updates.set(release.dataThrough, release);
  }
  const figureDates = new Map<MonthKey, PublishedFigure>();
  for (const figure of figures) {
    if (figure.period.from !== figure.period.to) continue;
    const current = figureDates.get(figure.period.from);
    if (!current || releasedBy(figure.releaseDate) < releasedBy(current.releaseDate)) figureDates.set(figure.period.from, figure);
  }
  const cache = new Map<MonthKey, MonthPublication>();
  return (month) => {
    let found = cache.get(month);
    if (found) return found;
    const update = updates.get(month);
    const figure = figureDates.get(month);
    if (update) found = { date: update.published, basis: update.dateBasis, release: update.title };
    else if (figure) found = { date: releasedBy(figure.releaseDate), basis: figure.releaseDate.length === 10 ? 'documented' : 'approximate', release: figure.release };
    else {
      let date = lastDayOf(addMonths(month, 1));
      let release: string | null = null;
      for (const r of releases) {
        if (r.dataThrough >= month && r.published < date) {
          date = r.published;
          release = r.title;
        }
      }
      found = { date, basis: 'approximate', release };
    }
    cache.set(month, found);
    return found;
  };
}

/** Whether a month was public by a date (YYYY-MM-DD). */
export function publishedOn(calendar: PublicationCalendar, asOf: string): (month: MonthKey) => boolean {
  return (month) => calendar(month).date <= asOf;
}
