// Test datasets and altered copies of the official files, always in temporary directories.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTHORED_DIR, releasesByTable } from '../../src/import/build-from-sources.js';
import { buildAuthoredFiles } from '../../src/import/authored.js';
import { writeDatasetAtomically } from '../../src/import/dataset-writer.js';
import { DATA_FAMILIES } from '../../src/import/families.js';
import { SOURCE_CATALOG } from '../../src/import/source-catalog.js';
import { readSourceFile } from '../../src/import/source-reader.js';
import { SHARED } from './cli.js';

export const SOURCES = join(SHARED, 'sources');
export const ENCOUNTER_SOURCES = join(SOURCES, 'cbp_encounters');
export const SBO_FILE = 'sbo-encounters-fy22-fy25-aug.csv';
export const NOV_STATE_FILE = 'nationwide-encounters-fy23-fy26-nov-state.csv';
export const DRUGS_APR_FILE = 'nationwide-drugs-fy23-fy26-apr.csv';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `border-facts-${prefix}-`));
}

export function sourcePath(fileName: string): string {
  for (const folder of readdirSync(SOURCES)) {
    const path = join(SOURCES, folder, fileName);
    if (existsSync(path)) return path;
  }
  throw new Error(`no ${fileName} in ${SOURCES}`);
}

/** A dataset built by the project's own build code from the catalogued files, minus some: a dataset from before a release. */
export function buildDatasetWithout(dir: string, excluded: readonly string[]): void {
  const families = new Set(DATA_FAMILIES.map((family) => family.name));
  const releases = Object.entries(SOURCE_CATALOG)
    .filter(([name, entry]) => families.has(entry.family) && !excluded.includes(name))
    .map(([name]) => readSourceFile(sourcePath(name)));
  const byTable = releasesByTable(releases);
  writeDatasetAtomically(dir, 'test', {
    files: [...DATA_FAMILIES.flatMap((family) => family.build(byTable)), ...buildAuthoredFiles(AUTHORED_DIR)],
    sources: releases.map((release) => release.source),
  });
}

/** The lines of an official file (CRLF split), to alter one and write it back. */
export function sourceLines(fileName: string): string[] {
  return readFileSync(sourcePath(fileName), 'utf8').split('\r\n');
}

export function writeLines(dir: string, fileName: string, lines: readonly string[], eol = '\r\n'): string {
  const path = join(dir, fileName);
  writeFileSync(path, lines.join(eol));
  return path;
}

/** Every file under a directory with its sha256: to prove a failed import changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (path: string, name: string) => {
    if (statSync(path).isDirectory()) for (const child of readdirSync(path)) visit(join(path, child), name === '' ? child : `${name}/${child}`);
    else files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  };
  if (existsSync(dir)) visit(dir, '');
  return files;
}
