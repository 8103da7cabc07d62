import { describe, expect, it } from 'vitest';
import { combineReadings, failsAt, worstVerdict } from '../../../src/domain/claims/verdicts.js';

describe('verdict order and combination', () => {
  it('takes the worst part: inaccurate beats unverifiable, unverifiable beats accurate', () => {
    expect(worstVerdict(['accurate', 'unverifiable'])).toBe('unverifiable');
    expect(worstVerdict(['unverifiable', 'inaccurate', 'accurate'])).toBe('inaccurate');
    expect(worstVerdict(['mostly-accurate', 'accurate'])).toBe('mostly-accurate');
    expect(worstVerdict(['misleading', 'unverifiable'])).toBe('misleading');
  });
  it('makes readings that disagree misleading', () => {
    expect(combineReadings(['accurate', 'inaccurate'])).toEqual({ verdict: 'misleading', disagree: true });
    expect(combineReadings(['mostly-accurate', 'misleading'])).toEqual({ verdict: 'misleading', disagree: true });
  });
  it('keeps the worst of readings that agree', () => {
    expect(combineReadings(['accurate', 'mostly-accurate'])).toEqual({ verdict: 'mostly-accurate', disagree: false });
    expect(combineReadings(['inaccurate', 'inaccurate'])).toEqual({ verdict: 'inaccurate', disagree: false });
    expect(combineReadings(['accurate', 'unverifiable'])).toEqual({ verdict: 'unverifiable', disagree: false });
  });
  it('fails at or beyond --fail-on, never with never', () => {
    expect(failsAt('inaccurate', 'inaccurate')).toBe(true);
    expect(failsAt('misleading', 'inaccurate')).toBe(false);
    expect(failsAt('unverifiable', 'inaccurate')).toBe(false);
    expect(failsAt('unverifiable', 'unverifiable')).toBe(true);
    expect(failsAt('misleading', 'unverifiable')).toBe(true);
    expect(failsAt('mostly-accurate', 'unverifiable')).toBe(false);
    expect(failsAt('accurate', 'accurate')).toBe(true);
    expect(failsAt('inaccurate', 'never')).toBe(false);
  });
});
