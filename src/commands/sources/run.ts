// Answers `border-facts sources`: reads the manifest only.
import { openDataset } from '../../data/dataset.js';
import type { DatasetOrigin } from '../../data/location.js';
import type { Manifest } from '../../data/schemas.js';
import { fiscalYearList, fiscalYearSpan, releaseRuns } from '../../domain/fiscal-year-runs.js';
import { monthLabel } from '../../domain/periods.js';
import { formatCount } from '../../domain/words.js';
import { FORMATS } from '../../render/output.js';
import type { CommandResult } from '../../render/result.js';
import { datasetLocation, emit, type CommandContext } from '../shared/context.js';

const ORIGINS: Record<DatasetOrigin, string> = {
  bundled: 'the dataset bundled with border-facts',
  imported: "written by 'border-facts data import' or 'data update'; 'border-facts data reset' returns to the bundled dataset",
  option: 'chosen with --data-dir',
  environment: 'chosen with BORDER_FACTS_DATA',
};

export async function runSources(ctx: CommandContext): Promise<void> {
  const location = datasetLocation(ctx);
  const dataset = openDataset(location.dir, location.restoreHint);
  const { manifest } = dataset;
  const rows = manifest.sources.map((source) => ({
    file: source.file,
    publisher: source.publisher,
    title: source.title,
    release: source.release,
    url: source.url,
    coverage: source.coverage ? `${source.coverage.first}..${source.coverage.last}` : null,
    rows: source.rows,
    sha256: source.sha256,
    retrievedFrom: source.retrievedFrom,
    caveats: source.caveats,
    usedFor: usesOf(manifest, source.file),
    fetched: source.fetched ?? null,
  }));
  const written = manifest.dataset === 'imported' && location.origin !== 'imported' ? ', a dataset written by data import' : '';
  const result: CommandResult = {
    command: 'sources',
    query: { dataDir: location.dir, origin: location.origin, dataset: manifest.dataset },
    columns: [
      { key: 'file', header: 'File', kind: 'text' },
      { key: 'release', header: 'Release', kind: 'text' },
      { key: 'coverage', header: 'Coverage', kind: 'text' },
      { key: 'rows', header: 'Rows', kind: 'count' },
      { key: 'usedFor', header: 'Used for', kind: 'text', machineOnly: true, value: (row) => describeUses(row.usedFor as Use[]) },
      { key: 'url', header: 'URL', kind: 'text' },
    ],
    rows,
    notes: [
      `Dataset in use: ${location.dir} (${location.origin}: ${ORIGINS[location.origin]}${written}).`,
      ...manifest.files.map((file) => fileNote(manifest, file.path)),
      ...manifest.sources.flatMap((source) => (source.fetched
        ? [`${source.file}: fetched by data update on ${source.fetched.date} from ${source.fetched.url} (linked from ${source.fetched.page}; ${formatCount(source.fetched.bytes)} bytes, sha256 ${source.sha256}).`]
        : [])),
    ],
    sources: rows.map((r) => ({ id: r.file, title: r.title, publisher: r.publisher, url: r.url, release: r.release })),
    title: 'Sources of the border-facts dataset',
  };
  await emit(ctx, result, FORMATS);
}

interface Use {
  table: string;
  fiscalYears: number[];
}

function usesOf(manifest: Manifest, release: string): Use[] {
  return manifest.files.flatMap((file) => {
    const fiscalYears = Object.entries(file.fiscalYearReleases ?? {}).filter(([, name]) => name === release).map(([year]) => Number(year));
    return fiscalYears.length > 0 ? [{ table: file.path, fiscalYears }] : [];
  });
}

function describeUses(uses: readonly Use[]): string {
  return uses.map((use) => `${use.table.replace(/\.json$/, '')} ${fiscalYearList(use.fiscalYears)}`).join('; ');
}

/** "encounters-by-state.json (66,264 rows, Oct 2019 – Nov 2025): FY2020–FY2021 from a.csv; FY2022 from b.csv" */
function fileNote(manifest: Manifest, path: string): string {
  const file = manifest.files.find((entry) => entry.path === path)!;
  const span = file.coverage ? `, ${monthLabel(file.coverage.first)} – ${monthLabel(file.coverage.last)}` : '';
  const head = `${file.path} (${formatCount(file.rows)} rows${span}, sha256 ${file.sha256.slice(0, 12)}…)`;
  if (file.fiscalYearReleases) {
    const runs = releaseRuns(file.fiscalYearReleases).map((run) => `${fiscalYearSpan(run.first, run.last)} from ${run.release}`);
    return `${head}: ${runs.join('; ')}.`;
  }
  if (file.derivedFrom) return `${head}: derived from ${file.derivedFrom.join(', ')}.`;
  return `${head}.`;
}
