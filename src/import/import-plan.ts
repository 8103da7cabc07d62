// The heart of `data import`, as a pure function of the current dataset and the releases read:
// reconstruct the releases behind each stored table, add the new ones, and rebuild the family
// with its own `build` (the code `npm run data:build` runs), so an imported dataset is what a
// build with that file would have produced. Files of other families and authored documents are
// carried over byte for byte. Nothing is written here; the plan says what to write and what changed.
import { ColumnarTable, TABLE_FORMAT, type CompactTable } from '../data/compact-table.js';
import { MANIFEST_SCHEMA_VERSION, sealManifest } from '../data/manifest.js';
import type { Manifest, ManifestFile, ManifestSource } from '../data/schemas.js';
import { fiscalYearOf, monthLabel } from '../domain/periods.js';
import { formatCount } from '../domain/words.js';
import { DataError } from '../errors.js';
import { columnRows, tableChanges, type ChangeRow, type TableChanges } from './change-report.js';
import type { DatasetContents } from './dataset-writer.js';
import { manifestEntry, sortedSources } from './dataset-writer.js';
import { DATA_FAMILIES, familyOfKind, type DataFamily } from './families.js';
import type { Release } from './releases.js';
import type { SourceRelease } from './source-reader.js';
import { shrinksOf, type MonthShrink } from './shrink-guard.js';
import { storedReleases, type StoredTables } from './stored-releases.js';

export interface BaseDataset extends StoredTables {
  /** The verified bytes of a data file, for files carried over unchanged. */
  bytesOf(path: string): Buffer;
}

/** What became of each file given to `data import`. */
export type ImportOutcome =
  | 'imported' // at least one fiscal year now comes from it
  | 'replaced' // a different file of the same name was stored: this one takes its place
  | 'already-present' // the dataset holds this very file (same sha256): nothing to do
  | 'superseded'; // every fiscal year it covers is held from a newer release

export interface ImportedFile {
  file: string;
  kind: string;
  description: string;
  table: string;
  rows: number;
  firstMonth: string | null;
  lastMonth: string;
  outcome: ImportOutcome;
  /** The fiscal years the dataset now takes from this file. */
  fiscalYears: number[];
  /** For already-present: the stored file it equals. */
  sameAs: string | null;
}

/** A month the newest release for its fiscal year lacks, kept from an older release. */
export interface KeptMonth {
  table: string;
  month: string;
  /** The release the month is kept from. */
  release: string;
  /** The release the rest of its fiscal year comes from, which lacks it. */
  lackedBy: string;
}

export interface ImportReport {
  files: ImportedFile[];
  tables: TableChanges[];
  changes: ChangeRow[];
  sourcesAdded: string[];
  sourcesDropped: string[];
  monthsKept: KeptMonth[];
  /** Months that shrank beyond a revision, imported anyway (--allow-shrink). */
  shrinks: MonthShrink[];
}

export interface ImportOptions {
  /** Import a release even where it removes more of a month than a revision would (reported as removed). */
  allowShrink?: boolean;
  datasetName?: string;
}

export interface ImportPlan {
  contents: DatasetContents;
  /** False when every data file and source would stay as it is: nothing to write. */
  changed: boolean;
  report: ImportReport;
}

export function planImport(base: BaseDataset, releases: readonly SourceRelease[], options: ImportOptions = {}): ImportPlan {
  checkDistinct(releases);
  const storedBySha = new Map(base.manifest.sources.map((source) => [source.sha256, source.file]));
  const targets = releases.map((release) => {
    const target = familyOfKind(release.kind.kind);
    if (!target) throw new DataError(`${release.fileName}: border-facts recognises ${release.kind.kind} files but has no data family to import them into`);
    return { release, ...target };
  });
  const outcomes = new Map<string, ImportOutcome>();
  const bytes = new Map<string, string | Buffer>();
  let files: ManifestFile[] = [...base.manifest.files];
  const tables: TableChanges[] = [];
  const changes: ChangeRow[] = [];
  const replacedNames = new Set<string>();
  const rebuiltReleaseNames = new Set<string>();
  const monthsKept: KeptMonth[] = [];
  const allowedShrinks: MonthShrink[] = [];

  for (const family of DATA_FAMILIES) {
    const mine = targets.filter((target) => target.family === family);
    const fresh = mine.filter(({ release }) => {
      const same = storedBySha.get(release.source.sha256);
      if (same !== undefined) outcomes.set(release.fileName, 'already-present');
      return same === undefined;
    });
    if (fresh.length === 0) continue;
    const byTable = storedReleases(base, family);
    for (const releases of byTable.values()) for (const release of releases) rebuiltReleaseNames.add(release.name);
    for (const { release } of fresh) {
      for (const [table, stored] of byTable) {
        // A different file under a stored release's name is a republication: it takes that release's place.
        if (stored.some((candidate) => candidate.name === release.fileName)) {
          byTable.set(table, stored.filter((candidate) => candidate.name !== release.fileName));
          replacedNames.add(release.fileName);
        }
      }
    }
    for (const [table, stored] of byTable) {
      // New releases first: on a tie (same last month) the file imported now wins over the stored one.
      const incoming = fresh.filter((target) => target.table === table).map(({ release }) => ({ name: release.fileName, rows: release.rows, lastMonth: release.lastMonth }));
      byTable.set(table, [...incoming, ...stored]);
    }
    const stored = (path: string) => (base.manifest.files.some((file) => file.path === path) ? base.rowsOf(path) : undefined);
    const built = family.build(byTable as ReadonlyMap<string, Release<unknown>[]>, stored).map((file) => ({
      file, entry: manifestEntry(file), previous: base.manifest.files.find((candidate) => candidate.path === file.path),
    }));
    // Every check first: nothing lost, no month cut short; then the report.
    const shrinks: MonthShrink[] = [];
    for (const { file, entry, previous } of built) {
      guardFiscalYears(previous, entry, base.dir);
      if (!previous?.fiscalYearReleases || previous.sha256 === entry.sha256) continue;
      const after = tableColumns(file.text);
      if (!after) continue;
      const strict = new Set(fresh.filter((target) => target.table === file.path).flatMap(({ release }) => [release.finalMonth, release.lastMonth]));
      shrinks.push(...shrinksOf(file.path, base.rowsOf(previous.path), after.table, after.columns, strict));
      monthsKept.push(...keptMonths(previous, entry));
    }
    if (shrinks.length > 0 && !options.allowShrink) throw shrinkError(shrinks, entryReleases(built.map(({ entry }) => entry)));
    allowedShrinks.push(...shrinks);
    const shrunk = new Set(shrinks.map((shrink) => shrink.period));
    for (const { file, entry, previous } of built) {
      bytes.set(file.path, file.text);
      files = previous ? files.map((candidate) => (candidate.path === file.path ? entry : candidate)) : [...files, entry];
      const diff = diffFile(base, family, previous, entry, file.text, shrunk);
      if (diff) {
        tables.push(diff.summary);
        changes.push(...diff.rows);
      }
    }
  }

  for (const entry of files) if (!bytes.has(entry.path)) bytes.set(entry.path, base.bytesOf(entry.path));

  const used = new Set(files.flatMap((entry) => [...Object.values(entry.fiscalYearReleases ?? {}), ...Object.values(entry.monthReleases ?? {})]));
  const dropped = base.manifest.sources
    .filter((source) => (rebuiltReleaseNames.has(source.file) && !used.has(source.file)) || replacedNames.has(source.file))
    .map((source) => source.file);
  const added = releases.filter((release) => outcomes.get(release.fileName) !== 'already-present' && used.has(release.fileName));
  const sources: ManifestSource[] = sortedSources([
    ...base.manifest.sources.filter((source) => !dropped.includes(source.file)),
    ...added.map((release) => release.source),
  ]);
  const manifest: Manifest = sealManifest({ schemaVersion: MANIFEST_SCHEMA_VERSION, dataset: options.datasetName ?? 'imported', files, sources });

  const importedFiles = targets.map(({ release, table }): ImportedFile => {
    const fiscalYears = Object.entries(files.find((entry) => entry.path === table)?.fiscalYearReleases ?? {})
      .filter(([, name]) => name === release.fileName)
      .map(([fiscalYear]) => Number(fiscalYear));
    const outcome = outcomes.get(release.fileName)
      ?? (fiscalYears.length === 0 ? 'superseded' : replacedNames.has(release.fileName) ? 'replaced' : 'imported');
    return {
      file: release.fileName,
      kind: release.kind.kind,
      description: release.kind.description,
      table,
      rows: release.source.rows,
      firstMonth: release.source.coverage?.first ?? null,
      lastMonth: release.lastMonth,
      outcome,
      fiscalYears: outcome === 'already-present' ? [] : fiscalYears,
      sameAs: outcome === 'already-present' ? storedBySha.get(release.source.sha256)! : null,
    };
  });
  const changed = added.length > 0 || dropped.length > 0
    || files.some((entry) => base.manifest.files.find((old) => old.path === entry.path)?.sha256 !== entry.sha256);
  return {
    contents: { manifest, bytes },
    changed,
    report: {
      files: importedFiles, tables, changes: inReadingOrder(changes, files.map((entry) => entry.path)),
      sourcesAdded: added.map((release) => release.fileName), sourcesDropped: dropped.filter((name) => !added.some((release) => release.fileName === name)),
      monthsKept, shrinks: allowedShrinks,
    },
  };
}

/** Months the rebuilt table keeps from an older release that it did not keep before. */
function keptMonths(previous: ManifestFile, entry: ManifestFile): KeptMonth[] {
  const before = previous.monthReleases ?? {};
  return Object.entries(entry.monthReleases ?? {})
    .filter(([month, release]) => before[month] !== release)
    .map(([month, release]) => ({ table: entry.path, month, release, lackedBy: entry.fiscalYearReleases?.[String(fiscalYearOf(month))] ?? '' }));
}

/** For each table, fiscal year → release after the import: names the release that cut a month. */
function entryReleases(entries: readonly ManifestFile[]): Map<string, Record<string, string>> {
  return new Map(entries.map((entry) => [entry.path, entry.fiscalYearReleases ?? {}]));
}

/** One line that names the months, the loss and the release, and how to go on. */
function shrinkError(shrinks: readonly MonthShrink[], releases: Map<string, Record<string, string>>): DataError {
  const shown = shrinks.slice(0, 3).map((shrink) => {
    const period = shrink.period.startsWith('FY') ? shrink.period : monthLabel(shrink.period);
    const rows = `${formatCount(shrink.rowsBefore)} → ${formatCount(shrink.rowsAfter)} rows`;
    const figure = shrink.measure !== null ? `, ${shrink.measure} ${formatCount(shrink.before!)} → ${formatCount(shrink.after!)}` : '';
    const release = releases.get(shrink.table)?.[String(shrink.fiscalYear)];
    return `${period} of ${shrink.table} (${rows}${figure}${release ? `, from ${release}` : ''}${shrink.strict ? '; the last month of the file' : ''})`;
  });
  const more = shrinks.length > 3 ? ` and ${shrinks.length - 3} more` : '';
  return new DataError(
    `the import would shrink ${shown.join('; ')}${more}: more than a revision removes (CBP's revisions move a month by well under 1%), so the new file looks cut short; nothing was written`,
    'download the release again; if the loss is real, import it with --allow-shrink, and the report lists what it removes',
  );
}

/** The same release given twice, or two different files under one name, cannot be merged safely. */
function checkDistinct(releases: readonly SourceRelease[]): void {
  releases.forEach((release, i) => {
    for (const other of releases.slice(0, i)) {
      if (other.source.sha256 === release.source.sha256) {
        throw new DataError(`${other.fileName} and ${release.fileName} are the same release (same sha256): give it once`);
      }
      if (other.fileName === release.fileName) {
        throw new DataError(`two different files are named ${release.fileName}: the dataset names releases by file name, so rename one`);
      }
      const sameTable = familyOfKind(other.kind.kind)?.table === familyOfKind(release.kind.kind)?.table;
      if (sameTable && other.lastMonth === release.lastMonth) {
        throw new DataError(
          `${other.fileName} and ${release.fileName} are two releases of the same table that both run to ${release.lastMonth}: it is not clear which is newer`,
          'import the one you want on its own',
        );
      }
    }
  });
}

/** Nothing lost: a fiscal year the table held before must still be there after the import. */
function guardFiscalYears(previous: ManifestFile | undefined, entry: ManifestFile, dir: string): void {
  const before = Object.keys(previous?.fiscalYearReleases ?? {});
  const after = new Set(Object.keys(entry.fiscalYearReleases ?? {}));
  const lost = before.filter((fiscalYear) => !after.has(fiscalYear));
  if (lost.length > 0) {
    throw new DataError(`the import would drop FY${lost.join(', FY')} of ${entry.path} from the dataset in ${dir}; nothing was written`);
  }
}

function diffFile(base: BaseDataset, family: DataFamily, previous: ManifestFile | undefined, entry: ManifestFile, text: string, shrunk: ReadonlySet<string>) {
  if (previous?.sha256 === entry.sha256 || family.releaseHistories?.includes(entry.path)) return undefined;
  const parsed = tableColumns(text);
  if (!parsed) return undefined;
  // The rebuilt table is read column by column; the stored rows are decoded already (for the rebuild).
  const afterRows = columnRows(parsed.table, parsed.columns);
  const beforeRows = previous ? base.rowsOf(previous.path) : [];
  return tableChanges(
    entry.path,
    { rows: beforeRows, fiscalYearReleases: previous?.fiscalYearReleases },
    { rows: afterRows, fiscalYearReleases: entry.fiscalYearReleases },
    family.revisionGroups?.[entry.path] ?? [],
    shrunk,
  );
}

function tableColumns(text: string): { table: ColumnarTable; columns: string[] } | undefined {
  const table = JSON.parse(text) as Partial<CompactTable>;
  return table.format === TABLE_FORMAT ? { table: new ColumnarTable(table as CompactTable), columns: table.columns ?? [] } : undefined;
}


/** Releases first, then month by month, each month's tables in manifest order: how a reader compares revisions. */
function inReadingOrder(changes: readonly ChangeRow[], tableOrder: readonly string[]): ChangeRow[] {
  const rank = (row: ChangeRow) => (row.change === 'release' ? `0|${tableOrder.indexOf(row.table)}|${row.fiscalYear}` : `1|${row.month}`);
  const positions = new Map(changes.map((row, i) => [row, i]));
  return [...changes].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra < rb ? -1 : 1;
    return tableOrder.indexOf(a.table) - tableOrder.indexOf(b.table) || positions.get(a)! - positions.get(b)!;
  });
}
