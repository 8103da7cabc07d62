// Reads one official CSV: detects its kind from the header, validates every row, describes the source.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ManifestSource } from '../data/schemas.js';
import { DataError } from '../errors.js';
import { parseCsv } from './csv.js';
import { coverageOf } from './dataset-files.js';
import { detectKind, readRows, type FileKind } from './file-kinds.js';
import { KNOWN_FILE_KINDS } from './known-kinds.js';
import { lastMonthOf } from './releases.js';
import { throwIfRowErrors } from './row-errors.js';
import { describeUnknownSource, SOURCE_CATALOG } from './source-catalog.js';

export interface SourceRelease {
  fileName: string;
  kind: FileKind<unknown>;
  rows: unknown[];
  lastMonth: string;
  source: ManifestSource;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readSourceFile(path: string, displayName = basename(path)): SourceRelease {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DataError(`cannot read ${displayName}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return readSourceBytes(bytes, basename(path), displayName);
}

/** The same for a file held in memory (a download): `fileName` names the release in the manifest. */
export function readSourceBytes(bytes: Buffer, fileName: string, displayName = fileName): SourceRelease {
  const table = parseCsv(bytes.toString('utf8'), displayName);
  const kind = detectKind(table, displayName, KNOWN_FILE_KINDS);
  const { rows, errors } = readRows(kind, table, { requireFinalLineBreak: true });
  throwIfRowErrors(displayName, errors);
  if (rows.length === 0) throw new DataError(`${displayName}: no data rows`);
  const described = SOURCE_CATALOG[fileName] ?? describeUnknownSource(fileName, kind.family, kind.description, kind.page ?? '');
  return {
    fileName,
    kind,
    rows,
    lastMonth: lastMonthOf(rows, kind.monthOf),
    source: {
      id: described.id,
      publisher: described.publisher,
      title: described.title,
      url: described.url,
      release: described.release,
      retrievedFrom: described.retrievedFrom,
      caveats: described.caveats,
      file: fileName,
      sha256: sha256(bytes),
      rows: table.records.length,
      coverage: coverageOf(rows.map(kind.monthOf)),
    },
  };
}
