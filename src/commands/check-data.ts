// Adapts the dataset to what the claims engine reads: monthly figures per dataset and filters
// (built on first use and cached), the published figures, the events, and the official sources
// behind each data file. Nothing is loaded that no claim asks for.
import type { ClaimFilters } from '../data/claim-schemas.js';
import type { DatasetName } from '../data/claim-vocabulary.js';
import { publishedFigures } from '../data/claims.js';
import type { Dataset } from '../data/dataset.js';
import { encounterData } from '../data/encounters.js';
import { DataError } from '../errors.js';
import { encounterCounts } from '../domain/claims/encounter-counts.js';
import type { EventSource } from '../domain/claims/event-source.js';
import type { MeasureContext } from '../domain/claims/measurement.js';
import type { DataUse, MonthlyCounts } from '../domain/claims/monthly-counts.js';
import type { EvidenceSource } from '../domain/claims/report.js';
import type { PublishedFigures } from '../data/published-figure-schemas.js';

/** One context per claims file (each judges at its own article's date), sharing what is loaded. */
export function measureContexts(dataset: Dataset): (asOf: string) => MeasureContext {
  const cache = new Map<string, { counts: MonthlyCounts; filters: ClaimFilters }>();
  const encounters = encounterData(dataset);
  let published: PublishedFigures | null | undefined;
  return (asOf) => ({
    asOf,
    counts(name: DatasetName, filters: ClaimFilters, field: string) {
      const key = `${name}|${JSON.stringify(filters)}`;
      let found = cache.get(key);
      if (!found) {
        found = name === 'encounters' ? encounterCounts(encounters, filters, field) : seizureCounts(dataset, filters, field);
        cache.set(key, found);
      }
      return found;
    },
    published() {
      if (published === undefined) published = publishedFigures(dataset);
      return published;
    },
    events: () => eventSource(dataset),
  });
}

function seizureCounts(_dataset: Dataset, _filters: ClaimFilters, _field: string): { counts: MonthlyCounts; filters: ClaimFilters } {
  throw new DataError('this dataset has no seizures data');
}

function eventSource(_dataset: Dataset): EventSource {
  throw new DataError('this dataset has no events data');
}

/** The official releases behind the data files a measure used, for the fiscal years it used. */
export function sourcesOfUses(dataset: Dataset, uses: readonly DataUse[]): EvidenceSource[] {
  const releases = new Set<string>();
  const visit = (file: string, fiscalYears: readonly number[]) => {
    const entry = dataset.manifest.files.find((f) => f.path === file);
    if (!entry) return;
    for (const [year, release] of Object.entries(entry.fiscalYearReleases ?? {})) {
      if (fiscalYears.length === 0 || fiscalYears.includes(Number(year))) releases.add(release);
    }
    entry.derivedFrom?.forEach((parent) => visit(parent, fiscalYears));
  };
  uses.forEach((use) => visit(use.file, use.fiscalYears));
  return dataset.manifest.sources
    .filter((source) => releases.has(source.file))
    .map((source) => ({ id: source.id, title: source.title, publisher: source.publisher, url: source.url, release: source.release }));
}
