// Writes a dataset directory atomically: everything goes into a sibling staging directory, is
// flushed to disk and read back against the manifest, and replaces the old directory by rename
// only then. A failure at any point before the swap leaves the previous dataset as it was.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256Of } from '../data/checksum.js';
import { openDataset } from '../data/dataset.js';
import { datasetPathProblem, MANIFEST_FILE, MANIFEST_SCHEMA_VERSION, sealManifest } from '../data/manifest.js';
import type { Manifest, ManifestFile, ManifestSource } from '../data/schemas.js';
import { previousName, stagingName } from '../data/set-aside.js';
import type { BuiltDataset, DatasetFile } from './dataset-files.js';

export { previousName, stagingName } from '../data/set-aside.js';

export function manifestEntry(file: DatasetFile): ManifestFile {
  return {
    path: file.path,
    family: file.family,
    description: file.description,
    sha256: sha256Of(file.text),
    bytes: Buffer.byteLength(file.text),
    rows: file.rows,
    coverage: file.coverage,
    ...(file.fiscalYearReleases ? { fiscalYearReleases: file.fiscalYearReleases } : {}),
    ...(file.monthReleases && Object.keys(file.monthReleases).length > 0 ? { monthReleases: file.monthReleases } : {}),
    ...(file.derivedFrom ? { derivedFrom: file.derivedFrom } : {}),
  };
}

export function sortedSources(sources: readonly ManifestSource[]): ManifestSource[] {
  return [...sources].sort((a, b) => a.file.localeCompare(b.file));
}

export function manifestFor(dataset: string, built: BuiltDataset): Manifest {
  return sealManifest({
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    dataset,
    files: built.files.map(manifestEntry),
    sources: sortedSources(built.sources),
  });
}

/** A complete dataset to write: the manifest, and the bytes of every file it lists. */
export interface DatasetContents {
  manifest: Manifest;
  bytes: ReadonlyMap<string, string | Buffer>;
}

export interface WriteHooks {
  /** Called after the new dataset is written and verified, before the swap (tests simulate failures here). */
  beforeSwap?: () => void;
  /** Called between the two renames of the swap, when the previous dataset is set aside (tests kill the process here). */
  betweenRenames?: () => void;
}

export function writeDatasetAtomically(dir: string, dataset: string, built: BuiltDataset, hooks: WriteHooks = {}): Manifest {
  const manifest = manifestFor(dataset, built);
  writeDataset(dir, { manifest, bytes: new Map(built.files.map((file) => [file.path, file.text])) }, hooks);
  return manifest;
}

export function writeDataset(dir: string, contents: DatasetContents, hooks: WriteHooks = {}): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, stagingName(dir));
  const previous = join(parent, previousName(dir));
  // Every path is checked before anything is created: none may leave the dataset directory.
  for (const entry of contents.manifest.files) {
    const problem = datasetPathProblem(entry.path);
    if (problem !== null) throw new Error(`data file path ${JSON.stringify(entry.path)} ${problem}: it must stay inside the dataset directory`);
  }
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const entry of contents.manifest.files) {
      const bytes = contents.bytes.get(entry.path);
      if (bytes === undefined) throw new Error(`no contents for ${entry.path}`);
      if (sha256Of(bytes) !== entry.sha256) throw new Error(`the contents of ${entry.path} do not match its manifest entry`);
      mkdirSync(dirname(join(staging, entry.path)), { recursive: true });
      writeDurably(join(staging, entry.path), bytes);
    }
    writeDurably(join(staging, MANIFEST_FILE), `${JSON.stringify(contents.manifest, null, 2)}\n`);
    syncDirectory(staging);
    // Read everything back as a command would: a short write or a bad entry fails here, not later.
    const written = openDataset(staging, 'the staged dataset could not be read back');
    for (const entry of contents.manifest.files) written.readBytes(entry.path);
    hooks.beforeSwap?.();
    const hadPrevious = existsSync(dir);
    if (hadPrevious) renameSync(dir, previous);
    try {
      hooks.betweenRenames?.();
      renameSync(staging, dir);
    } catch (error) {
      if (hadPrevious) renameSync(previous, dir);
      throw error;
    }
    syncDirectory(parent);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function writeDurably(path: string, bytes: string | Buffer): void {
  const fd = openSync(path, 'wx');
  try {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Makes the renames themselves durable; some platforms cannot open a directory, which only weakens the guarantee after a power cut.
function syncDirectory(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
