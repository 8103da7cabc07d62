// Writes a dataset directory atomically: everything goes into a sibling temporary directory,
// which replaces the old one by rename only once every file and the manifest are written.
// A failure at any point leaves the previous dataset as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { MANIFEST_SCHEMA_VERSION, type Manifest } from '../data/schemas.js';
import { MANIFEST_FILE } from '../data/dataset.js';
import type { BuiltDataset } from './dataset-files.js';
import { checksumOf } from '../data/checksum.js';
import { sha256 } from './source-reader.js';

export function manifestFor(dataset: string, built: BuiltDataset): Manifest {
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    dataset,
    files: built.files.map((file) => ({
      path: file.path,
      family: file.family,
      description: file.description,
      sha256: sha256(file.text),
      checksum: checksumOf(Buffer.from(file.text)),
      bytes: Buffer.byteLength(file.text),
      rows: file.rows,
      coverage: file.coverage,
      ...(file.fiscalYearReleases ? { fiscalYearReleases: file.fiscalYearReleases } : {}),
      ...(file.derivedFrom ? { derivedFrom: file.derivedFrom } : {}),
    })),
    sources: [...built.sources].sort((a, b) => a.file.localeCompare(b.file)),
  };
}

export interface WriteHooks {
  /** Called after the new dataset is complete and before the swap (tests simulate failures here). */
  beforeSwap?: () => void;
}

export function writeDatasetAtomically(dir: string, dataset: string, built: BuiltDataset, hooks: WriteHooks = {}): Manifest {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(dir)}.staging-${process.pid}`);
  const previous = join(parent, `.${basename(dir)}.previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    const manifest = manifestFor(dataset, built);
    for (const file of built.files) writeFileSync(join(staging, file.path), file.text);
    writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    hooks.beforeSwap?.();
    const hadPrevious = existsSync(dir);
    if (hadPrevious) renameSync(dir, previous);
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (hadPrevious) renameSync(previous, dir);
      throw error;
    }
    rmSync(previous, { recursive: true, force: true });
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
