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

export function monthPublishedBy(key: MonthKey, asOf: string, figures: readonly PublishedFigure[]): boolean {
  return publishedBy(asOf, figures)(key);
}

/** A test of many months at once: was the month public by asOf? */
export function publishedBy(asOf: string, figures: readonly PublishedFigure[]): (key: MonthKey) => boolean {
  const dates = releaseDates(figures);
  // A month two or more months before asOf's month was public by then unless a later release date is on file.
  const settled = addMonths(asOf.slice(0, 7), -1);
  return (key) => {
    const known = dates.get(key);
    if (known !== undefined) return known <= asOf;
    return key < settled || lastDayOf(addMonths(key, 1)) <= asOf;
  };
}

// The earliest release date of each month that has a first-published figure (computed once per list).
const DATES = new WeakMap<readonly PublishedFigure[], Map<MonthKey, string>>();
function releaseDates(figures: readonly PublishedFigure[]): Map<MonthKey, string> {
  let dates = DATES.get(figures);
  if (!dates) {
    dates = new Map();
    for (const f of figures) {
      if (f.period.from !== f.period.to) continue;
      const date = releasedBy(f.releaseDate);
      const current = dates.get(f.period.from);
      if (current === undefined || date < current) dates.set(f.period.from, date);
    }
    DATES.set(figures, dates);
  }
  return dates;
}
