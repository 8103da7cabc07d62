// Reads one official CSV: detects its kind from the header, validates every row, describes the
// source. The text is streamed (64 KiB at a time through the CSV reader and the row validator) and
// hashed as it goes; a file is refused at once if it is not a regular file or exceeds the import
// limit, so a 1 GB file or /dev/zero is a data error in milliseconds. A download held in memory
// (`data update`) goes through the same reader and the same limit.
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { formatBytes, openBounded, SIZE_LIMITS, systemProblem } from '../data/bounded-files.js';
import type { ManifestSource } from '../data/schemas.js';
import { DataError } from '../errors.js';
import { CsvReader } from './csv.js';
import { detectKind, RowReader, type FileKind } from './file-kinds.js';
import { KNOWN_FILE_KINDS } from './known-kinds.js';
import { throwIfRowErrors } from './row-errors.js';
import { describeUnknownSource, SOURCE_CATALOG } from './source-catalog.js';

export { sha256Of as sha256 } from '../data/checksum.js';

export interface SourceRelease {
  fileName: string;
  kind: FileKind<unknown>;
  rows: unknown[];
  lastMonth: string;
  /** The month of the file's last row: where a file cut at a line break was cut. */
  finalMonth: string;
  source: ManifestSource;
}

const CHUNK = 64 * 1024;

export function readSourceFile(path: string, displayName = basename(path), limit: number = SIZE_LIMITS.importCsv): SourceRelease {
  const file = openBounded(path, 'importCsv', displayName, limit);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    return readChunks(basename(path), displayName, limit, () => {
      let read: number;
      try {
        read = readSync(file.fd, buffer, 0, CHUNK, null);
      } catch (error) {
        throw systemProblem(error, displayName);
      }
      return read === 0 ? null : buffer.subarray(0, read);
    });
  } finally {
    file.close();
  }
}

/** The same for a file held in memory (a download): `fileName` names the release in the manifest. */
export function readSourceBytes(bytes: Buffer, fileName: string, displayName = fileName, limit: number = SIZE_LIMITS.importCsv): SourceRelease {
  if (bytes.length > limit) {
    throw new DataError(`${displayName} is ${formatBytes(bytes.length)}; the limit for a CSV file to import is ${formatBytes(limit)}`, 'is this the right file? Official CBP releases are a few MB');
  }
  let offset = 0;
  return readChunks(fileName, displayName, limit, () => {
    if (offset >= bytes.length) return null;
    const chunk = bytes.subarray(offset, offset + CHUNK);
    offset += chunk.length;
    return chunk;
  });
}

/** Streams a release's bytes (`next` gives each chunk, null at the end) through the CSV reader and the row checks. */
function readChunks(fileName: string, displayName: string, limit: number, next: () => Buffer | null): SourceRelease {
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let kind: FileKind<unknown> | undefined;
  let rowReader: RowReader<unknown> | undefined;
  let recordCount = 0;
  const csv = new CsvReader(displayName, (record) => {
    if (!rowReader) {
      const header = record.fields.map((name) => name.trim());
      kind = detectKind({ header }, displayName, KNOWN_FILE_KINDS);
      rowReader = new RowReader(kind, header);
      return;
    }
    recordCount++;
    rowReader.add(record);
  });
  let total = 0;
  for (let chunk = next(); chunk !== null; chunk = next()) {
    total += chunk.length;
    if (total > limit) throw new DataError(`${displayName} grew past ${formatBytes(limit)}, the limit for a CSV file to import, while it was read`);
    hash.update(chunk);
    csv.push(decoder.write(chunk));
  }
  csv.push(decoder.end());
  const { lastLineEnded } = csv.end();
  if (!kind || !rowReader) throw new DataError(`${displayName}: the file is empty`);
  const { rows, errors, errorCount } = rowReader.finish(lastLineEnded, { requireFinalLineBreak: true });
  throwIfRowErrors(displayName, errors, errorCount);
  if (rows.length === 0) throw new DataError(`${displayName}: no data rows`);
  const described = SOURCE_CATALOG[fileName] ?? describeUnknownSource(fileName, kind.family, kind.description, kind.page ?? '');
  const coverage = monthSpan(rows, kind.monthOf);
  return {
    fileName,
    kind,
    rows,
    lastMonth: coverage.last,
    finalMonth: rowReader.finalMonth ?? coverage.last,
    source: {
      id: described.id,
      publisher: described.publisher,
      title: described.title,
      url: described.url,
      release: described.release,
      retrievedFrom: described.retrievedFrom,
      caveats: described.caveats,
      file: fileName,
      sha256: hash.digest('hex'),
      rows: recordCount,
      coverage,
    },
  };
}

function monthSpan<Row>(rows: readonly Row[], monthOf: (row: Row) => string): { first: string; last: string } {
  let first = monthOf(rows[0]!);
  let last = first;
  for (const row of rows) {
    const month = monthOf(row);
    if (month < first) first = month;
    if (month > last) last = month;
  }
  return { first, last };
}
