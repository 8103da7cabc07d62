import { describe, expect, it } from 'vitest';
import { inferPrecision } from '../../../src/domain/claims/precision.js';
import { addOverride, NO_OVERRIDES, parseToleranceSpec, resolveTolerance } from '../../../src/domain/claims/tolerance.js';

describe('precision from how a number is written', () => {
  it('is the unit of the last written digit', () => {
    expect(inferPrecision(80)).toBe(1);
    expect(inferPrecision(242418)).toBe(1);
    expect(inferPrecision(19.5)).toBe(0.1);
    expect(inferPrecision(0.25)).toBe(0.01);
    expect(inferPrecision(-12.75)).toBe(0.01);
    expect(inferPrecision(1e-7)).toBeCloseTo(1e-7, 15);
  });
});

describe('tolerances', () => {
  it('parses relative, points and absolute tolerances', () => {
    expect(parseToleranceSpec('5%')).toMatchObject({ amount: 5, kind: 'relative' });
    expect(parseToleranceSpec('2pp')).toMatchObject({ amount: 2, kind: 'points' });
    expect(parseToleranceSpec('1000')).toMatchObject({ amount: 1000, kind: 'absolute' });
    expect(parseToleranceSpec('five')).toBeUndefined();
    expect(parseToleranceSpec('-1%')).toBeUndefined();
  });
  it('uses the documented defaults: 5% for about on counts, 2 points on percentages', () => {
    expect(resolveTolerance('about', 'encounters', 617865, NO_OVERRIDES)).toMatchObject({ source: 'default', width: 30893.25 });
    expect(resolveTolerance('about', 'percent', 20, NO_OVERRIDES)).toMatchObject({ source: 'default', width: 2 });
    expect(resolveTolerance('exact', 'percent', 55, NO_OVERRIDES).width).toBe(1);
  });
  it('keeps a default in points below a tenth of a small claimed percentage', () => {
    expect(resolveTolerance('about', 'percent', 1.4, NO_OVERRIDES).width).toBeCloseTo(0.14, 12);
    expect(resolveTolerance('exact', 'percent', 8, NO_OVERRIDES).width).toBeCloseTo(0.8, 12);
    expect(resolveTolerance('about', 'percent', 1.4, addOverride(NO_OVERRIDES, 'about', parseToleranceSpec('2pp')!)).width).toBe(2);
  });

  it('lets the command line override a default and a claim override both', () => {
    const overrides = addOverride(NO_OVERRIDES, 'about', parseToleranceSpec('10%')!);
    expect(resolveTolerance('about', 'encounters', 1000, overrides)).toMatchObject({ source: 'command line', width: 100 });
    expect(resolveTolerance('about', 'percent', 20, overrides)).toMatchObject({ source: 'command line', width: 2 });
    expect(resolveTolerance('about', 'percent', 20, overrides, '1pp')).toMatchObject({ source: 'claim', width: 1 });
  });
  it('applies points only to percentages and absolute amounts only to other units', () => {
    const points = addOverride(NO_OVERRIDES, 'nearly', parseToleranceSpec('3pp')!);
    expect(resolveTolerance('nearly', 'percent', 80, points).width).toBe(3);
    expect(resolveTolerance('nearly', 'encounters', 1000, points).source).toBe('default');
    const amount = addOverride(NO_OVERRIDES, 'nearly', parseToleranceSpec('500')!);
    expect(resolveTolerance('nearly', 'encounters', 1000, amount).width).toBe(500);
    expect(resolveTolerance('nearly', 'percent', 80, amount).source).toBe('default');
  });
});
