// `check --format claimreview`: schema.org ClaimReview JSON-LD, one review per claim, with the
// properties Google's fact-check markup documentation marks required or recommended
// (docs/check-formats.md lists each and where its value comes from).
import type { Verdict } from '../data/claim-vocabulary.js';
import type { ArticleView, CheckReport, ClaimResult } from '../domain/claims/report.js';
import { escapeJsonText } from './escape.js';
import { shortenAtWord } from './shorten.js';
import { verdictTitle } from './verdict-words.js';

/** Who reviewed: the tool that recomputed the claims. */
export const REVIEWER = { '@type': 'Organization', name: 'border-facts', url: 'https://www.npmjs.com/package/border-facts' } as const;

/**
 * The numeric scale, 1 (worst) to 5 (best), aligned with the common five-point truth scale
 * (false, mostly false, half true, mostly true, true). Misleading sits at 2: the number may hold
 * but the claim as made does not. No verdict of ours means "half true", so 3 is unused; an
 * unverifiable claim has no truth value, so it gets only the words, no number.
 */
export const RATING_VALUES: Record<Verdict, number | null> = {
  inaccurate: 1,
  misleading: 2,
  unverifiable: null,
  'mostly-accurate': 4,
  accurate: 5,
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** Google asks for claimReviewed under 75 characters, so that it fits a phone's line. */
export const CLAIM_REVIEWED_MAX = 74;

export interface ClaimReviewOptions {
  /** The review's date (YYYY-MM-DD): the day of the run. */
  reviewDate: string;
}

export function renderCheckClaimReview(report: CheckReport, options: ClaimReviewOptions): string {
  const reviews = report.claims.map((claim) => claimReview(claim, options.reviewDate));
  return `${forScriptElement(escapeJsonText(JSON.stringify(reviews, null, 2)))}\n`;
}

/**
 * JSON-LD is published inside <script type="application/ld+json">, where a quote holding
 * "</script>" would end the element: <, > and & are written as \u escapes (the same JSON value).
 * They can only occur inside strings, so replacing them everywhere is safe.
 */
function forScriptElement(json: string): string {
  return json.replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function claimReview(claim: ClaimResult, reviewDate: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(claim),
    claimReviewed: shortenAtWord(claim.quote ?? claim.id, CLAIM_REVIEWED_MAX),
    reviewRating: rating(claim),
    itemReviewed: reviewedClaim(claim),
    author: REVIEWER,
    datePublished: reviewDate,
  };
}

/**
 * The article's URL with the claim as its fragment. Without an article URL, the fragment alone:
 * a relative URL that JSON-LD resolves against the page the review is published in.
 */
export function reviewUrl(claim: ClaimResult): string {
  const fragment = `#claim-${encodeURIComponent(claim.id)}`;
  const url = claim.article.url;
  return url === null ? fragment : `${url.replace(/#.*$/s, '')}${fragment}`;
}

function rating(claim: ClaimResult): Record<string, unknown> {
  const value = RATING_VALUES[claim.verdict];
  const words = verdictTitle(claim.verdict);
  return {
    '@type': 'Rating',
    ...(value === null ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    alternateName: words,
    name: words,
    ratingExplanation: claim.reason,
  };
}

function reviewedClaim(claim: ClaimResult): Record<string, unknown> {
  const { article } = claim;
  const author = publisherOf(article);
  return {
    '@type': 'Claim',
    ...(claim.quote === null ? {} : { text: claim.quote.replace(/\s+/gu, ' ').trim() }),
    // The article is where we know the claim appears; where it first appeared, we do not know.
    appearance: {
      '@type': 'CreativeWork',
      headline: article.title,
      ...(article.url === null ? {} : { url: article.url }),
      datePublished: article.published,
      ...(author === null ? {} : { publisher: author }),
    },
    datePublished: article.published,
    ...(author === null ? {} : { author }),
  };
}

/** The claims file names the article's publisher, not its writer: the claim is the publisher's. */
function publisherOf(article: ArticleView): Record<string, unknown> | null {
  return article.publisher === null || article.publisher.trim() === '' ? null : { '@type': 'Organization', name: article.publisher };
}
