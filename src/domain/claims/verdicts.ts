// Verdicts, their order, and how readings and parts combine.
//
// Order, best to worst: accurate, mostly-accurate, unverifiable, misleading, inaccurate.
// A claim the data cannot decide is not as bad as one the data contradicts, so `--fail-on
// inaccurate` (the default) passes unverifiable claims and `--fail-on unverifiable` fails every
// claim that is not at least mostly accurate.
import { VERDICTS, type Verdict } from '../../data/claim-vocabulary.js';

export const FAIL_ON_CHOICES = [...VERDICTS, 'never'] as const;
export type FailOn = (typeof FAIL_ON_CHOICES)[number];

export function severity(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (severity(v) > severity(worst) ? v : worst), 'accurate');
}

const HOLDS: readonly Verdict[] = ['accurate', 'mostly-accurate'];
const FAILS: readonly Verdict[] = ['misleading', 'inaccurate'];

/**
 * Readings are alternative meanings of one claim. When some hold and others fail, the claim is
 * misleading (a reader cannot tell which is meant). Otherwise the claim gets the worst of them.
 */
export function combineReadings(verdicts: readonly Verdict[]): { verdict: Verdict; disagree: boolean } {
  const disagree = verdicts.some((v) => HOLDS.includes(v)) && verdicts.some((v) => FAILS.includes(v));
  return { verdict: disagree ? 'misleading' : worstVerdict(verdicts), disagree };
}

/** Whether a verdict makes `check` exit 1 under --fail-on. */
export function failsAt(verdict: Verdict, failOn: FailOn): boolean {
  return failOn !== 'never' && severity(verdict) >= severity(failOn);
}
