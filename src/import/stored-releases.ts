// Reconstructs the releases behind a dataset's stored tables, so that `data import` can merge a
// new release with them by the same rule as `npm run data:build`. A stored table holds each
// fiscal year from one release, named in the manifest (`fiscalYearReleases`); the release's
// newness is the last month of its source's coverage, exactly as when it was read from its file.
import type { Manifest } from '../data/schemas.js';
import { fiscalYearOf } from '../domain/periods.js';
import { DataError } from '../errors.js';
import type { DataFamily } from './families.js';
import type { Release } from './releases.js';

export interface StoredTables {
  dir: string;
  manifest: Manifest;
  /** The decoded rows of a data file, verified against the manifest's sha256. */
  rowsOf(path: string): Record<string, unknown>[];
}

/** For each table the family's file kinds merge into: the releases it holds, rows validated again. */
export function storedReleases(stored: StoredTables, family: DataFamily): Map<string, Release<unknown>[]> {
  const byTable = new Map<string, Release<unknown>[]>();
  for (const { kind, table } of family.kinds) {
    if (byTable.has(table)) continue;
    const entry = stored.manifest.files.find((file) => file.path === table);
    if (!entry) {
      byTable.set(table, []);
      continue;
    }
    const fiscalYearReleases = entry.fiscalYearReleases ?? {};
    const rowsByRelease = new Map<string, unknown[]>();
    stored.rowsOf(table).forEach((row, index) => {
      const parsed = kind.schema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new DataError(
          `${stored.dir}/${table}: row ${index + 1} is not a ${kind.kind} row (${issue.path.join('.') || 'row'}: ${issue.message})`,
          'the dataset was written by another version of border-facts; run border-facts data reset, then import again',
        );
      }
      const fiscalYear = fiscalYearOf(kind.monthOf(parsed.data));
      const release = fiscalYearReleases[String(fiscalYear)];
      if (release === undefined) throw new DataError(`${stored.dir}/manifest.json names no release for FY${fiscalYear} of ${table}`);
      const rows = rowsByRelease.get(release) ?? [];
      rows.push(parsed.data);
      rowsByRelease.set(release, rows);
    });
    byTable.set(table, [...rowsByRelease].map(([name, rows]) => {
      const source = stored.manifest.sources.find((candidate) => candidate.file === name);
      if (!source?.coverage) throw new DataError(`${stored.dir}/manifest.json takes fiscal years of ${table} from ${name} but does not describe that source`);
      return { name, rows, lastMonth: source.coverage.last };
    }));
  }
  return byTable;
}
