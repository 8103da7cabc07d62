// Tolerances: how far from the claimed value a recomputed value may be and still count as
// accurate (for about/nearly) or mostly accurate (for the others). Each qualifier has a
// documented default, overridden on the command line (--tolerance about=10%) and per claim.
import type { Qualifier, Unit } from '../../data/claim-vocabulary.js';
import { TOLERANCE_PATTERN } from '../../data/claim-vocabulary.js';

/** "5%" of the claimed value; "2pp" percentage points; "1000" in the claim's own unit. */
export interface ToleranceSpec {
  amount: number;
  kind: 'relative' | 'points' | 'absolute';
  text: string;
}

export type ToleranceSource = 'default' | 'command line' | 'claim';

export interface Tolerance extends ToleranceSpec {
  source: ToleranceSource;
  /** The tolerance in the claim's unit, for this claimed value. */
  width: number;
}

export function parseToleranceSpec(text: string): ToleranceSpec | undefined {
  const trimmed = text.trim().toLowerCase();
  if (!TOLERANCE_PATTERN.test(trimmed)) return undefined;
  if (trimmed.endsWith('pp')) return { amount: Number(trimmed.slice(0, -2)), kind: 'points', text: trimmed };
  if (trimmed.endsWith('%')) return { amount: Number(trimmed.slice(0, -1)), kind: 'relative', text: trimmed };
  return { amount: Number(trimmed), kind: 'absolute', text: trimmed };
}

/**
 * Defaults: relative for counts, amounts, days and ranks; percentage points for percentages (at
 * most a tenth of the claimed percentage).
 */
export const DEFAULT_TOLERANCES: Readonly<Record<Qualifier, { amounts: string; percent: string }>> = {
  exact: { amounts: '1%', percent: '1pp' },
  about: { amounts: '5%', percent: '2pp' },
  nearly: { amounts: '5%', percent: '2pp' },
  'more-than': { amounts: '1%', percent: '0.5pp' },
  'at-least': { amounts: '1%', percent: '0.5pp' },
  'less-than': { amounts: '1%', percent: '0.5pp' },
  'at-most': { amounts: '1%', percent: '0.5pp' },
  within: { amounts: '1%', percent: '0.5pp' },
  record: { amounts: '1%', percent: '1%' },
};

/**
 * Command-line overrides, per qualifier. A relative tolerance applies to every claim; points
 * only to percentages; an absolute amount only to claims not in percent (their own unit).
 */
export interface ToleranceOverrides {
  amounts: Partial<Record<Qualifier, ToleranceSpec>>;
  percent: Partial<Record<Qualifier, ToleranceSpec>>;
}

export const NO_OVERRIDES: ToleranceOverrides = { amounts: {}, percent: {} };

export function addOverride(overrides: ToleranceOverrides, qualifier: Qualifier, spec: ToleranceSpec): ToleranceOverrides {
  return {
    amounts: spec.kind === 'points' ? overrides.amounts : { ...overrides.amounts, [qualifier]: spec },
    percent: spec.kind === 'absolute' ? overrides.percent : { ...overrides.percent, [qualifier]: spec },
  };
}

/** The tolerance that applies to one claimed value: the claim's own, else the command line's, else the default. */
export function resolveTolerance(
  qualifier: Qualifier,
  unit: Unit,
  claimedValue: number,
  overrides: ToleranceOverrides,
  claimTolerance?: string,
): Tolerance {
  const percent = unit === 'percent';
  const own = claimTolerance === undefined ? undefined : parseToleranceSpec(claimTolerance);
  const fromCommandLine = (percent ? overrides.percent : overrides.amounts)[qualifier];
  const [spec, source]: [ToleranceSpec, ToleranceSource] = own
    ? [own, 'claim']
    : fromCommandLine
      ? [fromCommandLine, 'command line']
      : [parseToleranceSpec(DEFAULT_TOLERANCES[qualifier][percent ? 'percent' : 'amounts'])!, 'default'];
  let width = spec.kind === 'relative' ? (spec.amount / 100) * Math.abs(claimedValue) : spec.amount;
  // Default points suit shares like 20% or 80%; for a small percentage ("1.4%") they would swallow
  // the claim, so a default never exceeds a tenth of the claimed value.
  if (source === 'default' && percent) width = Math.min(width, Math.abs(claimedValue) / 10);
  return { ...spec, source, width };
}

/** "5%", "2 points", "0.14 points", "1000": the tolerance as applied (points after any cap). */
export function describeTolerance(tolerance: Tolerance): string {
  if (tolerance.kind === 'points') {
    const points = Number(tolerance.width.toFixed(3));
    return `${points} ${points === 1 ? 'point' : 'points'}`;
  }
  return tolerance.text;
}
