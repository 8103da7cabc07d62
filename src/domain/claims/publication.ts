// When CBP's figures for a month became public, so that rank and record claims are judged with
// the months published by the article's date. A month's release date is taken from the
// first-published figures where one is on file; otherwise CBP is assumed to have published it by
// the end of the following month (its monthly updates come out mid-month).
import type { PublishedFigure } from '../../data/published-figure-schemas.js';
import { addMonths, splitMonth, type MonthKey } from '../periods.js';

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

/** The date by which a month's figures were public. */
export function monthPublishedOn(key: MonthKey, figures: readonly PublishedFigure[]): string {
  const dates = figures.filter((f) => f.period.from === key && f.period.to === key).map((f) => releasedBy(f.releaseDate)).sort();
  return dates[0] ?? lastDayOf(addMonths(key, 1));
}

export function monthPublishedBy(key: MonthKey, asOf: string, figures: readonly PublishedFigure[]): boolean {
  return monthPublishedOn(key, figures) <= asOf;
}
