// The authored documents `check` reads: CBP's first-published figures and the bundled article
// claims, validated with their zod schemas when data/ is built.
import { claimsFileSchema, type ClaimsFile } from '../data/claim-schemas.js';
import { CLAIM_FILES } from '../data/claim-files.js';
import { publishedFiguresSchema, type PublishedFigures } from '../data/published-figure-schemas.js';
import type { CoverageRange } from '../data/schemas.js';
import { releaseRegistrySchema, type ReleaseRegistry } from '../data/release-schemas.js';
import type { AuthoredDocument } from './authored.js';

export const publishedFiguresDocument: AuthoredDocument<PublishedFigures> = {
  path: CLAIM_FILES.publishedFigures,
  family: 'published-figures',
  description: 'CBP figures as first published in its monthly updates, with release, date and source',
  schema: publishedFiguresSchema,
  summarise: (document) => ({ rows: document.figures.length, coverage: monthSpan(document.figures.flatMap((f) => [f.period.from, f.period.to])) }),
};

export const releaseRegistryDocument: AuthoredDocument<ReleaseRegistry> = {
  path: CLAIM_FILES.releases,
  family: 'releases',
  description: 'Every CBP release behind the dataset and the first-published figures, with the day it was published (documented or approximate)',
  schema: releaseRegistrySchema,
  summarise: (document) => ({ rows: document.releases.length, coverage: monthSpan(document.releases.map((r) => r.dataThrough)) }),
};

export const articleClaimsDocument: AuthoredDocument<ClaimsFile> = {
  path: CLAIM_FILES.articleClaims,
  family: 'claims',
  description: 'The checkable claims of the bundled news article (what to measure and what was claimed; no verdicts)',
  schema: claimsFileSchema,
  summarise: (document) => ({ rows: document.claims.length, coverage: null }),
};

function monthSpan(months: readonly string[]): CoverageRange | null {
  if (months.length === 0) return null;
  const sorted = [...months].sort();
  return { first: sorted[0]!, last: sorted[sorted.length - 1]! };
}
