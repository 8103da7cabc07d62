// Builds the whole dataset from the official files in a sources directory
// (../shared/sources): `npm run data:build` and the data-rebuild test use it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../errors.js';
import { buildAuthoredFiles } from './authored.js';
import type { BuiltDataset } from './dataset-files.js';
import { DATA_FAMILIES, familyOfKind } from './families.js';
import type { Release } from './releases.js';
import { SOURCE_CATALOG } from './source-catalog.js';
import { readSourceFile, type SourceRelease } from './source-reader.js';

function findFiles(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [file, full] of findFiles(path)) found.set(file, full);
    else found.set(name, path);
  }
  return found;
}

/** Groups releases by the stored table their kind merges into. */
export function releasesByTable(releases: readonly SourceRelease[]): Map<string, Release<unknown>[]> {
  const byTable = new Map<string, Release<unknown>[]>();
  for (const release of releases) {
    const target = familyOfKind(release.kind.kind);
    if (!target) continue;
    const list = byTable.get(target.table) ?? [];
    list.push({ name: release.fileName, rows: release.rows, lastMonth: release.lastMonth });
    byTable.set(target.table, list);
  }
  return byTable;
}

/** The project's authored/ directory (beside src/ and data/). */
export const AUTHORED_DIR = fileURLToPath(new URL('../../authored', import.meta.url));

export function buildFromSources(sourcesDir: string, authoredDir = AUTHORED_DIR): BuiltDataset {
  const files = findFiles(sourcesDir);
  const built = new Set(DATA_FAMILIES.map((family) => family.name));
  const used = Object.entries(SOURCE_CATALOG).filter(([, entry]) => built.has(entry.family)).map(([name]) => name);
  const releases = used.map((name) => {
    const path = files.get(name);
    if (!path) throw new DataError(`${sourcesDir} has no ${name}`);
    return readSourceFile(path);
  });
  const byTable = releasesByTable(releases);
  return {
    files: [...DATA_FAMILIES.flatMap((family) => family.build(byTable)), ...buildAuthoredFiles(authoredDir)],
    sources: releases.map((release) => release.source),
  };
}
