// manifest.json: a dataset's files, each with its sha256, size, rows and coverage, and the
// manifest's own integrity hash (sha256 of the manifest without that field), so a hand-edited
// coverage, size or hash is a data error, never a wrong answer. Also the one rule for the paths a
// manifest may name: plain relative paths that stay inside the dataset directory.
import { DataError } from '../errors.js';
import { sha256Of } from './checksum.js';
import type { Manifest, ManifestFile } from './schemas.js';

export const MANIFEST_FILE = 'manifest.json';
/** Version 2: one hash per file (version 1 also kept an FNV-1a checksum) and the manifest's integrity hash. */
export const MANIFEST_SCHEMA_VERSION = 2;

type Unsealed = Omit<Manifest, 'integrity'>;

/** The integrity hash of a manifest's other fields, in their order. */
function integrityOf(fields: Readonly<Record<string, unknown>>): string {
  return `sha256:${sha256Of(JSON.stringify(fields))}`;
}

/** The manifest with its integrity hash, as the dataset writer stores it. */
export function sealManifest(manifest: Unsealed): Manifest {
  const { schemaVersion, dataset, files, sources } = manifest;
  return { schemaVersion, dataset, integrity: integrityOf({ schemaVersion, dataset, files, sources }), files, sources };
}

/**
 * Why a path from a manifest cannot name a data file, or null when it can: a relative path of
 * plain names separated by '/', so that it resolves inside the dataset directory on any system.
 */
export function datasetPathProblem(path: unknown): string | null {
  if (typeof path !== 'string') return 'is not a path';
  if (path === '') return 'is empty';
  if (path.includes('\0')) return 'holds a NUL character';
  if (path.includes('\\')) return 'holds a backslash';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  const parts = path.split('/');
  if (parts.some((part) => part === '')) return 'has an empty part';
  if (parts.some((part) => part === '.' || part === '..')) return "has a '.' or '..' part";
  if (path === MANIFEST_FILE) return 'is the manifest itself';
  return null;
}

/** The file list of a manifest that names only paths inside its directory (for `data reset`, which needs no more). */
export function manifestPaths(raw: unknown, where: string, hint?: string): string[] {
  const files = (raw as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) throw new DataError(`${where} is damaged: it has no list of files`, hint);
  const paths = files.map((file) => (file as { path?: unknown } | null)?.path);
  checkPaths(paths, where, hint);
  return paths as string[];
}

function checkPaths(paths: readonly unknown[], where: string, hint?: string): void {
  const seen = new Set<string>();
  paths.forEach((path, i) => {
    const problem = datasetPathProblem(path);
    if (problem !== null) {
      throw new DataError(`${where} is damaged: file entry ${i + 1} names ${JSON.stringify(path) ?? 'no path'}, which ${problem}; a data file must be inside the dataset directory`, hint);
    }
    if (seen.has(path as string)) throw new DataError(`${where} is damaged: it lists ${String(path)} twice`, hint);
    seen.add(path as string);
  });
}

/**
 * A manifest's text, checked: JSON, this schema version, its integrity hash, and every file entry
 * with a safe path, a sha256, a size and a row count. Zod is not loaded for this (start-up speed).
 */
export function parseManifest(text: string, where: string, hint: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DataError(`${where} is not valid JSON`, hint);
  }
  const manifest = raw as Partial<Manifest> | null;
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new DataError(`${where} is not a border-facts manifest`, hint);
  const version = manifest.schemaVersion as unknown;
  if (version !== MANIFEST_SCHEMA_VERSION) {
    if (typeof version === 'number' && version < MANIFEST_SCHEMA_VERSION) {
      throw new DataError(`${where} was written by an earlier version of border-facts (manifest schema version ${version}); this border-facts reads version ${MANIFEST_SCHEMA_VERSION}`, hint);
    }
    const found = typeof version === 'number' ? ` (it has schema version ${version})` : '';
    throw new DataError(`${where} is not a border-facts manifest of schema version ${MANIFEST_SCHEMA_VERSION}${found}`, hint);
  }
  const { integrity, ...fields } = manifest;
  if (typeof integrity !== 'string') throw new DataError(`${where} is damaged: it has no integrity hash`, hint);
  if (integrity !== integrityOf(fields)) throw new DataError(`${where} was edited: its integrity hash does not match its content`, hint);
  if (!Array.isArray(manifest.files) || !Array.isArray(manifest.sources)) throw new DataError(`${where} is damaged: it lacks its files or sources`, hint);
  checkPaths(manifest.files.map((file) => (file as Partial<ManifestFile> | null)?.path), where, hint);
  const broken = manifest.files.findIndex((file) => !isFileEntry(file));
  if (broken >= 0) throw new DataError(`${where} is damaged: the entry of ${manifest.files[broken]!.path} lacks its sha256, size, row count or coverage`, hint);
  if (manifest.sources.some((source) => typeof source !== 'object' || source === null || typeof source.file !== 'string')) {
    throw new DataError(`${where} is damaged: a source lacks its file name`, hint);
  }
  return manifest as Manifest;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The fields loading relies on (full validation is zod's, at build and import time). */
function isFileEntry(file: unknown): boolean {
  const entry = file as Partial<ManifestFile>;
  const coverage = entry.coverage as Partial<NonNullable<ManifestFile['coverage']>> | null | undefined;
  return typeof entry.sha256 === 'string' && /^[0-9a-f]{64}$/.test(entry.sha256)
    && Number.isSafeInteger(entry.bytes) && (entry.bytes as number) >= 0
    && Number.isSafeInteger(entry.rows) && (entry.rows as number) >= 0
    && (coverage === null || (typeof coverage === 'object' && MONTH.test(String(coverage.first)) && MONTH.test(String(coverage.last))));
}
