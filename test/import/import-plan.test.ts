// The import as pure functions of the dataset and the releases read: reconstruction, rebuild, report.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type Dataset } from '../../src/data/dataset.js';
import { ENCOUNTER_FILES } from '../../src/data/encounter-files.js';
import { encountersFamily } from '../../src/import/encounters-family.js';
import { planImport, type BaseDataset } from '../../src/import/import-plan.js';
import { readSourceFile } from '../../src/import/source-reader.js';
import { storedReleases } from '../../src/import/stored-releases.js';
import { BUNDLED_DATA } from '../support/cli.js';
import { buildDatasetWithout, NOV_STATE_FILE, SBO_FILE, sourceLines, sourcePath, tempDir, writeLines } from '../support/datasets.js';

const work = tempDir('plan');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function base(dataset: Dataset): BaseDataset {
  return {
    dir: dataset.dir,
    manifest: dataset.manifest,
    rowsOf: (path) => dataset.table<Record<string, unknown>>(path),
    bytesOf: (path) => Buffer.from(dataset.readText(path), 'utf8'),
  };
}

const bundled = () => openDataset(BUNDLED_DATA, 'bundled');
const text = (bytes: string | Buffer | undefined) => (typeof bytes === 'string' ? bytes : bytes?.toString('utf8'));

/** The Southwest component file with one count raised by 5: August 2025, OFO, single adults, Mexico (2,619 → 2,624). */
function revisedSbo(name: string): string {
  const lines = sourceLines(SBO_FILE);
  expect(lines[1638]).toBe('2025 (FYTD),FYTD,AUG,Office of Field Operations,Single Adults,Mexico,Title 8,Inadmissibles,2619');
  lines[1638] = lines[1638]!.replace(/2619$/, '2624');
  return writeLines(work, name, lines);
}

describe('storedReleases', () => {
  it('reconstructs the releases behind each stored table, and rebuilding them gives the bundled files byte for byte', () => {
    const dataset = bundled();
    const byTable = storedReleases(base(dataset), encountersFamily);
    expect(byTable.get(ENCOUNTER_FILES.state)!.map((r) => [r.name, r.lastMonth])).toEqual([
      ['nationwide-encounters-fy20-fy23-state.csv', '2023-09'],
      ['nationwide-encounters-fy22-fy25-state.csv', '2025-09'],
      ['nationwide-encounters-fy23-fy26-nov-state.csv', '2025-11'],
    ]);
    for (const file of encountersFamily.build(byTable)) {
      expect(file.text, file.path).toBe(readFileSync(join(BUNDLED_DATA, file.path), 'utf8'));
    }
  });

  it('refuses a table whose fiscal year names no release', () => {
    const dataset = bundled();
    const manifest = structuredClone(dataset.manifest);
    delete manifest.files.find((f) => f.path === ENCOUNTER_FILES.component)!.fiscalYearReleases!['2024'];
    expect(() => storedReleases({ ...base(dataset), manifest }, encountersFamily)).toThrow(/names no release for FY2024 of encounters-southwest-by-component\.json/);
  });
});

describe('planImport', () => {
  let before: Dataset;
  let novPlan: ReturnType<typeof planImport>;
  beforeAll(() => {
    buildDatasetWithout(join(work, 'before-nov'), [NOV_STATE_FILE]);
    before = openDataset(join(work, 'before-nov'), 'test');
    novPlan = planImport(base(before), [readSourceFile(sourcePath(NOV_STATE_FILE))]);
  }, 60_000);

  it('gives the dataset a build with that file would give: importing the November 2025 release yields the bundled data files', () => {
    const plan = novPlan;
    expect(plan.changed).toBe(true);
    for (const path of Object.values(ENCOUNTER_FILES)) {
      expect(text(plan.contents.bytes.get(path)), path).toBe(readFileSync(join(BUNDLED_DATA, path), 'utf8'));
    }
    const bundledManifest = bundled().manifest;
    expect(plan.contents.manifest.files).toEqual(bundledManifest.files);
    expect(plan.contents.manifest.sources.map((s) => s.file)).toEqual(bundledManifest.sources.map((s) => s.file));
  });

  it('reports the fiscal years now taken from the new release and the months it adds, with the official figures', () => {
    const { report } = novPlan;
    expect(report.files).toMatchObject([{ file: NOV_STATE_FILE, outcome: 'imported', fiscalYears: [2023, 2024, 2025, 2026], lastMonth: '2025-11' }]);
    const releases = report.changes.filter((c) => c.change === 'release' && c.table === ENCOUNTER_FILES.state);
    expect(releases.map((c) => [c.fiscalYear, c.previousRelease, c.release])).toEqual([
      [2023, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2024, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2025, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2026, null, NOV_STATE_FILE],
    ]);
    const added = (month: string, group: string) => report.changes.find((c) => c.change === 'added' && c.table === ENCOUNTER_FILES.monthly && c.month === month && c.group === group && c.measure === 'total');
    expect(added('2025-10', 'southwest')).toMatchObject({ before: null, after: 11707, fiscalYear: 2026 });
    expect(added('2025-11', 'southwest')).toMatchObject({ before: null, after: 10960 });
    expect(added('2025-10', 'nationwide')!.after).toBe(30551);
    expect(added('2025-11', 'nationwide')!.after).toBe(30375);
    // FY2023–FY2025 are identical in both releases (PROVENANCE.md): no month revised, no detail row differs.
    const state = report.tables.find((t) => t.table === ENCOUNTER_FILES.state)!;
    expect(state).toMatchObject({ monthsAdded: ['2025-10', '2025-11'], monthsRevised: [], rowsRevised: 0 });
    expect(report.changes.filter((c) => c.change === 'revised')).toEqual([]);
    expect(report.sourcesAdded).toEqual([NOV_STATE_FILE]);
    expect(report.sourcesDropped).toEqual([]);
  });

  it('carries the other tables over byte for byte', () => {
    expect(text(novPlan.contents.bytes.get(ENCOUNTER_FILES.usbpHistory))).toBe(before.readText(ENCOUNTER_FILES.usbpHistory));
  });

  it('shows a revised month with its value before and after, and takes a tie in last month for the file imported now', () => {
    const plan = planImport(base(bundled()), [readSourceFile(revisedSbo('sbo-encounters-fy22-fy25-aug-revised.csv'))]);
    const revised = plan.report.changes.filter((c) => c.change === 'revised');
    expect(revised).toEqual([
      expect.objectContaining({ table: ENCOUNTER_FILES.monthly, month: '2025-08', group: 'southwest', measure: 'ofo', before: 3419, after: 3424, difference: 5 }),
      expect.objectContaining({ table: ENCOUNTER_FILES.component, month: '2025-08', group: 'ofo', measure: 'count', before: 3419, after: 3424, difference: 5,
        previousRelease: SBO_FILE, release: 'sbo-encounters-fy22-fy25-aug-revised.csv' }),
    ]);
    expect(plan.report.sourcesDropped).toEqual([SBO_FILE]);
    expect(plan.contents.manifest.sources.map((s) => s.file)).toContain('sbo-encounters-fy22-fy25-aug-revised.csv');
    expect(plan.contents.manifest.sources.map((s) => s.file)).not.toContain(SBO_FILE);
  });

  it('lets a different file under a stored name replace that release', () => {
    const plan = planImport(base(bundled()), [readSourceFile(revisedSbo(SBO_FILE))]);
    expect(plan.report.files[0]).toMatchObject({ outcome: 'replaced', fiscalYears: [2022, 2023, 2024, 2025] });
    expect(plan.report.sourcesDropped).toEqual([]);
    expect(plan.contents.manifest.sources.filter((s) => s.file === SBO_FILE)).toHaveLength(1);
  });

  it('carries files of other families and their sources over unchanged', () => {
    const dataset = bundled();
    const other = '{"meeting":"2023-12-27"}\n';
    const source = { ...dataset.manifest.sources[0]!, id: 'other', file: 'other-release.csv' };
    const entry = { path: 'events.json', family: 'events', description: 'another family', sha256: 'a'.repeat(64), bytes: other.length, rows: 1, coverage: null, fiscalYearReleases: { 2024: 'other-release.csv' } };
    const withOther: BaseDataset = {
      ...base(dataset),
      manifest: { ...dataset.manifest, files: [...dataset.manifest.files, entry], sources: [...dataset.manifest.sources, source] },
      bytesOf: (path) => (path === 'events.json' ? Buffer.from(other) : base(dataset).bytesOf(path)),
    };
    const plan = planImport(withOther, [readSourceFile(revisedSbo('sbo-encounters-fy22-fy25-aug-revised.csv'))]);
    expect(plan.contents.bytes.get('events.json')).toEqual(Buffer.from(other));
    expect(plan.contents.manifest.files.find((f) => f.path === 'events.json')).toBe(entry);
    expect(plan.contents.manifest.sources).toContainEqual(source);
    expect(text(plan.contents.bytes.get(ENCOUNTER_FILES.state))).toBe(readFileSync(join(BUNDLED_DATA, ENCOUNTER_FILES.state), 'utf8'));
  });

  it('changes nothing for a file the dataset already holds', () => {
    const plan = planImport(base(bundled()), [readSourceFile(sourcePath(SBO_FILE))]);
    expect(plan.changed).toBe(false);
    expect(plan.report.files[0]).toMatchObject({ outcome: 'already-present', sameAs: SBO_FILE });
    expect(plan.report.changes).toEqual([]);
  });

  it('refuses a replacement that would drop a fiscal year the dataset holds', () => {
    const lines = sourceLines(SBO_FILE).filter((line) => !line.startsWith('2025'));
    mkdirSync(join(work, 'fy2025-missing'));
    const path = writeLines(join(work, 'fy2025-missing'), SBO_FILE, lines);
    expect(() => planImport(base(bundled()), [readSourceFile(path)])).toThrow(/would drop FY2025 of encounters-southwest-by-component\.json/);
  });

  it('refuses the same release given twice', () => {
    const release = readSourceFile(sourcePath(SBO_FILE));
    expect(() => planImport(base(before), [release, { ...release, fileName: 'copy.csv' }])).toThrow(/are the same release \(same sha256\): give it once/);
  });
});
