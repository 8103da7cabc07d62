// Field parsers shared by every official file kind.
import { monthKey, type MonthKey } from '../domain/periods.js';
import { FieldError } from './row-errors.js';

const ABBREVIATIONS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `2024`, or `2026 (FYTD)` in the current year's rows: the leading four digits. */
export function parseFiscalYear(value: string, column: string): number {
  const match = /^\s*(\d{4})\b/.exec(value);
  if (!match) throw new FieldError(column, value, 'is not a fiscal year');
  return Number(match[1]);
}

/** The calendar month of a month abbreviation in fiscal year `fiscalYear` (Oct–Dec fall in the year before). */
export function monthInFiscalYear(fiscalYear: number, abbreviation: string, column: string): MonthKey {
  const index = ABBREVIATIONS.indexOf(abbreviation.trim().slice(0, 3).toUpperCase());
  if (index < 0) throw new FieldError(column, abbreviation, 'is not a month abbreviation');
  const month = index + 1;
  return monthKey(month >= 10 ? fiscalYear - 1 : fiscalYear, month);
}

/** A whole count; tolerates thousands separators as spreadsheets write them. */
export function parseCount(value: string, column: string): number {
  const text = value.trim().replace(/,/g, '');
  if (!/^\d+$/.test(text)) throw new FieldError(column, value, 'is not a whole count');
  return Number(text);
}

/** A non-negative decimal quantity such as pounds. */
export function parseQuantity(value: string, column: string): number {
  const text = value.trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) throw new FieldError(column, value, 'is not a non-negative number');
  return Number(text);
}

export function requireText(value: string, column: string): string {
  const text = value.trim();
  if (text === '') throw new FieldError(column, value, 'is empty');
  return text;
}
