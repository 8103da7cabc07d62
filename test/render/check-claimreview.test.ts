// check --format claimreview, property by property against Google's fact-check markup
// documentation (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
//   ClaimReview  required: claimReviewed, reviewRating, url
//                recommended: author (Organization: name, url), datePublished, itemReviewed (Claim)
//   Claim        recommended: appearance, author, datePublished, firstAppearance
//   Rating       required: alternateName; recommended: bestRating, name, ratingValue, worstRating
// on the real check result of the bundled claims and of claims files written here.
import { describe, expect, it } from 'vitest';
import { VERDICTS, type Verdict } from '../../src/data/claim-vocabulary.js';
import type { ClaimResult } from '../../src/domain/claims/report.js';
import { BEST_RATING, CLAIM_REVIEWED_MAX, RATING_VALUES, renderCheckClaimReview, REVIEWER, WORST_RATING } from '../../src/render/check-claimreview.js';
import { bundledReport, NOV_SW, OFO_2015, reportOf } from '../support/check-reports.js';

type Json = Record<string, unknown> & { [key: string]: any };

const REVIEW_DATE = '2024-01-05';
const report = bundledReport();
const reviews = JSON.parse(renderCheckClaimReview(report, { reviewDate: REVIEW_DATE })) as Json[];
const pairs = report.claims.map((claim, i) => [claim.id, claim, reviews[i]!] as const);
const WORDS: Record<Verdict, string> = { accurate: 'Accurate', 'mostly-accurate': 'Mostly accurate', unverifiable: 'Unverifiable', misleading: 'Misleading', inaccurate: 'Inaccurate' };

// The schema.org terms the output may use: a misspelt property would be silently meaningless in JSON-LD.
const SCHEMA_ORG_TYPES = new Set(['ClaimReview', 'Rating', 'Claim', 'CreativeWork', 'Organization']);
const SCHEMA_ORG_PROPERTIES = new Set([
  'url', 'claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'datePublished', 'ratingValue', 'bestRating', 'worstRating',
  'alternateName', 'name', 'ratingExplanation', 'text', 'appearance', 'headline', 'publisher', 'firstAppearance',
]);

function nodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value === null || typeof value !== 'object') return [];
  return [value as Json, ...Object.values(value).flatMap(nodes)];
}

const codePoints = (text: string) => [...text].length;

describe('check --format claimreview on the bundled claims', () => {
  it('is a JSON array with one ClaimReview per claim, each with the schema.org context', () => {
    expect(Array.isArray(reviews)).toBe(true);
    expect(reviews).toHaveLength(report.claims.length);
    expect(report.claims.length).toBeGreaterThan(10);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
    }
  });

  it('is JSON-LD in schema.org terms: every node typed, every property a schema.org property, @context only at the top', () => {
    for (const review of reviews) {
      for (const node of nodes(review)) {
        expect(SCHEMA_ORG_TYPES.has(node['@type']), `@type ${node['@type']}`).toBe(true);
        for (const key of Object.keys(node)) {
          if (key.startsWith('@')) expect(['@type', '@context']).toContain(key);
          else expect(SCHEMA_ORG_PROPERTIES.has(key), key).toBe(true);
        }
        if (node !== review) expect(node['@context']).toBeUndefined();
      }
    }
  });

  describe.each(pairs)('%s', (id, claim: ClaimResult, review: Json) => {
    it('claimReviewed (required): the quote, under 75 characters, shortened only at a word boundary', () => {
      const quote = claim.quote!.replace(/\s+/g, ' ').trim();
      expect(typeof review.claimReviewed).toBe('string');
      expect(codePoints(review.claimReviewed)).toBeLessThan(75);
      expect(codePoints(review.claimReviewed)).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
      if (codePoints(quote) <= CLAIM_REVIEWED_MAX) {
        expect(review.claimReviewed).toBe(quote);
      } else {
        expect(review.claimReviewed.endsWith('…')).toBe(true);
        const kept = review.claimReviewed.slice(0, -1);
        expect(quote.startsWith(kept)).toBe(true);
        // The cut falls between words: what follows in the quote starts with a space or punctuation.
        expect(quote.slice(kept.length)).toMatch(/^[\s,;:–—-]/);
        expect(kept).not.toMatch(/\s$/);
      }
    });

    it('reviewRating (required): a Rating with alternateName (required) and the documented numeric scale', () => {
      const rating = review.reviewRating;
      expect(rating['@type']).toBe('Rating');
      expect(rating.alternateName).toBe(WORDS[claim.verdict]);
      expect(rating.name).toBe(rating.alternateName);
      expect(rating.ratingExplanation).toBe(claim.reason);
      const value = RATING_VALUES[claim.verdict];
      if (value === null) {
        expect(rating.ratingValue).toBeUndefined();
      } else {
        expect(rating).toMatchObject({ ratingValue: value, bestRating: 5, worstRating: 1 });
        expect(Number.isInteger(rating.ratingValue)).toBe(true);
        expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
        expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
        expect(rating.worstRating).toBeGreaterThanOrEqual(1);
      }
    });

    it('url (required): the claim as a fragment, resolved against the page that publishes the review (the article has no URL)', () => {
      expect(claim.article.url).toBeNull();
      expect(review.url).toBe(`#claim-${id}`);
      const resolved = new URL(review.url, 'https://newsroom.example/fact-checks/border-article');
      expect(resolved.href).toBe(`https://newsroom.example/fact-checks/border-article#claim-${id}`);
    });

    it('author (recommended): the reviewing organisation with its name and URL', () => {
      expect(review.author).toEqual({ '@type': 'Organization', name: 'border-facts', url: REVIEWER.url });
      expect(new URL(review.author.url).protocol).toBe('https:');
    });

    it('datePublished (recommended): the date of the review, ISO 8601', () => {
      expect(review.datePublished).toBe(REVIEW_DATE);
    });

    it('itemReviewed (recommended): the Claim, with where and when it appeared', () => {
      const item = review.itemReviewed;
      expect(item['@type']).toBe('Claim');
      expect(item.text).toBe(claim.quote!.replace(/\s+/g, ' ').trim());
      // Claim.datePublished and Claim.appearance (recommended): the article from the claims file.
      expect(item.datePublished).toBe(claim.article.published);
      expect(item.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.appearance).toEqual({ '@type': 'CreativeWork', headline: claim.article.title, datePublished: claim.article.published });
      // Claim.author (recommended) only where the claims file names a publisher; the bundled one does not.
      expect(claim.article.publisher).toBeNull();
      expect(item.author).toBeUndefined();
      // Claim.firstAppearance (recommended) is left out: where a claim first appeared is not known.
      expect(item.firstAppearance).toBeUndefined();
    });
  });

  it('rates every verdict the bundled claims get on the scale, worst 1 to best 5, in the verdicts\' order', () => {
    const seen = new Set(report.claims.map((c) => c.verdict));
    expect([...seen].sort()).toEqual(['accurate', 'inaccurate', 'misleading', 'mostly-accurate']);
    const rated = VERDICTS.map((v) => RATING_VALUES[v]).filter((v): v is number => v !== null);
    // VERDICTS runs best to worst, so the numbers fall.
    expect(rated).toEqual([...rated].sort((a, b) => b - a));
    expect(Math.max(...rated)).toBe(BEST_RATING);
    expect(Math.min(...rated)).toBe(WORST_RATING);
    expect(RATING_VALUES.unverifiable).toBeNull();
  });

  it('gives each review its own url', () => {
    expect(new Set(reviews.map((r) => r.url)).size).toBe(reviews.length);
  });
});

describe('check --format claimreview on a claims file with the article\'s URL and publisher', async () => {
  const article = { title: 'Border numbers, checked', url: 'https://news.example/2024/border#top', publisher: 'The Example Times', published: '2024-01-03' };
  const userReport = await reportOf([{
    article,
    claims: [
      { id: 'sw-total', quote: 'CBP counted 242,418 encounters at the southern border in November, the agency said in its monthly update to reporters.', measure: NOV_SW, claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' } },
      { id: 'ofo-2015', quote: 'OFO saw about 5,000', measure: OFO_2015, claimed: { value: 5000, unit: 'encounters', qualifier: 'about' } },
    ],
  }]);
  const [total, ofo] = JSON.parse(renderCheckClaimReview(userReport, { reviewDate: REVIEW_DATE })) as Json[];

  it('url: the article URL (without its own fragment) and the claim', () => {
    expect(total!.url).toBe('https://news.example/2024/border#claim-sw-total');
  });

  it('itemReviewed: the article\'s URL, and its publisher as the claim\'s author', () => {
    expect(total!.itemReviewed).toMatchObject({
      '@type': 'Claim',
      datePublished: '2024-01-03',
      author: { '@type': 'Organization', name: 'The Example Times' },
      appearance: { '@type': 'CreativeWork', headline: 'Border numbers, checked', url: article.url, datePublished: '2024-01-03', publisher: { '@type': 'Organization', name: 'The Example Times' } },
    });
  });

  it('claimReviewed: a long quote shortened at a word with an ellipsis', () => {
    expect(total!.claimReviewed).toBe('CBP counted 242,418 encounters at the southern border in November, the…');
    expect(codePoints(total!.claimReviewed)).toBeLessThan(75);
  });

  it('can be embedded in a <script> element: a quote cannot close it, and parses back unchanged', async () => {
    const quote = 'Up </script><script>alert(1)</script> & down';
    const hostile = await reportOf([{ article, claims: [{ id: 'x', quote, measure: NOV_SW, claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' } }] }]);
    const text = renderCheckClaimReview(hostile, { reviewDate: REVIEW_DATE });
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('Up \\u003c/script\\u003e');
    expect((JSON.parse(text) as Json[])[0]!.itemReviewed.text).toBe(quote);
  });

  it('an unverifiable claim has its words but no number: the data gives it no truth value', () => {
    expect(userReport.claims[1]!.verdict).toBe('unverifiable');
    expect(ofo!.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable', name: 'Unverifiable', ratingExplanation: userReport.claims[1]!.reason });
  });
});
