// Opens a dataset directory and loads its files by name, lazily and checked against the manifest
// once each: the manifest's own integrity hash, then per file its size, its sha256 and (for a
// table) its identity. A missing, unreadable, truncated, edited or swapped file is a clear data
// error, never a wrong number; a FIFO, a device or an oversized file is refused before reading.
import { existsSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { FileReadError, openBounded, readBounded, systemProblem } from './bounded-files.js';
import { sha256Of } from './checksum.js';
import { ColumnarTable, TABLE_FORMAT, TABLE_SCHEMA_VERSION, tableIdentityProblem, tableShapeProblem, type CompactTable } from './compact-table.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
import { setAsideDataset } from './set-aside.js';
import type { Manifest, ManifestFile } from './schemas.js';

export { MANIFEST_FILE } from './manifest.js';

export class Dataset {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly dir: string, readonly manifest: Manifest, readonly restoreHint: string) {}

  fileEntry(path: string): ManifestFile {
    const entry = this.manifest.files.find((file) => file.path === path);
    if (!entry) throw new DataError(`the dataset in ${this.dir} has no ${path} in its manifest`, this.restoreHint);
    return entry;
  }

  /** The verified bytes of a data file: its size is checked before reading, its sha256 after. */
  readBytes(path: string): Buffer {
    const entry = this.fileEntry(path);
    const where = join(this.dir, path);
    const label = `data file ${where}`;
    const file = withHint(() => openBounded(where, 'table', label), this.restoreHint);
    let bytes: Buffer;
    try {
      if (file.size !== entry.bytes) {
        throw new DataError(`${label} is ${file.size < entry.bytes ? 'truncated' : 'altered'}: ${file.size} bytes, the manifest says ${entry.bytes}`, this.restoreHint);
      }
      bytes = Buffer.allocUnsafe(entry.bytes);
      let length = 0;
      while (length < bytes.length) {
        const read = withHint(() => readOrFail(file.fd, bytes, length, label), this.restoreHint);
        if (read === 0) break;
        length += read;
      }
      if (length !== entry.bytes) throw new DataError(`${label} is truncated: ${length} bytes, the manifest says ${entry.bytes}`, this.restoreHint);
    } finally {
      file.close();
    }
    if (sha256Of(bytes) !== entry.sha256) {
      throw new DataError(`${label} was edited: its checksum does not match the manifest`, this.restoreHint);
    }
    return bytes;
  }

  /** The verified text of a data file. */
  readText(path: string): string {
    return this.readBytes(path).toString('utf8');
  }

  /** A compact table, column by column (cached per run): for large tables and hot paths. */
  columns(path: string): ColumnarTable {
    const key = `columns:${path}`;
    if (!this.cache.has(key)) this.cache.set(key, this.readTable(path));
    return this.cache.get(key) as ColumnarTable;
  }

  /** A compact table read and verified now, not cached (the importer decodes it once). */
  readTable(path: string): ColumnarTable {
    const where = join(this.dir, path);
    const table = parseJson(this.readText(path), where, this.restoreHint) as Partial<CompactTable> | null;
    if (table?.format !== TABLE_FORMAT || table.schemaVersion !== TABLE_SCHEMA_VERSION) {
      const version = table?.format === TABLE_FORMAT ? `format version ${String(table.schemaVersion)}` : 'no border-facts table format';
      throw new DataError(`data file ${where} has ${version}; this border-facts reads version ${TABLE_SCHEMA_VERSION}`, this.restoreHint);
    }
    const damaged = (problem: string) => new DataError(`data file ${where} is damaged: ${problem}`, this.restoreHint);
    const shape = tableShapeProblem(table as CompactTable);
    if (shape !== null) throw damaged(shape);
    const entry = this.fileEntry(path);
    const problem = tableIdentityProblem(table as CompactTable, { name: tableName(path), rows: entry.rows, coverage: entry.coverage });
    if (problem !== null) throw new DataError(`data file ${where} is not the table its manifest describes: ${problem}`, this.restoreHint);
    return new ColumnarTable(table as CompactTable, damaged);
  }

  /** The decoded rows of a compact table (cached per run). */
  table<Row>(path: string): Row[] {
    if (!this.cache.has(path)) this.cache.set(path, this.columns(path).rows<Row>());
    return this.cache.get(path) as Row[];
  }

  /** A JSON document such as the events or the bundled claims (verified, not decoded). */
  document<T>(path: string): T {
    if (!this.cache.has(path)) this.cache.set(path, parseJson(this.readText(path), join(this.dir, path), this.restoreHint));
    return this.cache.get(path) as T;
  }
}

/** The name encodeTable gives a table: its file name without `.json`. */
function tableName(path: string): string {
  return path.replace(/\.json$/, '');
}

function readOrFail(fd: number, bytes: Buffer, offset: number, label: string): number {
  try {
    return readSync(fd, bytes, offset, bytes.length - offset, null);
  } catch (error) {
    throw systemProblem(error, label);
  }
}

/** A read failure carries the dataset's restore hint unless it has a more precise one. */
function withHint<T>(read: () => T, hint: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FileReadError && error.hint === undefined) throw new FileReadError(error.label, error.problem, error.why, hint);
    throw error;
  }
}

function parseJson(text: string, where: string, hint: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(`data file ${where} is not valid JSON`, hint);
  }
}

/**
 * The dataset in `dir`. A directory that an import is swapping in this instant (or one a killed
 * import left between its two renames) is read from the previous dataset it set aside: old or
 * new, never a mix and never silently another one.
 */
export function openDataset(dir: string, restoreHint: string): Dataset {
  const path = join(dir, MANIFEST_FILE);
  let bytes: Buffer;
  try {
    bytes = readBounded(path, 'manifest', `manifest ${path}`);
  } catch (error) {
    if (error instanceof FileReadError && error.problem === 'missing') {
      const previous = existsSync(dir) ? undefined : setAsideDataset(dir);
      if (previous !== undefined) return openDataset(previous, restoreHint);
      throw new DataError(`no dataset in ${dir}: ${MANIFEST_FILE} is missing`, restoreHint);
    }
    if (error instanceof FileReadError && error.hint === undefined) throw new FileReadError(error.label, error.problem, error.why, restoreHint);
    throw error;
  }
  return new Dataset(dir, parseManifest(bytes.toString('utf8'), path, restoreHint), restoreHint);
}
