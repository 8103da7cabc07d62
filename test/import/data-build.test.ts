// The committed data/ must be exactly what the import code builds from the official files.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFromSources } from '../../src/import/build-from-sources.js';
import { writeDatasetAtomically } from '../../src/import/dataset-writer.js';
import { BUNDLED_DATA, SHARED } from '../support/cli.js';

const sources = join(SHARED, 'sources');
const haveSources = existsSync(sources);
const out = mkdtempSync(join(tmpdir(), 'border-facts-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!haveSources)('npm run data:build', () => {
  it('rebuilds data/ byte for byte from ../shared/sources', () => {
    const target = join(out, 'data');
    writeDatasetAtomically(target, 'bundled', buildFromSources(sources));
    const committed = readdirSync(BUNDLED_DATA).sort();
    expect(readdirSync(target).sort()).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(join(target, file), 'utf8'), file).toBe(readFileSync(join(BUNDLED_DATA, file), 'utf8'));
    }
  });
});

if (!haveSources) console.warn('skipping the data rebuild test: ../shared/sources is absent');
