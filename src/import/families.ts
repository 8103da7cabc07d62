// The data families built from official files. Each declares the file kinds it reads and the
// stored table each kind's rows merge into; `data:build` and `data import` both go through here.
import type { DatasetFile } from './dataset-files.js';
import type { FileKind } from './file-kinds.js';
import type { Release } from './releases.js';
import { encountersFamily } from './encounters-family.js';
import { seizuresFamily } from './seizures-family.js';

export interface DataFamily {
  name: 'encounters' | 'seizures';
  /** Each official file kind, and the stored table (data file) its rows are merged into. */
  kinds: { kind: FileKind<any>; table: string }[];
  /** Builds every data file of the family from the releases behind each stored table. */
  build(releasesByTable: ReadonlyMap<string, Release<any>[]>, stored?: StoredRows): DatasetFile[];
  /**
   * For the change report of `data import`: the columns (besides `month`) that each data file's
   * revisions are summed by, e.g. region. Files not listed are summed over the whole month.
   */
  revisionGroups?: Readonly<Record<string, readonly string[]>>;
  /** Tables that keep every release side by side: a new release adds to them, it revises nothing, so the change report leaves them out. */
  releaseHistories?: readonly string[];
}

/** The rows of a data file already in the dataset (data import), or undefined when it has none. */
export type StoredRows = (path: string) => Record<string, unknown>[] | undefined;

export const DATA_FAMILIES: readonly DataFamily[] = [encountersFamily, seizuresFamily];

export function familyOfKind(kind: string): { family: DataFamily; table: string } | undefined {
  for (const family of DATA_FAMILIES) {
    const entry = family.kinds.find((k) => k.kind.kind === kind);
    if (entry) return { family, table: entry.table };
  }
  return undefined;
}
