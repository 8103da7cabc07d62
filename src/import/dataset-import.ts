// `data import` and `data reset` on disk: where a dataset may be written, the lock, recovery from
// an import that was killed, the base dataset (the target's, or the bundled one for a new
// directory), and the atomic write. Every check and every validation runs before the swap.
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { readBounded } from '../data/bounded-files.js';
import { openDataset, type Dataset } from '../data/dataset.js';
import { MANIFEST_FILE, manifestPaths } from '../data/manifest.js';
import type { ManifestSource } from '../data/schemas.js';
import { setAsideDataset, siblingRole } from '../data/set-aside.js';
import { DataError, isKnownError, UsageError } from '../errors.js';
import { acquireDatasetLock, isProcessAlive } from './dataset-lock.js';
import { writeDataset, type WriteHooks } from './dataset-writer.js';
import { planImport, type BaseDataset, type ImportPlan, type ImportReport } from './import-plan.js';
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
  /** Import even where a month shrinks beyond a revision (the loss is reported as removed). */
  allowShrink?: boolean;
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
  const dir = resolve(nonEmpty(request.into));
  checkTarget(dir, request.bundledDir, '--into');
  const bundled = openDataset(request.bundledDir, 'reinstall border-facts (npm install) to restore its bundled data');
  let releases: SourceRelease[] | undefined = readReleases(bundled);
  try {
    // A dry run into a place that does not exist yet has nothing to lock and creates nothing.
    if (!request.dryRun) mkdirSync(dirname(dir), { recursive: true });
    const lock = existsSync(dirname(dir)) ? acquireDatasetLock(dir) : { path: '', tookOverStale: false, release: () => {} };
    try {
      const recovered = request.dryRun ? [] : recoverInterruptedWrites(dir);
      if (lock.tookOverStale) recovered.push(`took over the lock of an import that no longer runs (${lock.path})`);
      // (A dry run does not recover: a dataset an interrupted swap set aside is read where it is.)
      const startedFromBundled = isNewOrEmpty(dir) && setAsideDataset(dir) === undefined;
      const plan = planFrom(startedFromBundled ? bundled : openTarget(dir, request.restoreHint), releases, request.allowShrink === true);
      // The rows read and the stored tables decoded for the plan are not needed to write it: let them go.
      releases = undefined;
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

/** The plan, from a base dataset whose decoded tables live only as long as this call. */
function planFrom(dataset: Dataset, releases: readonly SourceRelease[], allowShrink: boolean): ImportPlan {
  return planImport(baseDataset(dataset), releases, { allowShrink });
}

export interface ResetResult {
  dir: string;
  removed: boolean;
  files: number;
}

/**
 * Removes an imported dataset: only a directory holding a border-facts manifest, whose every path
 * stays inside it, and nothing else. A damaged or older dataset can be reset (that is how a user
 * recovers); a manifest naming a path outside its directory refuses the whole reset.
 */
export function resetDataset(into: string, bundledDir: string): ResetResult {
  const dir = resolve(nonEmpty(into));
  checkTarget(dir, bundledDir, '--into');
  if (!existsSync(dirname(dir))) return { dir, removed: false, files: 0 };
  const lock = acquireDatasetLock(dir);
  try {
    recoverInterruptedWrites(dir);
    if (!existsSync(join(dir, MANIFEST_FILE))) {
      if (!isNewOrEmpty(dir)) throw new DataError(`${dir} holds no border-facts dataset (no ${MANIFEST_FILE}); nothing was removed`);
      return { dir, removed: false, files: 0 };
    }
    const paths = datasetPaths(dir);
    const strangers = filesOutsideManifest(dir, paths);
    if (strangers.length > 0) {
      throw new DataError(`${dir} also holds files that are not part of its dataset (${strangers.join(', ')}); nothing was removed`, 'move them elsewhere first');
    }
    // The manifest goes first: a reset interrupted half-way leaves no dataset that looks complete.
    // Then the directory as a whole: rm never follows a symbolic link out of it.
    rmSync(join(dir, MANIFEST_FILE));
    rmSync(dir, { recursive: true, force: true });
    return { dir, removed: true, files: paths.length + 1 };
  } finally {
    lock.release();
  }
}

/** Refuses a target no import may write (the installed package, a file, an empty name), before any work is done. */
export function checkImportTarget(into: string, bundledDir: string): void {
  checkTarget(resolve(nonEmpty(into)), bundledDir, '--into');
}

/** The paths a dataset's manifest names, each checked to stay inside `dir`; the manifest need not be of this version or intact. */
function datasetPaths(dir: string): string[] {
  const where = join(dir, MANIFEST_FILE);
  const hint = `remove ${dir} by hand if it is not needed`;
  const text = readBounded(where, 'manifest', `manifest ${where}`).toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DataError(`${where} is not valid JSON; nothing was removed`, hint);
  }
  const paths = manifestPaths(raw, where, hint);
  for (const path of paths) {
    if (!inside(resolve(dir, path), dir)) throw new DataError(`${where} names ${path}, outside ${dir}; nothing was removed`, hint);
  }
  return paths;
}

/** An empty --into would mean the current directory: a script whose variable came out empty. */
function nonEmpty(into: string): string {
  if (into.trim() === '') throw new UsageError('--into needs a directory; it was given an empty one', 'leave out --into to use the user data directory');
  return into;
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
  if (existsSync(dir) && !existsSync(join(dir, MANIFEST_FILE))) {
    throw new DataError(`${dir} is not empty and holds no border-facts dataset (no ${MANIFEST_FILE})`, 'import into a new or empty directory, or into one an earlier import wrote');
  }
  const dataset = openDataset(dir, restoreHint);
  const strangers = existsSync(dir) ? filesOutsideManifest(dir, dataset.manifest.files.map((entry) => entry.path)) : [];
  if (strangers.length > 0) {
    // The swap replaces the whole directory: anything else in it would be lost.
    throw new DataError(`${dir} also holds files that are not part of its dataset (${strangers.join(', ')}); an import replaces the whole directory`, 'move them elsewhere first');
  }
  return dataset;
}

function filesOutsideManifest(dir: string, paths: readonly string[]): string[] {
  const known = new Set([MANIFEST_FILE, ...paths.map((path) => path.split('/')[0]!)]);
  return readdirSync(dir).filter((name) => !known.has(name));
}

function baseDataset(dataset: Dataset): BaseDataset {
  const decoded = new Map<string, Record<string, unknown>[]>();
  return {
    dir: dataset.dir,
    manifest: dataset.manifest,
    // Decoded once, without keeping the parsed columns as well (memory: the by-state table).
    rowsOf: (path) => {
      let rows = decoded.get(path);
      if (!rows) decoded.set(path, (rows = dataset.readTable(path).rows<Record<string, unknown>>()));
      return rows;
    },
    // Verified against the manifest's sha256 on read, and again by the writer before the swap.
    bytesOf: (path) => dataset.readBytes(path),
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
  for (const name of readdirSync(parent)) {
    const sibling = siblingRole(dir, name);
    if (!sibling || sibling.pid === process.pid || isProcessAlive(sibling.pid)) continue;
    const path = join(parent, name);
    if (sibling.role === 'previous' && !existsSync(dir) && existsSync(join(path, MANIFEST_FILE))) {
      renameSync(path, dir);
      notes.push(`restored the dataset in ${dir}, which an interrupted import (pid ${sibling.pid}) had set aside`);
    } else {
      rmSync(path, { recursive: true, force: true });
      notes.push(`removed ${name}, left by an interrupted import (pid ${sibling.pid})`);
    }
  }
  return notes;
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
