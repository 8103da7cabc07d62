// Every qualifier at its boundaries, on synthetic values: where accurate ends, where mostly
// accurate ends, and which side of each edge is open.
import { describe, expect, it } from 'vitest';
import { judgeRecord, verdictAt, verdictOver, type NumericClaim } from '../../../src/domain/claims/qualifiers.js';

const claim = (qualifier: NumericClaim['qualifier'], value: number, precision = 1): NumericClaim => ({ qualifier, value, precision });

describe('exact: rounds to the claimed value at its precision', () => {
  const eighty = claim('exact', 80);
  it('"80%" is accurate on [79.5, 80.5)', () => {
    expect(verdictAt(79.5, eighty, 1)).toBe('accurate');
    expect(verdictAt(80.4999, eighty, 1)).toBe('accurate');
    expect(verdictAt(80.5, eighty, 1)).toBe('mostly-accurate');
    expect(verdictAt(79.4999, eighty, 1)).toBe('mostly-accurate');
  });
  it('is mostly accurate within the tolerance and inaccurate beyond it', () => {
    expect(verdictAt(81, eighty, 1)).toBe('mostly-accurate');
    expect(verdictAt(79, eighty, 1)).toBe('mostly-accurate');
    expect(verdictAt(81.0001, eighty, 1)).toBe('inaccurate');
    expect(verdictAt(78.9999, eighty, 1)).toBe('inaccurate');
  });
  it('"242,418" means that integer', () => {
    const count = claim('exact', 242418);
    expect(verdictAt(242418, count, 0)).toBe('accurate');
    expect(verdictAt(242417, count, 0)).toBe('inaccurate');
    expect(verdictAt(242399, count, 2424.18)).toBe('mostly-accurate');
  });
  it('honours a coarser precision: "1.5 million" to the nearest 100,000', () => {
    const million = claim('exact', 1_500_000, 100_000);
    expect(verdictAt(1_450_000, million, 0)).toBe('accurate');
    expect(verdictAt(1_549_999, million, 0)).toBe('accurate');
    expect(verdictAt(1_550_000, million, 0)).toBe('inaccurate');
  });
  it('is not fooled by floating-point noise at a written boundary', () => {
    expect(verdictAt(0.1 + 0.2 + 79.2, eighty, 0)).toBe('accurate'); // 79.5000000000001 or 79.49999999
    expect(verdictAt(19.45, claim('exact', 19.5, 0.1), 0)).toBe('accurate');
  });
  it('rounds negative values half up, like the written number', () => {
    const drop = claim('exact', -12);
    expect(verdictAt(-12.5, drop, 0)).toBe('accurate');
    expect(verdictAt(-11.5, drop, 0)).toBe('inaccurate');
  });
});

describe('about / approximately / roughly', () => {
  const twenty = claim('about', 20);
  it('is accurate within the tolerance, both edges closed', () => {
    expect(verdictAt(18, twenty, 2)).toBe('accurate');
    expect(verdictAt(22, twenty, 2)).toBe('accurate');
  });
  it('is mostly accurate within twice the tolerance', () => {
    expect(verdictAt(17.99, twenty, 2)).toBe('mostly-accurate');
    expect(verdictAt(24, twenty, 2)).toBe('mostly-accurate');
    expect(verdictAt(24.01, twenty, 2)).toBe('inaccurate');
    expect(verdictAt(15.99, twenty, 2)).toBe('inaccurate');
  });
  it('is accurate when the value rounds to the claim even with no tolerance', () => {
    expect(verdictAt(20.4, twenty, 0)).toBe('accurate');
    expect(verdictAt(20.5, twenty, 0)).toBe('inaccurate');
  });
});

describe('nearly / almost / just under', () => {
  const eighty = claim('nearly', 80);
  it('is accurate just below the claimed value, down to the tolerance', () => {
    expect(verdictAt(78, eighty, 2)).toBe('accurate');
    expect(verdictAt(79.99, eighty, 2)).toBe('accurate');
  });
  it('is mostly accurate when it rounds to the claimed value instead of falling short', () => {
    expect(verdictAt(80, eighty, 2)).toBe('mostly-accurate');
    expect(verdictAt(80.49, eighty, 2)).toBe('mostly-accurate');
  });
  it('is inaccurate above the claimed value beyond rounding', () => {
    expect(verdictAt(80.5, eighty, 2)).toBe('inaccurate');
  });
  it('is mostly accurate down to twice the tolerance, inaccurate below', () => {
    expect(verdictAt(77.99, eighty, 2)).toBe('mostly-accurate');
    expect(verdictAt(76, eighty, 2)).toBe('mostly-accurate');
    expect(verdictAt(75.99, eighty, 2)).toBe('inaccurate');
  });
});

describe('bounds', () => {
  it('more than / over: strictly above; mostly accurate within the tolerance below', () => {
    const c = claim('more-than', 80000);
    expect(verdictAt(80001, c, 800)).toBe('accurate');
    expect(verdictAt(80000, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(79200.5, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(79200, c, 800)).toBe('inaccurate');
  });
  it('at least: the claimed value itself is accurate', () => {
    const c = claim('at-least', 80000);
    expect(verdictAt(80000, c, 800)).toBe('accurate');
    expect(verdictAt(79999, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(79200, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(79199, c, 800)).toBe('inaccurate');
  });
  it('less than / under: strictly below', () => {
    const c = claim('less-than', 80000);
    expect(verdictAt(79999, c, 800)).toBe('accurate');
    expect(verdictAt(80000, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(80799, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(80800, c, 800)).toBe('inaccurate');
  });
  it('at most / never more than: the claimed value itself is accurate', () => {
    const c = claim('at-most', 80000);
    expect(verdictAt(80000, c, 800)).toBe('accurate');
    expect(verdictAt(80001, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(80800, c, 800)).toBe('mostly-accurate');
    expect(verdictAt(80801, c, 800)).toBe('inaccurate');
    expect(verdictAt(174845, c, 800)).toBe('inaccurate');
  });
});

describe('record / highest / busiest', () => {
  it('is accurate at rank 1, mostly accurate within the tolerance of the record, else inaccurate', () => {
    expect(judgeRecord(1, 242399, 242399, 2424)).toBe('accurate');
    expect(judgeRecord(2, 250000, 252315, 2523.15)).toBe('mostly-accurate');
    expect(judgeRecord(3, 242399, 269735, 2697.35)).toBe('inaccurate');
  });
});

describe('a value known only as a lower bound (Border Patrol standing in for a total)', () => {
  it('decides a claim the lower bound already settles', () => {
    expect(verdictOver(90000, Infinity, claim('more-than', 80000), 800)).toBe('accurate');
    expect(verdictOver(90000, Infinity, claim('at-most', 80000), 800)).toBe('inaccurate');
    expect(verdictOver(90000, Infinity, claim('exact', 80000), 800)).toBe('inaccurate');
  });
  it('leaves undecided a claim the missing part could change', () => {
    expect(verdictOver(76196, Infinity, claim('at-most', 80000), 800)).toBe('unverifiable');
    expect(verdictOver(76196, Infinity, claim('exact', 76196), 0)).toBe('unverifiable');
    expect(verdictOver(79000, Infinity, claim('more-than', 80000), 800)).toBe('unverifiable');
  });
  it('decides a bounded range that stays inside one region', () => {
    expect(verdictOver(100, 104, claim('about', 100), 5)).toBe('accurate');
    expect(verdictOver(100, 106, claim('about', 100), 5)).toBe('unverifiable');
  });
});

describe('qualifier words', () => {
  it('map every synonym onto its qualifier', async () => {
    const { canonicalQualifier, QUALIFIER_WORDS } = await import('../../../src/data/claim-vocabulary.js');
    expect(['approximately', 'roughly', 'around'].map(canonicalQualifier)).toEqual(['about', 'about', 'about']);
    expect(['almost', 'just-under'].map(canonicalQualifier)).toEqual(['nearly', 'nearly']);
    expect(['over', 'above'].map(canonicalQualifier)).toEqual(['more-than', 'more-than']);
    expect(['under', 'below', 'fewer-than'].map(canonicalQualifier)).toEqual(['less-than', 'less-than', 'less-than']);
    expect(['never-more-than', 'no-more-than'].map(canonicalQualifier)).toEqual(['at-most', 'at-most']);
    expect(['highest', 'busiest', 'most', 'lowest', 'fewest'].map(canonicalQualifier)).toEqual(Array(5).fill('record'));
    expect(QUALIFIER_WORDS.every((word) => canonicalQualifier(word) !== undefined)).toBe(true);
  });
});
