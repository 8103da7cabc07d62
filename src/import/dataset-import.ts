// `data import` and `data reset` on disk: where a dataset may be written, the lock, recovery from
// an import that was killed, the base dataset (the target's, or the bundled one for a new
// directory), and the atomic write. Every check and every validation runs before the swap.
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MANIFEST_FILE, openDataset, type Dataset } from '../data/dataset.js';
import type { ManifestSource } from '../data/schemas.js';
import { DataError, isKnownError, UsageError } from '../errors.js';
import { acquireDatasetLock, isProcessAlive } from './dataset-lock.js';
import { writeDataset, type WriteHooks } from './dataset-writer.js';
import { planImport, type BaseDataset, type ImportReport } from './import-plan.js';
import { SOURCE_CATALOG, describeUnknownSource } from './source-catalog.js';
import { readSourceFile, type SourceRelease } from './source-reader.js';

/** Where and how an import writes: shared by `data import` (files) and `data update` (downloads). */
export interface ImportTarget {
  /** The dataset directory to write. */
  into: string;
  bundledDir: string;
  dryRun: boolean;
  /** YYYY-MM-DD, recorded in the provenance of imported files. */
  today: string;
  hooks?: WriteHooks;
  /** Says how to undo, in messages: `border-facts data reset` for the default directory. */
  restoreHint: string;
}

export interface ImportRequest extends ImportTarget {
  /** The files as the user typed them. */
  files: readonly string[];
}

export interface ImportResult {
  dir: string;
  /** The directory was new or empty: the import started from a copy of the bundled dataset. */
  startedFromBundled: boolean;
  written: boolean;
  /** The releases would change the dataset (written unless a dry run). */
  changed: boolean;
  report: ImportReport;
  sources: ManifestSource[];
  /** What the import found and repaired from an earlier, interrupted one. */
  recovered: string[];
}

export function importReleases(request: ImportRequest): ImportResult {
  return importIntoDataset(request, (bundled) => request.files.map((file) => {
    const release = readSourceFile(file, file);
    return { ...release, source: describeImported(release, bundled, request.today) };
  }));
}

/**
 * Merges releases into the target dataset under its lock, writing beside it and swapping by
 * rename. `readReleases` reads and validates them (and says where each came from) before
 * anything is locked or written; it gets the bundled dataset to compare provenance with.
 */
export function importIntoDataset(request: ImportTarget, readReleases: (bundled: Dataset) => SourceRelease[]): ImportResult {
  const dir = resolve(request.into);
  checkTarget(dir, request.bundledDir, '--into');
  const bundled = openDataset(request.bundledDir, 'reinstall border-facts (npm install) to restore its bundled data');
  const releases = readReleases(bundled);
  try {
    // A dry run into a place that does not exist yet has nothing to lock and creates nothing.
    if (!request.dryRun) mkdirSync(dirname(dir), { recursive: true });
    const lock = existsSync(dirname(dir)) ? acquireDatasetLock(dir) : { path: '', tookOverStale: false, release: () => {} };
    try {
      const recovered = request.dryRun ? [] : recoverInterruptedWrites(dir);
      if (lock.tookOverStale) recovered.push(`took over the lock of an import that no longer runs (${lock.path})`);
      const startedFromBundled = isNewOrEmpty(dir);
      const base = baseDataset(startedFromBundled ? bundled : openTarget(dir, request.restoreHint));
      const plan = planImport(base, releases);
      const written = !request.dryRun && plan.changed;
      if (written) writeDataset(dir, plan.contents, request.hooks);
      const names = new Set(plan.report.sourcesAdded);
      return { dir, startedFromBundled, written, changed: plan.changed, report: plan.report, sources: plan.contents.manifest.sources.filter((s) => names.has(s.file)), recovered };
    } finally {
      lock.release();
    }
  } catch (error) {
    // Disk full, permissions (errors with a system code): nothing was swapped in. Bugs stay internal errors.
    if (isKnownError(error) || typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    throw new DataError(`could not write the dataset in ${dir}: ${(error as Error).message}; the previous dataset is unchanged`);
  }
}

export interface ResetResult {
  dir: string;
  removed: boolean;
  files: number;
}

/** Removes an imported dataset: only a directory holding a border-facts manifest, and only its own files. */
export function resetDataset(into: string, bundledDir: string): ResetResult {
  const dir = resolve(into);
  checkTarget(dir, bundledDir, '--into');
  if (!existsSync(dirname(dir))) return { dir, removed: false, files: 0 };
  const lock = acquireDatasetLock(dir);
  try {
    recoverInterruptedWrites(dir);
    if (!existsSync(join(dir, MANIFEST_FILE))) {
      if (!isNewOrEmpty(dir)) throw new DataError(`${dir} holds no border-facts dataset (no ${MANIFEST_FILE}); nothing was removed`);
      return { dir, removed: false, files: 0 };
    }
    const dataset = openDataset(dir, `remove ${dir} by hand if it is not needed`);
    const strangers = filesOutsideManifest(dir, dataset);
    if (strangers.length > 0) {
      throw new DataError(`${dir} also holds files that are not part of its dataset (${strangers.join(', ')}); nothing was removed`, 'move them elsewhere first');
    }
    // The manifest goes first: a reset interrupted half-way leaves no dataset that looks complete.
    rmSync(join(dir, MANIFEST_FILE));
    for (const entry of dataset.manifest.files) rmSync(join(dir, entry.path), { force: true });
    rmSync(dir, { recursive: true, force: true });
    return { dir, removed: true, files: dataset.manifest.files.length + 1 };
  } finally {
    lock.release();
  }
}

/** Refuses a target no import may write (the installed package, a file), before any work is done. */
export function checkImportTarget(into: string, bundledDir: string): void {
  checkTarget(resolve(into), bundledDir, '--into');
}

/** Never the installed package: its data/ must stay what npm installed. */
function checkTarget(dir: string, bundledDir: string, option: string): void {
  const real = realOrSelf(dir);
  const bundled = realOrSelf(bundledDir);
  if (inside(real, bundled) || inside(bundled, real)) {
    throw new UsageError(`${option} ${dir}: that is (or holds) the dataset installed with border-facts, which is never written`, 'import into a directory of your own, or leave out --into to use the user data directory');
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${option} ${dir}: not a directory`);
}

function realOrSelf(path: string): string {
  // The target may not exist yet: resolve its deepest existing ancestor.
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

function inside(path: string, parent: string): boolean {
  const rel = relative(parent, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isNewOrEmpty(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

function openTarget(dir: string, restoreHint: string): Dataset {
  if (!existsSync(join(dir, MANIFEST_FILE))) {
    throw new DataError(`${dir} is not empty and holds no border-facts dataset (no ${MANIFEST_FILE})`, 'import into a new or empty directory, or into one an earlier import wrote');
  }
  const dataset = openDataset(dir, restoreHint);
  const strangers = filesOutsideManifest(dir, dataset);
  if (strangers.length > 0) {
    // The swap replaces the whole directory: anything else in it would be lost.
    throw new DataError(`${dir} also holds files that are not part of its dataset (${strangers.join(', ')}); an import replaces the whole directory`, 'move them elsewhere first');
  }
  return dataset;
}

function filesOutsideManifest(dir: string, dataset: Dataset): string[] {
  const known = new Set([MANIFEST_FILE, ...dataset.manifest.files.map((entry) => entry.path.split(/[\\/]/)[0]!)]);
  return readdirSync(dir).filter((name) => !known.has(name));
}

function baseDataset(dataset: Dataset): BaseDataset {
  return {
    dir: dataset.dir,
    manifest: dataset.manifest,
    rowsOf: (path) => dataset.table<Record<string, unknown>>(path),
    // Verified against the manifest's sha256 on read, and again by the writer before the swap.
    bytesOf: (path) => Buffer.from(dataset.readText(path), 'utf8'),
  };
}

/**
 * A process killed mid-import leaves a staging directory, and if it died between the two renames
 * of the swap, the previous dataset set aside under another name. Put that back; remove the rest.
 */
function recoverInterruptedWrites(dir: string): string[] {
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  const notes: string[] = [];
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(dir))}\\.(staging|previous)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (!match || Number(match[2]) === process.pid || isProcessAlive(Number(match[2]))) continue;
    const path = join(parent, name);
    if (match[1] === 'previous' && !existsSync(dir) && existsSync(join(path, MANIFEST_FILE))) {
      renameSync(path, dir);
      notes.push(`restored the dataset in ${dir}, which an interrupted import (pid ${match[2]}) had set aside`);
    } else {
      rmSync(path, { recursive: true, force: true });
      notes.push(`removed ${name}, left by an interrupted import (pid ${match[2]})`);
    }
  }
  return notes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Provenance of an imported file: the catalogue's description when we know the file, and always who brought it in, when. */
function describeImported(release: SourceRelease, bundled: Dataset, today: string): ManifestSource {
  const catalogued = SOURCE_CATALOG[release.fileName];
  const bundledCopy = bundled.manifest.sources.find((source) => source.file === release.fileName);
  const retrievedFrom = `imported with border-facts data import on ${today}`;
  if (catalogued) {
    const caveats = bundledCopy && bundledCopy.sha256 !== release.source.sha256
      ? [...release.source.caveats, `This copy differs from the one border-facts was built with (${catalogued.retrievedFrom}).`]
      : release.source.caveats;
    return { ...release.source, retrievedFrom: bundledCopy?.sha256 === release.source.sha256 ? release.source.retrievedFrom : retrievedFrom, caveats };
  }
  const unknown = describeUnknownSource(release.fileName, release.kind.family, release.kind.description, release.kind.page ?? '');
  return { ...release.source, release: `data through ${release.lastMonth}`, retrievedFrom, caveats: unknown.caveats };
}
