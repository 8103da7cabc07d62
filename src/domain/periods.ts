// Calendar months, fiscal years and the period filters every command shares.
// Month keys are `YYYY-MM` calendar months; fiscal year FY N runs Oct N-1 to Sep N.
import { UsageError } from '../errors.js';
import { closest } from './suggest.js';

export type MonthKey = string;

export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function splitMonth(key: MonthKey): { year: number; month: number } {
  return { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

export function fiscalYearOf(key: MonthKey): number {
  const { year, month } = splitMonth(key);
  return month >= 10 ? year + 1 : year;
}

/** The calendar month of fiscal month `fiscalMonth` (1 = October) of FY `fiscalYear`. */
export function monthOfFiscal(fiscalYear: number, fiscalMonth: number): MonthKey {
  const calendarMonth = ((fiscalMonth + 8) % 12) + 1;
  return monthKey(calendarMonth >= 10 ? fiscalYear - 1 : fiscalYear, calendarMonth);
}

export function addMonths(key: MonthKey, delta: number): MonthKey {
  const { year, month } = splitMonth(key);
  const index = year * 12 + (month - 1) + delta;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

export function monthsBetween(first: MonthKey, last: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let key = first; key <= last; key = addMonths(key, 1)) months.push(key);
  return months;
}

/** "Nov 2023" */
export function monthLabel(key: MonthKey): string {
  const { year, month } = splitMonth(key);
  const abbreviation = MONTH_ABBREVIATIONS[month - 1]!;
  return `${abbreviation[0]!.toUpperCase()}${abbreviation.slice(1)} ${year}`;
}

/** "November 2023" */
export function monthLongLabel(key: MonthKey): string {
  const { year, month } = splitMonth(key);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** A `--month` value: one calendar month, or a month of the year in every year. */
export type MonthSelector = { kind: 'month'; month: MonthKey } | { kind: 'month-of-year'; month: number };

const MONTH_WORDS = [...MONTH_ABBREVIATIONS, ...MONTH_NAMES.map((name) => name.toLowerCase()), 'sept'];

export function parseMonthSelector(raw: string): MonthSelector {
  const text = raw.trim().toLowerCase();
  const exact = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (exact) {
    const month = Number(exact[2]);
    if (month >= 1 && month <= 12) return { kind: 'month', month: monthKey(Number(exact[1]), month) };
  } else if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    if (month >= 1 && month <= 12) return { kind: 'month-of-year', month };
  } else {
    const index = MONTH_WORDS.indexOf(text);
    if (index >= 0) return { kind: 'month-of-year', month: text === 'sept' ? 9 : (index % 12) + 1 };
  }
  const guess = closest(text, MONTH_WORDS);
  const suggestion = guess === undefined ? '' : `; did you mean '${MONTH_ABBREVIATIONS[guess === 'sept' ? 8 : MONTH_WORDS.indexOf(guess) % 12]}'?`;
  throw new UsageError(
    `'${raw}' is not a month${suggestion}`,
    'a month is nov, November, 11 (that month in every year) or 2023-11 (one month)',
  );
}

/** `2023-11` exactly, as `--from` and `--to` take. */
export function parseMonthKey(raw: string, option: string): MonthKey {
  const match = /^(\d{4})-(\d{1,2})$/.exec(raw.trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new UsageError(`${option} '${raw}' is not a month; use YYYY-MM, for example 2023-11`);
  }
  return monthKey(Number(match[1]), month);
}

export interface YearRange {
  first: number;
  last: number;
}

/** `2024` or `2020-2024` (also `FY2024`). */
export function parseYearRange(raw: string, option: string): YearRange {
  const match = /^(?:fy)?(\d{4})(?:\s*[-–]\s*(?:fy)?(\d{4}))?$/i.exec(raw.trim());
  if (!match) throw new UsageError(`${option} '${raw}' is not a year or a range of years; use 2024 or 2020-2024`);
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (last < first) throw new UsageError(`${option} '${raw}' runs backwards; use ${last}-${first}`);
  return { first, last };
}

export interface PeriodOptions {
  month?: string;
  fy?: string;
  year?: string;
  from?: string;
  to?: string;
}

/** The normalised period filter: which months a query covers (before clipping to the data). */
export interface PeriodFilter {
  month?: MonthSelector;
  fiscalYears?: YearRange;
  calendarYears?: YearRange;
  from?: MonthKey;
  to?: MonthKey;
}

export function parsePeriodOptions(options: PeriodOptions): PeriodFilter {
  const filter: PeriodFilter = {};
  if (options.month !== undefined) filter.month = parseMonthSelector(options.month);
  if (options.fy !== undefined) filter.fiscalYears = parseYearRange(options.fy, '--fy');
  if (options.year !== undefined) filter.calendarYears = parseYearRange(options.year, '--year');
  if (options.from !== undefined) filter.from = parseMonthKey(options.from, '--from');
  if (options.to !== undefined) filter.to = parseMonthKey(options.to, '--to');
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  }
  return filter;
}

export function matchesPeriod(key: MonthKey, filter: PeriodFilter): boolean {
  const { year, month } = splitMonth(key);
  if (filter.month) {
    if (filter.month.kind === 'month' ? key !== filter.month.month : month !== filter.month.month) return false;
  }
  if (filter.fiscalYears) {
    const fiscalYear = fiscalYearOf(key);
    if (fiscalYear < filter.fiscalYears.first || fiscalYear > filter.fiscalYears.last) return false;
  }
  if (filter.calendarYears && (year < filter.calendarYears.first || year > filter.calendarYears.last)) return false;
  if (filter.from && key < filter.from) return false;
  if (filter.to && key > filter.to) return false;
  return true;
}

/** The filter in words, for messages: "--month 2023-11 --fy 2020". */
export function describePeriodFilter(filter: PeriodFilter): string {
  const parts: string[] = [];
  if (filter.month) parts.push(`--month ${filter.month.kind === 'month' ? filter.month.month : MONTH_ABBREVIATIONS[filter.month.month - 1]}`);
  if (filter.fiscalYears) parts.push(`--fy ${rangeText(filter.fiscalYears)}`);
  if (filter.calendarYears) parts.push(`--year ${rangeText(filter.calendarYears)}`);
  if (filter.from) parts.push(`--from ${filter.from}`);
  if (filter.to) parts.push(`--to ${filter.to}`);
  return parts.join(' ');
}

function rangeText(range: YearRange): string {
  return range.first === range.last ? String(range.first) : `${range.first}-${range.last}`;
}

/**
 * The months a filter selects within the data's coverage. An empty selection is a usage error:
 * either the filters contradict each other, or they ask for months the data does not cover.
 */
export function selectMonths(filter: PeriodFilter, coverage: { first: MonthKey; last: MonthKey }, what: string): MonthKey[] {
  if (!satisfiable(filter)) {
    throw new UsageError(`the filters ${describePeriodFilter(filter)} conflict: no month satisfies them all`);
  }
  const months = monthsBetween(coverage.first, coverage.last).filter((key) => matchesPeriod(key, filter));
  if (months.length === 0) {
    throw new UsageError(
      `no ${what} data for ${describePeriodFilter(filter)}; the data covers ${monthLabel(coverage.first)} to ${monthLabel(coverage.last)}`,
    );
  }
  return months;
}

/** Whether any month at all meets every filter (independent of the data's coverage). */
export function satisfiable(filter: PeriodFilter): boolean {
  const lows: MonthKey[] = ['1000-01'];
  const highs: MonthKey[] = ['9999-12'];
  if (filter.month?.kind === 'month') lows.push(filter.month.month), highs.push(filter.month.month);
  if (filter.fiscalYears) lows.push(monthKey(filter.fiscalYears.first - 1, 10)), highs.push(monthKey(filter.fiscalYears.last, 9));
  if (filter.calendarYears) lows.push(monthKey(filter.calendarYears.first, 1)), highs.push(monthKey(filter.calendarYears.last, 12));
  if (filter.from) lows.push(filter.from);
  if (filter.to) highs.push(filter.to);
  const low = lows.reduce((a, b) => (a > b ? a : b));
  const high = highs.reduce((a, b) => (a < b ? a : b));
  if (low > high) return false;
  if (filter.month?.kind !== 'month-of-year') return true;
  const wanted = filter.month.month;
  for (let key = low, steps = 0; key <= high && steps < 12; key = addMonths(key, 1), steps++) {
    if (splitMonth(key).month === wanted) return true;
  }
  return false;
}
