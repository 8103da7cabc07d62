// Opens a dataset directory and loads its files by name, lazily and checked against the manifest:
// a missing, truncated or edited file is a clear data error, never a wrong number.
import { checksumOf } from './checksum.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { ColumnarTable, TABLE_FORMAT, TABLE_SCHEMA_VERSION, tableDamage, type CompactTable } from './compact-table.js';
import type { Manifest, ManifestFile } from './schemas.js';

export const MANIFEST_FILE = 'manifest.json';
const SUPPORTED_MANIFEST_VERSION = 1;

export class Dataset {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly dir: string, readonly manifest: Manifest, readonly restoreHint: string) {}

  fileEntry(path: string): ManifestFile {
    const entry = this.manifest.files.find((file) => file.path === path);
    if (!entry) throw new DataError(`the dataset in ${this.dir} has no ${path} in its manifest`, this.restoreHint);
    return entry;
  }

  /** The verified text of a data file. */
  readText(path: string): string {
    const entry = this.fileEntry(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.dir, path));
    } catch {
      throw new DataError(`data file ${join(this.dir, path)} is missing`, this.restoreHint);
    }
    if (bytes.length !== entry.bytes) {
      throw new DataError(`data file ${join(this.dir, path)} is ${bytes.length < entry.bytes ? 'truncated' : 'altered'}: ${bytes.length} bytes, the manifest says ${entry.bytes}`, this.restoreHint);
    }
    if (checksumOf(bytes) !== entry.checksum) {
      throw new DataError(`data file ${join(this.dir, path)} was edited: its checksum does not match the manifest`, this.restoreHint);
    }
    return bytes.toString('utf8');
  }

  /** A compact table, column by column (cached per run): for large tables and hot paths. */
  columns(path: string): ColumnarTable {
    const key = `columns:${path}`;
    if (!this.cache.has(key)) {
      const where = join(this.dir, path);
      const table = parseJson(this.readText(path), where, this.restoreHint) as Partial<CompactTable> | null;
      if (table?.format !== TABLE_FORMAT || table.schemaVersion !== TABLE_SCHEMA_VERSION) {
        const version = table?.format === TABLE_FORMAT ? `format version ${String(table.schemaVersion)}` : 'no border-facts table format';
        throw new DataError(`data file ${where} has ${version}; this border-facts reads version ${TABLE_SCHEMA_VERSION}`, this.restoreHint);
      }
      const damage = tableDamage(table as CompactTable);
      if (damage !== null) throw new DataError(`data file ${where} is damaged: ${damage}`, this.restoreHint);
      this.cache.set(key, new ColumnarTable(table as CompactTable));
    }
    return this.cache.get(key) as ColumnarTable;
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

function parseJson(text: string, where: string, hint: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(`data file ${where} is not valid JSON`, hint);
  }
}

export function openDataset(dir: string, restoreHint: string): Dataset {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataError(`no dataset in ${dir}: ${MANIFEST_FILE} is missing`, restoreHint);
  }
  const manifest = parseJson(text, path, restoreHint) as Partial<Manifest> | null;
  if (manifest?.schemaVersion !== SUPPORTED_MANIFEST_VERSION || !Array.isArray(manifest.files) || !Array.isArray(manifest.sources)) {
    const found = typeof manifest?.schemaVersion === 'number' ? ` (it has schema version ${manifest.schemaVersion})` : '';
    throw new DataError(`${path} is not a border-facts manifest of schema version ${SUPPORTED_MANIFEST_VERSION}${found}`, restoreHint);
  }
  const broken = manifest.files.find((file) => !isFileEntry(file));
  if (broken !== undefined || manifest.sources.some((source) => typeof source !== 'object' || source === null)) {
    throw new DataError(`${path} is damaged: an entry lacks its path, size or checksum`, restoreHint);
  }
  return new Dataset(dir, manifest as Manifest, restoreHint);
}

/** The fields loading relies on (full validation is zod's, at build and import time). */
function isFileEntry(file: unknown): boolean {
  const entry = file as Partial<ManifestFile> | null;
  return typeof entry?.path === 'string' && typeof entry.checksum === 'string'
    && Number.isInteger(entry.bytes) && (entry.bytes as number) >= 0;
}
