// What each qualifier means, as regions of the recomputed value around the claimed one.
// c = claimed value, p = its precision (rounding unit), t = the tolerance in the claim's unit.
//
//   exact      accurate: rounds to c at precision p, [c − p/2, c + p/2)   mostly: within t of c
//   about      accurate: within t of c (or rounds to c)                   mostly: within 2t
//   nearly     accurate: in [c − t, c)                                    mostly: in [c − 2t, c), or rounds to c
//   more-than  accurate: > c                                              mostly: > c − t
//   at-least   accurate: ≥ c                                              mostly: ≥ c − t
//   less-than  accurate: < c                                              mostly: < c + t
//   at-most    accurate: ≤ c                                              mostly: ≤ c + t
//   within     accurate: |v| ≤ c                                          mostly: |v| ≤ c + t
// Anything else is inaccurate. Record claims are judged on ranks (see judgeRecord).
import type { Qualifier } from '../../data/claim-vocabulary.js';

export type NumericVerdict = 'accurate' | 'mostly-accurate' | 'inaccurate';

export interface NumericClaim {
  value: number;
  qualifier: Exclude<Qualifier, 'record'>;
  precision: number;
}

// Values computed in floating point (78.84 = 191106 / 242399 × 100) land a hair off a written
// boundary; compare with a margin far below any printed digit.
const margin = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
const atLeast = (a: number, b: number) => a >= b - margin(b);
const atMost = (a: number, b: number) => a <= b + margin(b);
const below = (a: number, b: number) => a < b - margin(b);
const above = (a: number, b: number) => a > b + margin(b);

function roundsTo(v: number, c: number, p: number): boolean {
  return atLeast(v, c - p / 2) && below(v, c + p / 2);
}

function within(v: number, c: number, width: number): boolean {
  return atLeast(v, c - width) && atMost(v, c + width);
}

/** The verdict for one recomputed value. */
export function verdictAt(v: number, claim: NumericClaim, t: number): NumericVerdict {
  const { value: c, precision: p } = claim;
  const verdict = (accurate: boolean, mostly: boolean): NumericVerdict => (accurate ? 'accurate' : mostly ? 'mostly-accurate' : 'inaccurate');
  switch (claim.qualifier) {
    case 'exact': return verdict(roundsTo(v, c, p), within(v, c, t));
    case 'about': return verdict(within(v, c, t) || roundsTo(v, c, p), within(v, c, 2 * t));
    case 'nearly': return verdict(atLeast(v, c - t) && below(v, c), (atLeast(v, c - 2 * t) && below(v, c)) || roundsTo(v, c, p));
    case 'more-than': return verdict(above(v, c), above(v, c - t));
    case 'at-least': return verdict(atLeast(v, c), atLeast(v, c - t));
    case 'less-than': return verdict(below(v, c), below(v, c + t));
    case 'at-most': return verdict(atMost(v, c), atMost(v, c + t));
    // "within 1% of April's total": the size of the value, whichever its sign.
    case 'within': return verdict(atMost(Math.abs(v), c), atMost(Math.abs(v), c + t));
  }
}

/**
 * The verdict when the data only bounds the value, low ≤ v ≤ high (high = Infinity when a
 * Border Patrol count stands in for a total that also has OFO encounters): decided only when
 * every value in the range gets the same verdict.
 */
export function verdictOver(low: number, high: number, claim: NumericClaim, t: number): NumericVerdict | 'unverifiable' {
  if (low === high) return verdictAt(low, claim, t);
  const { value: c, precision: p } = claim;
  const edges = [c, c - p / 2, c + p / 2, c - t, c + t, c - 2 * t, c + 2 * t];
  const nudge = (x: number) => 1e3 * margin(x);
  const probes = [low, ...edges.flatMap((e) => [e - nudge(e), e, e + nudge(e)]).filter((x) => x > low && x < high)];
  probes.push(Number.isFinite(high) ? high : Math.max(low, ...edges) * 2 + 1);
  const first = verdictAt(low, claim, t);
  return probes.every((x) => verdictAt(x, claim, t) === first) ? first : 'unverifiable';
}

/**
 * A record claim: accurate when the period ranks first; mostly accurate when it falls short of
 * the record by no more than the tolerance; otherwise inaccurate.
 */
export function judgeRecord(rank: number, value: number, recordValue: number, t: number): NumericVerdict {
  if (rank === 1) return 'accurate';
  return Math.abs(recordValue - value) <= t + margin(t) ? 'mostly-accurate' : 'inaccurate';
}
