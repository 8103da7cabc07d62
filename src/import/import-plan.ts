// The heart of `data import`, as a pure function of the current dataset and the releases read:
// reconstruct the releases behind each stored table, add the new ones, and rebuild the family
// with its own `build` (the code `npm run data:build` runs), so an imported dataset is what a
// build with that file would have produced. Files of other families and authored documents are
// carried over byte for byte. Nothing is written here; the plan says what to write and what changed.
import { ColumnarTable, TABLE_FORMAT, type CompactTable } from '../data/compact-table.js';
import type { Manifest, ManifestFile, ManifestSource } from '../data/schemas.js';
import { DataError } from '../errors.js';
import { tableChanges, type ChangeRow, type TableChanges } from './change-report.js';
import type { DatasetContents } from './dataset-writer.js';
import { manifestEntry, sortedSources } from './dataset-writer.js';
import { DATA_FAMILIES, familyOfKind, type DataFamily } from './families.js';
import type { Release } from './releases.js';
import type { SourceRelease } from './source-reader.js';
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

export interface ImportReport {
  files: ImportedFile[];
  tables: TableChanges[];
  changes: ChangeRow[];
  sourcesAdded: string[];
  sourcesDropped: string[];
}

export interface ImportPlan {
  contents: DatasetContents;
  /** False when every data file and source would stay as it is: nothing to write. */
  changed: boolean;
  report: ImportReport;
}

export function planImport(base: BaseDataset, releases: readonly SourceRelease[], datasetName = 'imported'): ImportPlan {
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
    const built = family.build(byTable as ReadonlyMap<string, Release<unknown>[]>, stored);
    for (const file of built) {
      const entry = manifestEntry(file);
      const previous = base.manifest.files.find((candidate) => candidate.path === file.path);
      guardFiscalYears(previous, entry, base.dir);
      bytes.set(file.path, file.text);
      files = previous ? files.map((candidate) => (candidate.path === file.path ? entry : candidate)) : [...files, entry];
      const diff = diffFile(base, family, previous, entry, file.text);
      if (diff) {
        tables.push(diff.summary);
        changes.push(...diff.rows);
      }
    }
  }

  for (const entry of files) if (!bytes.has(entry.path)) bytes.set(entry.path, base.bytesOf(entry.path));

  const used = new Set(files.flatMap((entry) => Object.values(entry.fiscalYearReleases ?? {})));
  const dropped = base.manifest.sources
    .filter((source) => (rebuiltReleaseNames.has(source.file) && !used.has(source.file)) || replacedNames.has(source.file))
    .map((source) => source.file);
  const added = releases.filter((release) => outcomes.get(release.fileName) !== 'already-present' && used.has(release.fileName));
  const sources: ManifestSource[] = sortedSources([
    ...base.manifest.sources.filter((source) => !dropped.includes(source.file)),
    ...added.map((release) => release.source),
  ]);
  const manifest: Manifest = { schemaVersion: base.manifest.schemaVersion, dataset: datasetName, files, sources };

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
    report: { files: importedFiles, tables, changes: inReadingOrder(changes, files.map((entry) => entry.path)), sourcesAdded: added.map((release) => release.fileName), sourcesDropped: dropped.filter((name) => !added.some((release) => release.fileName === name)) },
  };
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

function diffFile(base: BaseDataset, family: DataFamily, previous: ManifestFile | undefined, entry: ManifestFile, text: string) {
  if (previous?.sha256 === entry.sha256 || family.releaseHistories?.includes(entry.path)) return undefined;
  const afterRows = tableRows(text);
  if (!afterRows) return undefined;
  const beforeRows = previous ? base.rowsOf(previous.path) : [];
  return tableChanges(
    entry.path,
    { rows: beforeRows, fiscalYearReleases: previous?.fiscalYearReleases },
    { rows: afterRows, fiscalYearReleases: entry.fiscalYearReleases },
    family.revisionGroups?.[entry.path] ?? [],
  );
}

function tableRows(text: string): Record<string, unknown>[] | undefined {
  const table = JSON.parse(text) as Partial<CompactTable>;
  return table.format === TABLE_FORMAT ? new ColumnarTable(table as CompactTable).rows<Record<string, unknown>>() : undefined;
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
