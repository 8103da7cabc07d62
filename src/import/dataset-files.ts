// What a family builder hands to the dataset writer: the text of each data file and its manifest facts.
import type { CoverageRange, ManifestSource } from '../data/schemas.js';

export interface DatasetFile {
  path: string;
  family: string;
  description: string;
  text: string;
  rows: number;
  coverage: CoverageRange | null;
  fiscalYearReleases?: Record<string, string>;
  /** Months kept from an older release than their fiscal year's (see mergeReleases). */
  monthReleases?: Record<string, string>;
  derivedFrom?: string[];
}

export interface BuiltDataset {
  files: DatasetFile[];
  sources: ManifestSource[];
}

export function coverageOf(months: Iterable<string>): CoverageRange | null {
  let first: string | undefined;
  let last: string | undefined;
  for (const month of months) {
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  return first === undefined || last === undefined ? null : { first, last };
}
