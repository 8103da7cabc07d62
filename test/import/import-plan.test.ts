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
import { buildDatasetWithout, DRUGS_APR_FILE, NOV_STATE_FILE, SBO_FILE, sourceLines, sourcePath, tempDir, writeLines } from '../support/datasets.js';

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
    const stored = (path: string) => base(dataset).rowsOf(path);
    for (const file of encountersFamily.build(byTable, stored)) {
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
    buildDatasetWithout(join(work, 'before-nov'), [NOV_STATE_FILE, DRUGS_APR_FILE]);
    before = openDataset(join(work, 'before-nov'), 'test');
    novPlan = planImport(base(before), [readSourceFile(sourcePath(NOV_STATE_FILE))]);
  }, 60_000);

  it('gives the dataset a build with that file would give: importing the November 2025 release yields the bundled data files', () => {
    const plan = novPlan;
    expect(plan.changed).toBe(true);
    const bundledManifest = bundled().manifest;
    for (const path of Object.values(ENCOUNTER_FILES)) {
      expect(text(plan.contents.bytes.get(path)), path).toBe(readFileSync(join(BUNDLED_DATA, path), 'utf8'));
      expect(plan.contents.manifest.files.find((f) => f.path === path)).toEqual(bundledManifest.files.find((f) => f.path === path));
    }
  });

  it('imports releases of several families at once, generically: with the April 2026 drug seizures too, the whole dataset is the bundled one', () => {
    const plan = planImport(base(before), [readSourceFile(sourcePath(NOV_STATE_FILE)), readSourceFile(sourcePath(DRUGS_APR_FILE))]);
    const bundledManifest = bundled().manifest;
    for (const entry of bundledManifest.files) {
      expect(text(plan.contents.bytes.get(entry.path)), entry.path).toBe(readFileSync(join(BUNDLED_DATA, entry.path), 'utf8'));
    }
    expect(plan.contents.manifest.files).toEqual(bundledManifest.files);
    expect(plan.contents.manifest.sources.map((s) => s.file)).toEqual(bundledManifest.sources.map((s) => s.file));
    const seizures = plan.report.tables.find((t) => t.table === 'seizures-ofo-usbp.json')!;
    expect(seizures.monthsAdded).toHaveLength(43); // Oct 2022 – Apr 2026
    const fentanyl = plan.report.changes.filter((c) => c.table === 'seizures-ofo-usbp.json' && c.month === '2026-04' && c.group === 'fentanyl');
    expect(fentanyl.map((c) => [c.change, c.measure, c.before])).toEqual([['added', 'events', null], ['added', 'pounds', null]]);
    expect(fentanyl[0]!.after).toBe(89);
    expect(fentanyl[1]!.after).toBeCloseTo(463.380511, 6);
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

  it('carries the files of other families, authored documents and their sources over unchanged', () => {
    const dataset = bundled();
    const plan = planImport(base(dataset), [readSourceFile(revisedSbo('sbo-encounters-fy22-fy25-aug-revised.csv'))]);
    const others = dataset.manifest.files.filter((entry) => entry.family !== 'encounters');
    expect(others.map((entry) => entry.path).sort()).toEqual(['article-claims.json', 'events.json', 'published-figures.json', 'releases.json', 'seizures-amo.json', 'seizures-monthly.json', 'seizures-ofo-usbp.json']);
    for (const entry of others) {
      expect(plan.contents.bytes.get(entry.path), entry.path).toEqual(readFileSync(join(BUNDLED_DATA, entry.path)));
      expect(plan.contents.manifest.files.find((f) => f.path === entry.path)).toEqual(entry);
    }
    const drugSources = dataset.manifest.sources.filter((source) => /drug/.test(source.file));
    expect(drugSources).toHaveLength(4);
    for (const source of drugSources) expect(plan.contents.manifest.sources).toContainEqual(source);
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
