// Reads the files border-facts is given or keeps: regular files only, each kind within its size
// limit, so /dev/zero, a FIFO (or a symlink to either) or a 1 GB file is a data error at once,
// never a hang or a process that grows until it dies. Opened without blocking (a FIFO would
// otherwise wait for a writer), then checked with fstat on the open descriptor.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { DataError } from '../errors.js';

const MIB = 1024 * 1024;

/**
 * The largest file of each kind border-facts reads. The largest of each today: manifest 37 KB,
 * table 1.1 MB, official CSV 3.0 MB, the bundled claims 18 KB, the bundled article 3.7 KB.
 */
export const SIZE_LIMITS = {
  /** manifest.json of a dataset. */
  manifest: 1 * MIB,
  /** One data file of a dataset (a table or a document). */
  table: 32 * MIB,
  /** An official CSV given to `data import` (memory stays under 100 MiB up to this size). */
  importCsv: 16 * MIB,
  /** A claims file given to `check` (10,000 verbose claims take about 13 MB). */
  claims: 32 * MIB,
  /** An article given to `scan` or `check --article` (a book is 1–3 MB of text). */
  article: 4 * MIB,
} as const;

/** The kinds of file with a size limit (not the official file kinds of src/import/file-kinds.ts). */
export type LimitedFile = keyof typeof SIZE_LIMITS;

/** For the claims reader and the article scanner. */
export const CLAIMS_FILE_MAX_BYTES = SIZE_LIMITS.claims;
export const ARTICLE_MAX_BYTES = SIZE_LIMITS.article;

const KIND_WORDS: Record<LimitedFile, string> = {
  manifest: 'a dataset manifest',
  table: 'a data file',
  importCsv: 'a CSV file to import',
  claims: 'a claims file',
  article: 'an article',
};

/** Why a file cannot be read, in words that finish "<file> …". */
export type FileProblem = 'missing' | 'unreadable' | 'not-regular' | 'too-large' | 'other';

/** A file that cannot be read: `problem` says why, `message` words it after the file's label. */
export class FileReadError extends DataError {
  constructor(readonly label: string, readonly problem: FileProblem, readonly why: string, hint?: string) {
    super(`${label} ${why}`, hint);
  }
}

interface OpenedFile {
  fd: number;
  size: number;
  close(): void;
}

/**
 * Opens a regular file for reading, refusing anything else and anything over `limit` bytes
 * (`SIZE_LIMITS[kind]` unless given). `label` names the file in messages ("data file /x/y.json").
 */
export function openBounded(path: string, kind: LimitedFile, label: string, limit: number = SIZE_LIMITS[kind]): OpenedFile {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw systemProblem(error, label);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileReadError(label, 'not-regular', `is not a regular file (${typeOf(stats)})`);
    if (stats.size > limit) {
      throw new FileReadError(label, 'too-large', `is ${formatBytes(stats.size)}; the limit for ${KIND_WORDS[kind]} is ${formatBytes(limit)}`, limitHint(kind));
    }
    return { fd, size: stats.size, close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The whole of a regular file within its limit, as bytes. */
export function readBounded(path: string, kind: LimitedFile, label: string, limit: number = SIZE_LIMITS[kind]): Buffer {
  const file = openBounded(path, kind, label, limit);
  try {
    // One byte more than fstat said: a file that grows while it is read is caught, never read on and on.
    const buffer = Buffer.allocUnsafe(Math.min(file.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(file.fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) throw new FileReadError(label, 'too-large', `grew past ${formatBytes(limit)} while it was read; the limit for ${KIND_WORDS[kind]} is ${formatBytes(limit)}`, limitHint(kind));
    return length === buffer.length ? buffer : buffer.subarray(0, length);
  } catch (error) {
    throw isSystemError(error) ? systemProblem(error, label) : error;
  } finally {
    file.close();
  }
}

/** An error from open or read, in words: missing and unreadable are different problems. */
export function systemProblem(error: unknown, label: string): FileReadError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return new FileReadError(label, 'missing', 'is missing');
    case 'ENOTDIR': return new FileReadError(label, 'missing', 'is missing (a part of its path is not a directory)');
    case 'EACCES':
    case 'EPERM': return new FileReadError(label, 'unreadable', `cannot be read: permission denied (${code})`, 'check the file\'s permissions (ls -l)');
    case 'EISDIR': return new FileReadError(label, 'not-regular', 'is not a regular file (a directory)');
    case 'ELOOP': return new FileReadError(label, 'not-regular', 'is a symbolic link that loops (ELOOP)');
    default: return new FileReadError(label, 'other', `cannot be read (${code ?? (error as Error).message})`);
  }
}

function isSystemError(error: unknown): boolean {
  return !(error instanceof DataError) && typeof (error as NodeJS.ErrnoException | null)?.code === 'string';
}

function typeOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function limitHint(kind: LimitedFile): string | undefined {
  switch (kind) {
    case 'importCsv': return 'is this the right file? Official CBP releases are a few MB; split a larger file by fiscal year and import the parts';
    case 'claims': return 'split the claims over several files (check takes several)';
    case 'article': return 'give the article text only';
    default: return undefined;
  }
}

/** 1.0 GB, 16 MiB, 3.0 MB: binary units for limits (exact), decimal for sizes found. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
