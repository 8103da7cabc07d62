// The periods of a claims file (a month, a fiscal year or its first months, a calendar year,
// a range) as months, and in words.
import type { ClaimPeriod, ClaimPeriodSet } from '../../data/claim-schemas.js';
import { fiscalYearOf, monthKey, monthLongLabel, monthsBetween, MONTH_NAMES, splitMonth, type MonthKey } from '../periods.js';

export function monthsOfPeriod(period: ClaimPeriod): MonthKey[] {
  if (period.month !== undefined) return [period.month];
  if (period.fiscalYear !== undefined) return monthsBetween(monthKey(period.fiscalYear - 1, 10), period.through ?? monthKey(period.fiscalYear, 9));
  if (period.calendarYear !== undefined) return monthsBetween(monthKey(period.calendarYear, 1), monthKey(period.calendarYear, 12));
  return monthsBetween(period.from!, period.to!);
}

/** "November 2023", "FY2024 through November 2023", "FY2023", "calendar year 2023", "October–November 2023". */
export function describePeriod(period: ClaimPeriod): string {
  if (period.month !== undefined) return monthLongLabel(period.month);
  if (period.fiscalYear !== undefined) {
    return period.through === undefined || period.through === monthKey(period.fiscalYear, 9)
      ? `FY${period.fiscalYear}`
      : `FY${period.fiscalYear} to date (${describeRange(monthKey(period.fiscalYear - 1, 10), period.through)})`;
  }
  if (period.calendarYear !== undefined) return `calendar year ${period.calendarYear}`;
  return describeRange(period.from!, period.to!);
}

/** "October–November 2023", "November 2023", "October 2023 – March 2024". */
export function describeRange(first: MonthKey, last: MonthKey): string {
  if (first === last) return monthLongLabel(first);
  const a = splitMonth(first);
  const b = splitMonth(last);
  if (a.year === b.year) return `${MONTH_NAMES[a.month - 1]}–${MONTH_NAMES[b.month - 1]} ${a.year}`;
  return `${monthLongLabel(first)} – ${monthLongLabel(last)}`;
}

export type PeriodUnit = 'month' | 'fiscal-year' | 'calendar-year';

/** A period of a set: its label and months. */
export interface SetPeriod {
  label: string;
  months: MonthKey[];
}

/** The months of a set (within the given span), grouped into the periods compared. */
export function periodsOfSet(set: ClaimPeriodSet, span: { first: MonthKey; last: MonthKey }): SetPeriod[] {
  const months = monthsBetween(span.first, span.last).filter((key) => inSet(key, set));
  return groupMonths(months, set.per ?? 'month');
}

export function inSet(key: MonthKey, set: ClaimPeriodSet): boolean {
  const { year, month } = splitMonth(key);
  const fiscalYear = fiscalYearOf(key);
  if (set.monthOfYear !== undefined && month !== set.monthOfYear) return false;
  if (set.fiscalYears?.from !== undefined && fiscalYear < set.fiscalYears.from) return false;
  if (set.fiscalYears?.to !== undefined && fiscalYear > set.fiscalYears.to) return false;
  if (set.calendarYears?.from !== undefined && year < set.calendarYears.from) return false;
  if (set.calendarYears?.to !== undefined && year > set.calendarYears.to) return false;
  if (set.from !== undefined && key < set.from) return false;
  if (set.to !== undefined && key > set.to) return false;
  return true;
}

export function groupMonths(months: readonly MonthKey[], unit: PeriodUnit): SetPeriod[] {
  // Labels are words for the few periods shown; ranks compare hundreds, so they are made on demand.
  if (unit === 'month') return months.map((key) => ({ months: [key], get label() { return monthLongLabel(key); } }));
  const groups = new Map<string, MonthKey[]>();
  for (const key of months) {
    const label = unit === 'fiscal-year' ? `FY${fiscalYearOf(key)}` : String(splitMonth(key).year);
    groups.set(label, [...(groups.get(label) ?? []), key]);
  }
  return [...groups].map(([label, group]) => ({ label, months: group }));
}

/** "the Novembers of FY2000–FY2021", "every month from October 2019", in words. */
export function describeSet(set: ClaimPeriodSet): string {
  const unit = set.per ?? 'month';
  const noun = set.monthOfYear !== undefined ? `${MONTH_NAMES[set.monthOfYear - 1]}s` : unit === 'month' ? 'months' : unit === 'fiscal-year' ? 'fiscal years' : 'calendar years';
  const limits: string[] = [];
  const years = (range: { from?: number | undefined; to?: number | undefined }, prefix: string) =>
    range.from !== undefined && range.to !== undefined ? `${prefix}${range.from}–${prefix}${range.to}`
      : range.from !== undefined ? `${prefix}${range.from} on` : `up to ${prefix}${range.to}`;
  if (set.fiscalYears) limits.push(`of fiscal years ${years(set.fiscalYears, 'FY')}`);
  if (set.calendarYears) limits.push(`of calendar years ${years(set.calendarYears, '')}`);
  if (set.from !== undefined) limits.push(`from ${monthLongLabel(set.from)}`);
  if (set.to !== undefined) limits.push(`to ${monthLongLabel(set.to)}`);
  return `the ${noun}${limits.length ? ` ${limits.join(' ')}` : ''}`;
}
