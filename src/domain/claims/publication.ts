// Whether CBP had published a month by the date claims are judged at: one rule, the publication
// calendar's (src/domain/releases/calendar.ts), for ranks, records and "not yet published".
import type { PublicationCalendar } from '../releases/calendar.js';
import type { MonthKey } from '../periods.js';

export { lastDayOf, releasedBy } from '../releases/calendar.js';

export function monthPublishedBy(key: MonthKey, asOf: string, calendar: PublicationCalendar): boolean {
  return calendar(key).date <= asOf;
}

/** A test of many months at once: was the month public by asOf? */
export function publishedBy(asOf: string, calendar: PublicationCalendar): (key: MonthKey) => boolean {
  return (key) => calendar(key).date <= asOf;
}
