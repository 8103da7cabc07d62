// Reconstructs the releases behind a dataset's stored tables, so that `data import` can merge a
// new release with them by the same rule as `npm run data:build`. A stored table holds each
// fiscal year from one release, named in the manifest (`fiscalYearReleases`, with the months kept
// from an older release in `monthReleases`); the release's newness is the last month of its
// source's coverage, exactly as when it was read from its file.
import type { Manifest } from '../data/schemas.js';
import { fiscalYearOf } from '../domain/periods.js';
import { DataError } from '../errors.js';
import type { DataFamily } from './families.js';
import type { Release } from './releases.js';

export interface StoredTables {
  dir: string;
  manifest: Manifest;
  /** The decoded rows of a data file, verified against the manifest (sha256 and identity). */
  rowsOf(path: string): Record<string, unknown>[];
}

/**
 * For each table the family's file kinds merge into: the releases it holds. The table's sha256
 * and identity matched on read, so rows are not validated one by one again; the first row is, so
 * a dataset written by another version of border-facts (other columns) is refused clearly.
 */
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
    const monthReleases = entry.monthReleases ?? {};
    const rowsByRelease = new Map<string, unknown[]>();
    const rows = stored.rowsOf(table);
    const parsed = rows.length > 0 ? kind.schema.safeParse(rows[0]) : undefined;
    if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataError(
        `${stored.dir}/${table}: its rows are not ${kind.kind} rows (${issue.path.join('.') || 'row'}: ${issue.message})`,
        'the dataset was written by another version of border-facts; run border-facts data reset, then import again',
      );
    }
    for (const row of rows) {
      const month = kind.monthOf(row);
      const fiscalYear = fiscalYearOf(month);
      const release = Object.hasOwn(monthReleases, month) ? monthReleases[month]! : fiscalYearReleases[String(fiscalYear)];
      if (release === undefined) throw new DataError(`${stored.dir}/manifest.json names no release for FY${fiscalYear} of ${table}`);
      const list = rowsByRelease.get(release) ?? [];
      list.push(row);
      rowsByRelease.set(release, list);
    }
    byTable.set(table, [...rowsByRelease].map(([name, rows]) => {
      const source = stored.manifest.sources.find((candidate) => candidate.file === name);
      if (!source?.coverage) throw new DataError(`${stored.dir}/manifest.json takes fiscal years of ${table} from ${name} but does not describe that source`);
      return { name, rows, lastMonth: source.coverage.last };
    }));
  }
  return byTable;
}
