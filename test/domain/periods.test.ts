import { describe, expect, it } from 'vitest';
import { addMonths, fiscalYearOf, monthOfFiscal, parseMonthSelector, satisfiable } from '../../src/domain/periods.js';

describe('periods', () => {
  it('puts October–December in the next fiscal year', () => {
    expect(fiscalYearOf('2023-10')).toBe(2024);
    expect(fiscalYearOf('2023-11')).toBe(2024);
    expect(fiscalYearOf('2023-09')).toBe(2023);
  });

  it('maps fiscal months to calendar months', () => {
    expect(monthOfFiscal(2000, 1)).toBe('1999-10');
    expect(monthOfFiscal(2024, 2)).toBe('2023-11');
    expect(monthOfFiscal(2024, 12)).toBe('2024-09');
  });

  it('reads every spelling of a month', () => {
    for (const text of ['nov', 'November', 'NOV', '11']) expect(parseMonthSelector(text)).toEqual({ kind: 'month-of-year', month: 11 });
    expect(parseMonthSelector('2023-11')).toEqual({ kind: 'month', month: '2023-11' });
    expect(() => parseMonthSelector('novembr')).toThrow("did you mean 'nov'?");
    expect(() => parseMonthSelector('13')).toThrow('is not a month');
  });

  it('adds months across years', () => {
    expect(addMonths('2023-11', -12)).toBe('2022-11');
    expect(addMonths('2023-12', 1)).toBe('2024-01');
  });

  it('detects filters no month can satisfy', () => {
    expect(satisfiable({ month: { kind: 'month', month: '2023-11' }, fiscalYears: { first: 2020, last: 2020 } })).toBe(false);
    expect(satisfiable({ month: { kind: 'month', month: '2023-11' }, fiscalYears: { first: 2024, last: 2024 } })).toBe(true);
    expect(satisfiable({ month: { kind: 'month-of-year', month: 11 }, from: '2023-01', to: '2023-10' })).toBe(false);
  });
});
