// Claimed and recomputed values in words, and their difference: the text every renderer shows.
import type { Unit } from '../../data/claim-vocabulary.js';
import { formatDecimal } from '../words.js';
import { decimalsOf } from './precision.js';
import type { DifferenceView } from './report.js';

/** Decimals to show a recomputed value with: one more than the claim was written with. */
export function shownDecimals(unit: Unit, precision: number): number {
  if (unit === 'percent') return Math.max(1, decimalsOf(precision) + 1);
  if (unit === 'pounds') return 0;
  return decimalsOf(precision);
}

export function numberText(value: number, unit: Unit, decimals: number, signed = false): string {
  const sign = signed && value > 0 ? '+' : '';
  const body = `${sign}${formatDecimal(value, decimals)}`.replace(/^-/, '−');
  switch (unit) {
    case 'percent': return `${body}%`;
    case 'pounds': return `${body} lb`;
    case 'seizure-events': return `${body} seizure events`;
    case 'days': return `${body} ${Math.abs(value) === 1 ? 'day' : 'days'}`;
    case 'rank': return ordinal(value);
    default: return body;
  }
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const QUALIFIER_PREFIX: Record<string, string> = {
  exact: '', about: 'about ', approximately: 'approximately ', roughly: 'roughly ', around: 'around ',
  nearly: 'nearly ', almost: 'almost ', 'just-under': 'just under ',
  'more-than': 'more than ', over: 'over ', above: 'above ', 'at-least': 'at least ',
  'less-than': 'less than ', under: 'under ', below: 'below ', 'fewer-than': 'fewer than ',
  'at-most': 'at most ', 'never-more-than': 'never more than ', 'no-more-than': 'no more than ',
  within: 'within ',
};

/** "nearly 80%", "242,418", "+35%", "the record (highest)". */
export function claimedText(value: number | string | string[], unit: Unit, qualifier: string, precision: number | null, signed: boolean, names: Record<string, string> = {}): string {
  if (['record', 'highest', 'busiest', 'most', 'lowest', 'fewest'].includes(qualifier)) return `${qualifier === 'record' ? 'the record' : `the ${qualifier}`} (rank 1)`;
  const prefix = QUALIFIER_PREFIX[qualifier] ?? '';
  if (typeof value === 'number') return `${prefix}${numberText(value, unit, precision === null ? 0 : decimalsOf(precision), signed && qualifier !== 'within')}`;
  if (Array.isArray(value)) return `${qualifier === 'at-least' ? 'at least ' : ''}${value.map((id) => names[id] ?? id).join(', ')}`;
  return `${prefix}${unit === 'form' || unit === 'order' ? value.replace(/-/g, ' ') : value}`;
}

/** Recomputed − claimed, in the claim's unit and relative to the claim. */
export function differenceView(recomputed: number, claimed: number, unit: Unit, shown: number): DifferenceView {
  const absolute = recomputed - claimed;
  // A difference too small for the shown decimals gets more of them, up to three: never "0.0" for a non-zero gap.
  let decimals = shown;
  while (decimals < 3 && absolute !== 0 && Number(Math.abs(absolute).toFixed(decimals)) === 0) decimals++;
  const relative = claimed === 0 ? null : (absolute / Math.abs(claimed)) * 100;
  const amount = unit === 'percent'
    ? `${signed(absolute, decimals)} ${Math.abs(absolute) === 1 ? 'point' : 'points'}`
    : unit === 'rank' || unit === 'days' ? signed(absolute, 0) : numberText(absolute, unit, decimals, true);
  const relativeText = relative === null ? '' : Math.abs(relative) < 0.005 ? `${relative > 0 ? '+' : '−'}<0.01%` : `${signed(relative, relativeDecimals(relative))}%`;
  const text = relative === null || absolute === 0 ? (absolute === 0 ? '0' : amount) : `${amount} (${relativeText})`;
  return { absolute, relative, text };
}

function relativeDecimals(relative: number): number {
  const size = Math.abs(relative);
  return size >= 10 ? 0 : size >= 0.1 ? 1 : 2;
}

function signed(value: number, decimals: number): string {
  const text = formatDecimal(Math.abs(value), decimals);
  if (Number(text.replace(/,/g, '')) === 0) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** "joint statement" from "joint-statement". */
export function words(id: string): string {
  return id.replace(/-/g, ' ');
}

export function listWords(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}
