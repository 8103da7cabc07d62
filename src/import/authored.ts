// Documents the project writes itself (in authored/): the meeting and its timeline, CBP's
// first-published figures, the bundled article claims. The build validates each with its zod
// schema and ships it in data/ with a manifest entry, like the files built from official data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { CoverageRange } from '../data/schemas.js';
import { DataError } from '../errors.js';
import type { DatasetFile } from './dataset-files.js';
import { articleClaimsDocument, publishedFiguresDocument, releaseRegistryDocument } from './claims-documents.js';
import { eventsDocument } from './events-document.js';

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
export const AUTHORED_DOCUMENTS: readonly AuthoredDocument<any>[] = [eventsDocument, publishedFiguresDocument, releaseRegistryDocument, articleClaimsDocument];

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
