// Runs of consecutive months named as a reader would: "November 2023", "fiscal year 2023",
// "October–November 2023 (FY2024 to date)".
import { MONTH_NAMES, monthKey, type MonthKey } from '../periods.js';

export type PeriodKind = 'month' | 'fiscal-year' | 'fiscal-year-to-date' | 'calendar-year' | 'calendar-year-to-date' | 'months';

export interface MonthRange {
  from: MonthKey;
  to: MonthKey;
  months: number;
  kind: PeriodKind;
  /** "October–November 2023 (FY2024 to date)" */
  words: string;
  /** The shortest name: "Nov 2023", "FY2023", "2023", "Oct–Nov 2023". */
  short: string;
}

export function monthIndexOf(key: MonthKey): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

export function monthKeyAt(index: number): MonthKey {
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

const yearOf = (index: number) => Math.floor(index / 12);
const calendarMonthOf = (index: number) => (index % 12) + 1;
const name = (index: number) => MONTH_NAMES[index % 12]!;
const abbreviation = (index: number) => name(index).slice(0, 3);

export function periodKindOf(start: number, length: number): PeriodKind {
  const first = calendarMonthOf(start);
  if (length === 1) return 'month';
  if (first === 10) return length === 12 ? 'fiscal-year' : 'fiscal-year-to-date';
  if (first === 1) return length === 12 ? 'calendar-year' : 'calendar-year-to-date';
  return 'months';
}

/** `length` months starting at absolute month index `start`. */
export function describeRange(start: number, length: number): MonthRange {
  const end = start + length - 1;
  const fiscalYear = calendarMonthOf(start) >= 10 ? yearOf(start) + 1 : yearOf(start);
  const span = (label: (i: number) => string) => (length === 1
    ? `${label(start)} ${yearOf(start)}`
    : yearOf(start) === yearOf(end)
      ? `${label(start)}–${label(end)} ${yearOf(end)}`
      : `${label(start)} ${yearOf(start)}–${label(end)} ${yearOf(end)}`);
  const words = span(name);
  const base = { from: monthKeyAt(start), to: monthKeyAt(end), months: length };
  const kind = periodKindOf(start, length);
  switch (kind) {
    case 'month': return { ...base, kind, words, short: span(abbreviation) };
    case 'fiscal-year': return { ...base, kind, words: `fiscal year ${fiscalYear} (${words})`, short: `FY${fiscalYear}` };
    case 'calendar-year': return { ...base, kind, words: `calendar year ${yearOf(start)}`, short: String(yearOf(start)) };
    case 'fiscal-year-to-date': return { ...base, kind, words: `${words} (FY${fiscalYear} to date)`, short: `FY${fiscalYear} to ${abbreviation(end)}` };
    case 'calendar-year-to-date': return { ...base, kind, words: `${words} (${yearOf(start)} to date)`, short: `${yearOf(start)} to ${abbreviation(end)}` };
    case 'months': return { ...base, kind, words, short: span(abbreviation) };
  }
}
