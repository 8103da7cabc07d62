// Reads one official CSV: detects its kind from the header, validates every row, describes the
// source. The file is streamed (64 KiB at a time through the CSV reader and the row validator),
// hashed as it is read, and refused at once if it is not a regular file or exceeds the import
// limit, so a 1 GB file or /dev/zero is a data error in milliseconds.
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { openBounded, SIZE_LIMITS, systemProblem } from '../data/bounded-files.js';
import type { ManifestSource } from '../data/schemas.js';
import { DataError } from '../errors.js';
import { CsvReader } from './csv.js';
import { detectKind, RowReader, type FileKind } from './file-kinds.js';
import { KNOWN_FILE_KINDS } from './known-kinds.js';
import { throwIfRowErrors } from './row-errors.js';
import { describeUnknownSource, SOURCE_CATALOG } from './source-catalog.js';

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
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let header: string[] | undefined;
  let kind: FileKind<unknown> | undefined;
  let rowReader: RowReader<unknown> | undefined;
  let recordCount = 0;
  const csv = new CsvReader(displayName, (record) => {
    if (!header) {
      header = record.fields.map((name) => name.trim());
      kind = detectKind({ header }, displayName, KNOWN_FILE_KINDS);
      rowReader = new RowReader(kind, header);
      return;
    }
    recordCount++;
    rowReader!.add(record);
  });
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let total = 0;
    for (;;) {
      let read: number;
      try {
        read = readSync(file.fd, buffer, 0, CHUNK, null);
      } catch (error) {
        throw systemProblem(error, displayName);
      }
      if (read === 0) break;
      total += read;
      if (total > limit) throw new DataError(`${displayName} grew past the import limit while it was read`);
      hash.update(buffer.subarray(0, read));
      csv.push(decoder.write(buffer.subarray(0, read)));
    }
    csv.push(decoder.end());
  } finally {
    file.close();
  }
  const { lastLineEnded } = csv.end();
  if (!kind || !rowReader) throw new DataError(`${displayName}: the file is empty`);
  const { rows, errors, errorCount } = rowReader.finish(lastLineEnded, { requireFinalLineBreak: true });
  throwIfRowErrors(displayName, errors, errorCount);
  if (rows.length === 0) throw new DataError(`${displayName}: no data rows`);
  const fileName = basename(path);
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
