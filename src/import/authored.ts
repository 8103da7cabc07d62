// Documents the project writes itself (in authored/): the meeting and its timeline, CBP's
// first-published figures, the bundled article claims. The build validates each with its zod
// schema and ships it in data/ with a manifest entry, like the files built from official data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { claimsFileSchema, type ClaimsFile } from '../data/claim-schemas.js';
import { publishedFiguresSchema, type PublishedFigures } from '../data/published-figure-schemas.js';
import { CLAIM_FILES } from '../data/claim-files.js';
import type { CoverageRange } from '../data/schemas.js';
import { DataError } from '../errors.js';
import type { DatasetFile } from './dataset-files.js';

export interface AuthoredDocument<T> {
  /** File name in authored/ and in data/. */
  path: string;
  family: string;
  description: string;
  schema: z.ZodType<T>;
  /** Row count and coverage for the manifest. */
  summarise(document: T): { rows: number; coverage: CoverageRange | null };
}

/** Add an entry here for each authored document a family ships. */
export const AUTHORED_DOCUMENTS: readonly AuthoredDocument<any>[] = [
  {
    path: CLAIM_FILES.publishedFigures,
    family: 'published-figures',
    description: 'CBP figures as first published in its monthly updates, with release, date and source',
    schema: publishedFiguresSchema,
    summarise: (document: PublishedFigures) => ({ rows: document.figures.length, coverage: monthSpan(document.figures.flatMap((f) => [f.period.from, f.period.to])) }),
  } satisfies AuthoredDocument<PublishedFigures>,
  {
    path: CLAIM_FILES.articleClaims,
    family: 'claims',
    description: 'The checkable claims of the bundled news article (what to measure and what was claimed; no verdicts)',
    schema: claimsFileSchema,
    summarise: (document: ClaimsFile) => ({ rows: document.claims.length, coverage: null }),
  } satisfies AuthoredDocument<ClaimsFile>,
];

function monthSpan(months: readonly string[]): CoverageRange | null {
  if (months.length === 0) return null;
  const sorted = [...months].sort();
  return { first: sorted[0]!, last: sorted[sorted.length - 1]! };
}

export function buildAuthoredFiles(authoredDir: string): DatasetFile[] {
  return AUTHORED_DOCUMENTS.map((doc) => {
    const where = join(authoredDir, doc.path);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(where, 'utf8'));
    } catch (error) {
      throw new DataError(`cannot read ${where}: ${(error as Error).message}`);
    }
    const parsed = doc.schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataError(`${where}: ${issue.path.join('.') || '(document)'}: ${issue.message}`);
    }
    const { rows, coverage } = doc.summarise(parsed.data);
    return { path: doc.path, family: doc.family, description: doc.description, text: `${JSON.stringify(parsed.data, null, 2)}\n`, rows, coverage };
  });
}
