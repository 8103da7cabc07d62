// `border-facts sources`: where every number comes from.
import type { Command } from 'commander';
import type { CommandResult } from '../render/result.js';
import { datasetLocation, emit } from './context.js';
import { openDataset } from '../data/dataset.js';
import { addExamples } from './help.js';

const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson'] as const;

export function configureSourcesCommand(program: Command): void {
  const command = program
    .command('sources')
    .summary('where every number comes from: files, URLs, sha256')
    .description('The provenance of the dataset: for each official file its publisher, URL, release, coverage, row count and sha256.');
  addExamples(command, [
    ['border-facts sources', 'each official file behind the dataset, its release and URL'],
    ["border-facts sources --json | jq -r '.rows[].url'", 'just the download addresses'],
    ['border-facts sources --format tsv | cut -f 1,5', 'file name and URL, one source a line'],
  ]);
  command.action(async (_options: unknown, cmd: Command) => {
      const location = datasetLocation(cmd);
      const dataset = openDataset(location.dir, location.restoreHint);
      const rows = dataset.manifest.sources.map((source) => ({
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
      }));
      const result: CommandResult = {
        command: 'sources',
        query: { dataDir: location.dir, origin: location.origin },
        columns: [
          { key: 'file', header: 'File', kind: 'text' },
          { key: 'release', header: 'Release', kind: 'text' },
          { key: 'coverage', header: 'Coverage', kind: 'text' },
          { key: 'rows', header: 'Rows', kind: 'count' },
          { key: 'url', header: 'URL', kind: 'text' },
        ],
        rows,
        notes: [
          `Dataset in use: ${location.dir} (${location.origin}).`,
          ...dataset.manifest.files.map((file) => `${file.path}: ${file.rows} rows, sha256 ${file.sha256.slice(0, 12)}…`),
        ],
        sources: rows.map((r) => ({ id: r.file, title: r.title, publisher: r.publisher, url: r.url, release: r.release })),
        title: 'Sources of the border-facts dataset',
      };
      await emit(cmd, result, FORMATS);
    });
}
