// npm run data:build [-- --sources <dir>] [--out <dir>]: rebuilds data/ from the official files.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromSources } from '../src/import/build-from-sources.js';
import { writeDatasetAtomically } from '../src/import/dataset-writer.js';

const { values } = parseArgs({ options: { sources: { type: 'string' }, out: { type: 'string' } } });
const sources = resolve(values.sources ?? '../shared/sources');
const out = resolve(values.out ?? 'data');
const manifest = writeDatasetAtomically(out, 'bundled', buildFromSources(sources));
for (const file of manifest.files) {
  console.log(`${file.path}\t${file.rows} rows\t${file.coverage ? `${file.coverage.first}..${file.coverage.last}` : ''}`);
}
