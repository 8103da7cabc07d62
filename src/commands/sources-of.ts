// The manifest's sources behind the data files a result used, for the JSON "sources" list.
import type { Dataset } from '../data/dataset.js';
import type { SourceRef } from '../render/result.js';

export function sourcesOfFiles(dataset: Dataset, paths: readonly string[]): SourceRef[] {
  const releases = new Set<string>();
  const visit = (path: string) => {
    const entry = dataset.fileEntry(path);
    for (const release of Object.values(entry.fiscalYearReleases ?? {})) releases.add(release);
    entry.derivedFrom?.forEach(visit);
  };
  paths.forEach(visit);
  return dataset.manifest.sources
    .filter((source) => releases.has(source.file))
    .map((source) => ({ id: source.id, title: source.title, publisher: source.publisher, url: source.url, release: source.release }));
}
