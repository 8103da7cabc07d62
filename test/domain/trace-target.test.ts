import { describe, expect, it } from 'vitest';
import { parseNumeral, parseTolerance, parseTraceTarget, searchWindow } from '../../src/domain/trace/target.js';
import { UsageError } from '../../src/errors.js';

describe('the number trace reads', () => {
  it('reads counts with or without separators, and with k / m / million', () => {
    expect(parseTraceTarget('242,418')).toMatchObject({ value: 242418, unit: 'count', precision: 1 });
    expect(parseTraceTarget('242418')).toMatchObject({ value: 242418, unit: 'count', precision: 1 });
    expect(parseTraceTarget('483k')).toMatchObject({ value: 483000, precision: 1000 });
    expect(parseTraceTarget('1.2m')).toMatchObject({ value: 1200000, precision: 100000 });
    expect(parseTraceTarget('1.2 million')).toMatchObject({ value: 1200000, precision: 100000 });
    expect(parseTraceTarget('2,475,669')).toMatchObject({ value: 2475669 });
  });

  it('reads percentages, signed or not', () => {
    expect(parseTraceTarget('35%')).toMatchObject({ value: 35, unit: 'percent', precision: 1, signed: false });
    expect(parseTraceTarget('35.5%')).toMatchObject({ value: 35.5, precision: 0.1 });
    expect(parseTraceTarget('-35%')).toMatchObject({ value: -35, signed: true });
    expect(parseTraceTarget('+35 percent')).toMatchObject({ value: 35, signed: true, unit: 'percent' });
  });

  it('rejects what is not a number, with the reason', () => {
    expect(() => parseTraceTarget('abc')).toThrow(UsageError);
    expect(() => parseTraceTarget('24,24,18')).toThrow('commas must separate groups of three digits');
    expect(() => parseTraceTarget('12q')).toThrow("unknown suffix 'q'");
    expect(() => parseTraceTarget('-5')).toThrow('a count cannot be negative');
    expect(() => parseTraceTarget('$5')).toThrow('money');
    expect(() => parseTraceTarget('')).toThrow(UsageError);
    expect(() => parseTraceTarget('1.2.3')).toThrow(UsageError);
  });

  it('checks comma groups exactly', () => {
    expect(parseNumeral('1,234')).toEqual({ value: 1234, precision: 1 });
    expect(parseNumeral('1234,567')).toBeUndefined();
    expect(parseNumeral('1,23')).toBeUndefined();
    expect(parseNumeral('12.')).toBeUndefined();
  });
});

describe('the tolerance', () => {
  it('reads relative, absolute and exact tolerances', () => {
    expect(parseTolerance('1%')).toEqual({ kind: 'relative', fraction: 0.01 });
    expect(parseTolerance('0.005')).toEqual({ kind: 'relative', fraction: 0.005 });
    expect(parseTolerance('±100')).toEqual({ kind: 'absolute', amount: 100 });
    expect(parseTolerance('+-100')).toEqual({ kind: 'absolute', amount: 100 });
    expect(parseTolerance('+/-2')).toEqual({ kind: 'absolute', amount: 2 });
    expect(parseTolerance('0')).toEqual({ kind: 'absolute', amount: 0 });
    expect(parseTolerance('exact')).toEqual({ kind: 'absolute', amount: 0 });
  });

  it('refuses an ambiguous bare number and nonsense', () => {
    expect(() => parseTolerance('100')).toThrow('ambiguous');
    expect(() => parseTolerance('lots')).toThrow('is not a tolerance');
  });

  it('defaults to the wider of 0.5% and the rounding of the number as written', () => {
    expect(searchWindow(parseTraceTarget('200000'), { kind: 'default' })).toEqual({ low: 199000, high: 201000 });
    expect(searchWindow(parseTraceTarget('483k'), { kind: 'default' })).toEqual({ low: 480585, high: 485415 });
    expect(searchWindow(parseTraceTarget('1.2m'), { kind: 'default' })).toEqual({ low: 1150000, high: 1250000 });
    expect(searchWindow(parseTraceTarget('35%'), { kind: 'default' })).toEqual({ low: 34.5, high: 35.5 });
    expect(searchWindow(parseTraceTarget('242418'), { kind: 'absolute', amount: 0 })).toEqual({ low: 242418, high: 242418 });
    expect(searchWindow(parseTraceTarget('1000'), { kind: 'relative', fraction: 0.01 })).toEqual({ low: 990, high: 1010 });
  });
});
