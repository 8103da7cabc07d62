// Builds the whole dataset from the official files in a sources directory
// (../shared/sources): `npm run data:build` and the data-rebuild test use it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { BuiltDataset, DatasetFile } from './dataset-files.js';
import { encounterComponentFile, encounterStateFile, ohssUsbpRegionFile, usbpSectorHistoryFile } from './encounter-files.js';
import { buildEncounterFiles } from './encounters-family.js';
import type { FileKind } from './file-kinds.js';
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

export function releasesOfKind<Row>(releases: readonly SourceRelease[], kind: FileKind<Row>): Release<Row>[] {
  return releases
    .filter((release) => release.kind.kind === kind.kind)
    .map((release) => ({ name: release.fileName, rows: release.rows as Row[], lastMonth: release.lastMonth }));
}

/** The families this build produces; a catalogue entry of another family is not read. */
const BUILT_FAMILIES = new Set(['encounters']);

export function buildFromSources(sourcesDir: string): BuiltDataset {
  const files = findFiles(sourcesDir);
  const used = Object.entries(SOURCE_CATALOG).filter(([, entry]) => BUILT_FAMILIES.has(entry.family)).map(([name]) => name);
  const releases = used.map((name) => {
    const path = files.get(name);
    if (!path) throw new DataError(`${sourcesDir} has no ${name}`);
    return readSourceFile(path);
  });
  const dataFiles: DatasetFile[] = [
    ...buildEncounterFiles({
      state: releasesOfKind(releases, encounterStateFile),
      component: releasesOfKind(releases, encounterComponentFile),
      usbpHistory: [...releasesOfKind(releases, usbpSectorHistoryFile), ...releasesOfKind(releases, ohssUsbpRegionFile)],
    }),
  ];
  return { files: dataFiles, sources: releases.map((release) => release.source) };
}
