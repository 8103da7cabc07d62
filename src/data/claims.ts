// Loads claims files and the published figures. The bundled article claims were validated when
// data/ was built and are trusted like any data file (checked against the manifest); a user's
// file is validated with zod, which is loaded only then.
import { DataError } from '../errors.js';
import { FileReadError, readBounded } from './bounded-files.js';
import type { ClaimsFile } from './claim-schemas.js';
import { CLAIM_FILES } from './claim-files.js';
import type { Dataset } from './dataset.js';
import type { PublishedFigures } from './published-figure-schemas.js';

export interface LoadedClaims {
  /** The path as the user gave it, or "bundled". */
  file: string;
  document: ClaimsFile;
}

export const BUNDLED = 'bundled';

export function bundledClaims(dataset: Dataset): LoadedClaims {
  return { file: BUNDLED, document: dataset.document<ClaimsFile>(CLAIM_FILES.articleClaims) };
}

export async function userClaims(path: string): Promise<LoadedClaims> {
  let text: string;
  try {
    // Regular files only, within the claims limit: /dev/zero or a FIFO is refused at once.
    text = readBounded(path, 'claims', `claims file ${path}`).toString('utf8');
  } catch (error) {
    if (error instanceof FileReadError && error.problem === 'missing') throw new DataError(`cannot read claims file ${path}: no such file`);
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataError(`${path} is not valid JSON: ${(error as Error).message}`, 'a claims file is one JSON object; border-facts check --schema prints its format');
  }
  const { validateClaimsFile } = await import('./claim-validation.js');
  return { file: path, document: validateClaimsFile(raw, path) };
}

/** CBP's first-published figures, or null for a dataset directory that has none. */
export function publishedFigures(dataset: Dataset): PublishedFigures | null {
  if (!dataset.manifest.files.some((f) => f.path === CLAIM_FILES.publishedFigures)) return null;
  return dataset.document<PublishedFigures>(CLAIM_FILES.publishedFigures);
}
