// The draft claims file `scan --draft-claims` writes: a claims file in check's format
// (src/data/claim-schemas.ts) with one claim per number the scan recomputed, each measured the way
// the figure found was computed, so a fact-checker starts from it instead of from nothing.
// This file is the one place that maps trace hits onto check's measures.
import type { ClaimFilters, ClaimMeasure, ClaimPeriod, ClaimsFile, Claimed } from '../../data/claim-schemas.js';
import type { TraceHit } from '../trace/trace-index.js';
import { monthIndexOf } from '../trace/period-words.js';
import type { ScannedNumber } from './scan.js';

export interface DraftArticle {
  title: string;
  /** YYYY-MM-DD */
  published: string;
  url?: string | null;
}

/** The fields of a hit that say what it counts. */
interface Counted {
  region: string;
  component: string;
  citizenship: string | null;
  drug: string | null;
}

function filtersOf(hit: TraceHit, counted: Counted): ClaimFilters {
  if (hit.dataset === 'seizures') {
    const filters: ClaimFilters = {
      region: counted.region as ClaimFilters['region'],
      components: counted.component === 'ofo+usbp+amo' ? ['ofo', 'usbp', 'amo'] : ['ofo', 'usbp'],
    };
    if (counted.drug !== null && counted.drug !== 'all') filters.drugs = [counted.drug];
    if (hit.statistic !== 'share' && hit.unit === 'events') filters.quantity = 'events';
    return filters;
  }
  const filters: ClaimFilters = { region: counted.region as ClaimFilters['region'] };
  if (counted.component === 'usbp' || counted.component === 'ofo') filters.component = counted.component;
  if (counted.citizenship !== null) filters.citizenship = counted.citizenship.split(' + ');
  return filters;
}

/** A run of months as check names periods: a month, a fiscal year (to date), a calendar year, or from–to. */
function periodOf(from: string, to: string): ClaimPeriod {
  const first = monthIndexOf(from);
  const months = monthIndexOf(to) - first + 1;
  const month = (first % 12) + 1;
  const year = Math.floor(first / 12);
  if (months === 1) return { month: from };
  if (month === 10) return months === 12 ? { fiscalYear: year + 1 } : { fiscalYear: year + 1, through: to };
  if (month === 1 && months === 12) return { calendarYear: year };
  return { from, to };
}

export function measureOf(hit: TraceHit): ClaimMeasure {
  const dataset = hit.dataset as 'encounters' | 'seizures';
  const period = periodOf(hit.from, hit.to);
  if (hit.statistic === 'share' && hit.shareOf) {
    return { kind: 'share', dataset, numerator: filtersOf(hit, hit), denominator: filtersOf(hit, hit.shareOf), period };
  }
  if (hit.statistic === 'change' && hit.comparedWith) {
    return { kind: 'change', dataset, filters: filtersOf(hit, hit), from: periodOf(hit.comparedWith.from, hit.comparedWith.to), to: period };
  }
  return { kind: 'value', dataset, filters: filtersOf(hit, hit), period };
}

function claimedOf(n: ScannedNumber, hit: TraceHit): Claimed {
  const unit = hit.unit === 'percent' ? 'percent' : hit.unit === 'events' ? 'seizure-events' : hit.unit;
  const claimed: Claimed = { value: n.found.value, unit, qualifier: n.found.qualifierKind };
  // check reads the last written digit as the precision; "483k" and "1.2 million" say more.
  const written = 10 ** -(String(n.found.value).split('.')[1]?.length ?? 0);
  if (n.found.precision !== written) claimed.precision = n.found.precision;
  return claimed;
}

/** "line11-483404", "line9-80-percent": unique, readable claim ids. */
function claimId(n: ScannedNumber, taken: Set<string>): string {
  const words = `${n.found.text}${n.found.kind === 'percent' ? ' percent' : ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const base = `line${n.found.line}-${words || 'number'}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/**
 * A claims file for the numbers recomputed, or null when there are none (a claims file holds at
 * least one claim). Each claim notes what the scan found, to be checked before use.
 */
export function draftClaims(numbers: readonly ScannedNumber[], article: DraftArticle): ClaimsFile | null {
  const taken = new Set<string>();
  const claims = numbers
    .filter((n) => n.recomputed === true && n.fittingFigure !== null)
    .map((n) => {
      const hit = n.fittingFigure!;
      return {
        id: claimId(n, taken),
        quote: n.found.sentence,
        measure: measureOf(hit),
        claimed: claimedOf(n, hit),
        notes: `Drafted by border-facts scan from "${n.found.text}": found ${hit.description} (${hit.vintage}). Check the measure and the qualifier before relying on it.`,
      };
    });
  if (claims.length === 0) return null;
  return {
    article: { title: article.title, url: article.url ?? null, published: article.published },
    claims,
  } as ClaimsFile;
}
