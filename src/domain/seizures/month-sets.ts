// A set of months in words, for table headers and notes: "Nov 2023", "FY2024", "Oct 2023–Mar 2024".
import { fiscalYearOf, monthLabel, monthsBetween, splitMonth, type MonthKey } from '../periods.js';

export function describeMonths(months: readonly MonthKey[]): string {
  const sorted = [...months].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return 'no months';
  if (sorted.length === 1) return monthLabel(first);
  const contiguous = monthsBetween(first, last).length === sorted.length;
  if (!contiguous) return `${sorted.length} months, ${monthLabel(first)}–${monthLabel(last)}`;
  if (sorted.length === 12 && splitMonth(first).month === 10) return `FY${fiscalYearOf(first)}`;
  return `${monthLabel(first)}–${monthLabel(last)}`;
}
