// The manifest's sources behind the data a result used, for its "sources" list: the releases
// each data file takes its fiscal years from (following derived files to what they derive from).
import type { Dataset } from '../../data/dataset.js';
import { fiscalYearOf } from '../../domain/periods.js';
import type { SourceRef } from '../../render/result.js';

export interface DataFileUse {
  file: string;
  /** Only the releases of these fiscal years; all of the file's when absent or empty. */
  fiscalYears?: readonly number[];
}

export function sourcesOfUses(dataset: Dataset, uses: readonly DataFileUse[]): SourceRef[] {
  const releases = new Set<string>();
  const visit = (file: string, fiscalYears: readonly number[]) => {
    const entry = dataset.manifest.files.find((candidate) => candidate.path === file);
    if (!entry) return;
    for (const [year, release] of Object.entries(entry.fiscalYearReleases ?? {})) {
      if (fiscalYears.length === 0 || fiscalYears.includes(Number(year))) releases.add(release);
    }
    // Months kept from an older release than the rest of their fiscal year.
    for (const [month, release] of Object.entries(entry.monthReleases ?? {})) {
      if (fiscalYears.length === 0 || fiscalYears.includes(fiscalYearOf(month))) releases.add(release);
    }
    entry.derivedFrom?.forEach((parent) => visit(parent, fiscalYears));
  };
  uses.forEach((use) => visit(use.file, use.fiscalYears ?? []));
  return dataset.manifest.sources
    .filter((source) => releases.has(source.file))
    .map((source) => ({ id: source.id, title: source.title, publisher: source.publisher, url: source.url, release: source.release }));
}

export function sourcesOfFiles(dataset: Dataset, paths: readonly string[]): SourceRef[] {
  return sourcesOfUses(dataset, paths.map((file) => ({ file })));
}
