// `border-facts data import` and `data reset` through the built binary, in temporary directories only.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, BUNDLED_DATA, runCli } from '../support/cli.js';
import { buildDatasetWithout, NOV_STATE_FILE, SBO_FILE, snapshot, sourceLines, sourcePath, tempDir, writeLines } from '../support/datasets.js';

type Row = Record<string, unknown>;
interface Doc { rows: Row[]; notes: string[]; query: Row; sources: Row[]; command: string }

const root = tempDir('cli-import');
const xdg = join(root, 'xdg');
const files = join(root, 'files');
mkdirSync(files);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { env: { XDG_DATA_HOME: xdg, ...env } });
function json(args: string[], env: Record<string, string | undefined> = {}): Doc {
  const result = run([...args, '--json'], env);
  if (result.status !== 0) throw new Error(`border-facts ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Doc;
}
const southwest = (dir: string, month: string, env: Record<string, string | undefined> = {}) =>
  json([...(dir === '' ? [] : ['--data-dir', dir]), 'encounters', '--month', month], env).rows[0]!;

/** The official Southwest file with August 2025 OFO single adults from Mexico raised by 5 (2,619 → 2,624), as a newer release would revise it. */
function revised(name: string, transform: (lines: string[]) => string[] = (lines) => lines, eol = '\r\n'): string {
  const lines = sourceLines(SBO_FILE);
  expect(lines[1638]).toBe('2025 (FYTD),FYTD,AUG,Office of Field Operations,Single Adults,Mexico,Title 8,Inadmissibles,2619');
  lines[1638] = lines[1638]!.replace(/2619$/, '2624');
  return writeLines(files, name, transform(lines), eol);
}
const REVISED = 'sbo-encounters-fy22-fy25-aug-revised.csv';

/** Leftovers a failed or killed import must not leave beside a dataset directory. */
const leftovers = (dir: string) => readdirSync(join(dir, '..')).filter((name) => name.startsWith(`.${dir.split('/').pop()}.`));

beforeAll(() => {
  buildDatasetWithout(join(root, 'before-nov'), [NOV_STATE_FILE]);
  revised(REVISED);
}, 60_000);

describe('data import of a real release', () => {
  it('adds the months of the November 2025 release to a dataset that lacks them, and queries answer from it', () => {
    const dir = join(root, 'nov');
    cpSync(join(root, 'before-nov'), dir, { recursive: true });
    const before = run(['--data-dir', dir, 'encounters', '--month', '2025-10']);
    expect(before.status).toBe(2);
    expect(before.stderr).toContain('the data covers');

    const report = json(['data', 'import', sourcePath(NOV_STATE_FILE), '--into', dir]);
    expect(report.command).toBe('data import');
    expect(report.query).toMatchObject({ into: dir, dryRun: false });
    const releases = report.rows.filter((r) => r.change === 'release' && r.table === 'encounters-by-state.json');
    expect(releases.map((r) => [r.fiscalYear, r.previousRelease, r.release])).toEqual([
      [2023, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2024, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2025, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2026, null, NOV_STATE_FILE],
    ]);
    expect(report.rows.find((r) => r.change === 'added' && r.table === 'encounters-monthly.json' && r.month === '2025-10' && r.group === 'southwest' && r.measure === 'total'))
      .toMatchObject({ before: null, after: 11707, difference: null, fiscalYear: 2026 });
    expect(report.rows.filter((r) => r.change === 'revised')).toEqual([]);
    expect(report.notes).toContain('encounters-by-state.json: FY2023–FY2025 now from the newer release, with the same figures as before; 2 months added (Oct 2025 – Nov 2025).');
    expect(report.notes).toContain(`Wrote the dataset in ${dir}.`);
    expect(report.sources).toEqual([expect.objectContaining({ id: 'cbp-nationwide-encounters-fy23-fy26-nov-state', release: 'November 2025' })]);

    const autumn = json(['--data-dir', dir, 'encounters', '--from', '2025-09', '--to', '2025-11', '--region', 'nationwide']);
    expect(autumn.rows.map((r) => r.total)).toEqual([expect.any(Number), 30551, 30375]);
    expect(southwest(dir, '2025-11')).toMatchObject({ total: 10960 });
    expect(southwest(dir, '2025-09')).toMatchObject({ total: 11647 });

    // The same files a build from every official file gives.
    for (const file of ['encounters-by-state.json', 'encounters-monthly.json', 'encounters-southwest-by-component.json', 'encounters-usbp-history.json']) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(readFileSync(join(BUNDLED_DATA, file), 'utf8'));
    }
    const sources = json(['--data-dir', dir, 'sources']);
    expect(sources.query).toMatchObject({ dataDir: dir, origin: 'option', dataset: 'imported' });
    expect(sources.rows.find((r) => r.file === NOV_STATE_FILE)!.usedFor).toEqual([{ table: 'encounters-by-state.json', fiscalYears: [2023, 2024, 2025, 2026] }]);
    expect(sources.notes).toContain(`encounters-by-state.json (66,264 rows, Oct 2019 – Nov 2025, sha256 ${JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).files[1].sha256.slice(0, 12)}…): FY2020–FY2021 from nationwide-encounters-fy20-fy23-state.csv; FY2022 from nationwide-encounters-fy22-fy25-state.csv; FY2023–FY2026 from ${NOV_STATE_FILE}.`);
    expect(leftovers(dir)).toEqual([]);
  });

  it('shows a revised month as before → after, in a new directory that starts as a copy of the bundled dataset', () => {
    const dir = join(root, 'revised');
    const report = json(['data', 'import', join(files, REVISED), '--into', dir]);
    expect(report.rows.filter((r) => r.change === 'revised')).toEqual([
      expect.objectContaining({ table: 'encounters-monthly.json', month: '2025-08', group: 'southwest', measure: 'ofo', before: 3419, after: 3424, difference: 5 }),
      expect.objectContaining({ table: 'encounters-southwest-by-component.json', month: '2025-08', group: 'ofo', measure: 'count', before: 3419, after: 3424, difference: 5, previousRelease: SBO_FILE, release: REVISED }),
    ]);
    expect(report.notes).toContain(`${dir} was new or empty: it started as a copy of the bundled dataset.`);
    expect(report.notes).toContain(`No fiscal year comes from ${SBO_FILE} any more: dropped from the sources.`);
    expect(southwest(dir, '2025-08')).toMatchObject({ usbp: 6321, ofo: 3424, total: 9731 });
    expect(southwest('', '2025-08')).toMatchObject({ usbp: 6321, ofo: 3419, total: 9731 });
    expect(readFileSync(join(dir, 'encounters-by-state.json'))).toEqual(readFileSync(join(BUNDLED_DATA, 'encounters-by-state.json')));

    const table = run(['data', 'import', join(files, REVISED), '--into', join(root, 'revised-table'), '--format', 'table']);
    expect(table.stdout).toMatch(/revised\s+2025-08\s+encounters-monthly\s+southwest ofo\s+3,419\s+3,424\s+5/);
  });

  it('reads the same release with a byte-order mark or LF line endings', () => {
    const plain = join(root, 'revised');
    const bom = revised('bom.csv', (lines) => [`\ufeff${lines[0]}`, ...lines.slice(1)]);
    const lf = revised('lf.csv', (lines) => lines, '\n');
    for (const [name, path] of [['bom', bom], ['lf', lf]] as const) {
      const dir = join(root, name);
      expect(run(['data', 'import', path, '--into', dir]).status, name).toBe(0);
      for (const file of ['encounters-monthly.json', 'encounters-southwest-by-component.json']) {
        expect(readFileSync(join(dir, file), 'utf8'), `${name} ${file}`).toBe(readFileSync(join(plain, file), 'utf8'));
      }
    }
  });

  it('changes nothing for a release the dataset already holds', () => {
    const dir = join(root, 'unchanged');
    const report = json(['data', 'import', sourcePath(SBO_FILE), '--into', dir]);
    expect(report.rows).toEqual([]);
    expect(report.notes[0]).toContain('the dataset already holds this file; nothing to import.');
    expect(existsSync(dir)).toBe(false);
  });

  it('writes nothing in a dry run', () => {
    const dir = join(root, 'dry');
    const report = json(['data', 'import', '--dry-run', join(files, REVISED), '--into', dir]);
    expect(report.rows.filter((r) => r.change === 'revised')).toHaveLength(2);
    expect(report.notes).toContain(`Dry run: nothing was written to ${dir}.`);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('a failed data import leaves the previous dataset byte-identical', () => {
  const dir = join(root, 'target');
  beforeAll(() => cpSync(join(root, 'before-nov'), dir, { recursive: true }));

  const cases: [string, () => string[], RegExp][] = [
    ['a bad count on a given line', () => [revised('bad-count.csv', (l) => l.map((line, i) => (i === 1638 ? line.replace(/,2624$/, ',26x4') : line)))],
      /bad-count\.csv: 1 bad row\n {2}line 1639, column 'Encounter Count': "26x4" is not a whole count/],
    ['a row missing a column', () => [revised('short-row.csv', (l) => l.map((line, i) => (i === 9 ? line.split(',').slice(0, -1).join(',') : line)))],
      /short-row\.csv: 1 bad row\n {2}line 10, column '\(row\)': ".*" has 8 fields, expected 9/],
    ['a header missing a column', () => [revised('no-type.csv', (l) => l.map((line) => line.split(',').filter((_, i) => i !== 7).join(',')))],
      /no-type\.csv: unrecognised header .* it looks like southwest-encounters-by-component but lacks 'Encounter Type'/],
    ['a truncated last line', () => [revised('cut.csv', (l) => [l.join('\r\n').slice(0, -4)], '')],
      /cut\.csv: 1 bad row\n {2}line 1937, column '\(row\)': ".*" is the last line and has no line break: the file looks cut short \(download it again\)/],
    ['a release duplicated inside the file', () => [revised('twice.csv', (l) => [...l.slice(0, -1), ...l.slice(1)])],
      /twice\.csv: 1936 bad rows\n {2}line 1938, column '\(row\)': ".*" repeats line 2: its figures would be counted twice/],
    ['the same release given twice', () => [join(files, REVISED), revised('copy.csv')],
      /are the same release \(same sha256\): give it once/],
    ['an unknown header', () => [writeLines(files, 'other.csv', ['Date,Value', '2025-01,3', ''])],
      /other\.csv: unrecognised header \(Date, Value\); the kinds of file border-facts knows are:\n {2}encounters-by-state: /],
    ['a file that does not exist', () => [join(files, 'missing.csv')],
      /^border-facts: .*missing\.csv is missing$/m],
  ];

  it.each(cases)('%s', (_name, paths, message) => {
    const before = snapshot(dir);
    const result = run(['data', 'import', ...paths(), '--into', dir]);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a failure simulated between validation and the swap', () => {
    const before = snapshot(dir);
    const result = run(['data', 'import', join(files, REVISED), '--into', dir], { BORDER_FACTS_TEST_BEFORE_SWAP: 'fail' });
    expect(result.stderr).toBe(`border-facts: could not write the dataset in ${dir}: simulated failure before the swap (BORDER_FACTS_TEST_BEFORE_SWAP=fail); the previous dataset is unchanged\n`);
    expect(result.status).toBe(3);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a kill between validation and the swap; the next import cleans up after it', () => {
    const before = snapshot(dir);
    const killed = run(['data', 'import', join(files, REVISED), '--into', dir], { BORDER_FACTS_TEST_BEFORE_SWAP: 'kill' });
    expect(killed.status).toBeNull();
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir).sort()).toEqual([`.target.lock`, expect.stringMatching(/^\.target\.staging-\d+$/)]);
    expect(southwest(dir, '2025-08')).toMatchObject({ ofo: 3419 });

    const next = json(['data', 'import', join(files, REVISED), '--into', dir]);
    expect(next.notes[0]).toMatch(/^Removed \.target\.staging-\d+, left by an interrupted import \(pid \d+\)\.$/);
    expect(leftovers(dir)).toEqual([]);
    expect(southwest(dir, '2025-08')).toMatchObject({ ofo: 3424 });
  });
});

describe('a release cut at a line break (#14.4)', () => {
  const cut = join(files, 'cut');
  /** The November 2025 release as a broken download leaves it: every line whole, the file ending `keep` lines into September 2025. */
  function novCut(keep: number, name = NOV_STATE_FILE): string {
    const lines = readFileSync(sourcePath(NOV_STATE_FILE), 'utf8').split('\r\n');
    const september = lines.findIndex((line) => /^2025,Remaining,SEP,/.test(line));
    expect(september + 1).toBe(34764);
    mkdirSync(cut, { recursive: true });
    return writeLines(cut, name, [...lines.slice(0, september + keep), '']);
  }
  const total = (dir: string, month: string, region: string) => json(['--data-dir', dir, 'encounters', '--month', month, '--region', region]).rows[0]!.total;

  it('is refused: September 2025 would fall from 728 rows to 100 (Northern 4,436 → 1,291); nothing is written', () => {
    const dir = join(root, 'cut-refused');
    cpSync(join(root, 'before-nov'), dir, { recursive: true });
    const before = snapshot(dir);
    const result = run(['data', 'import', novCut(100), '--into', dir]);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`border-facts: the import would shrink Sep 2025 of encounters-by-state.json (728 → 100 rows, count 26,002 → 1,291, from ${NOV_STATE_FILE}; the last month of the file): more than a revision removes (CBP's revisions move a month by well under 1%), so the new file looks cut short; nothing was written\n`
      + 'hint: download the release again; if the loss is real, import it with --allow-shrink, and the report lists what it removes\n');
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
    expect(total(dir, '2025-09', 'northern')).toBe(4436);
    expect(total(dir, '2025-09', 'southwest')).toBe(11647);
  });

  it('imports with --allow-shrink, and reports what fell as removed, not revised', () => {
    const dir = join(root, 'cut-allowed');
    cpSync(join(root, 'before-nov'), dir, { recursive: true });
    const report = json(['data', 'import', novCut(100), '--into', dir, '--allow-shrink']);
    const september = report.rows.filter((r) => r.month === '2025-09');
    expect(september.every((r) => r.change === 'removed')).toBe(true);
    expect(september.find((r) => r.table === 'encounters-by-state.json' && r.group === 'northern'))
      .toMatchObject({ before: 4436, after: 1291, difference: -3145, release: NOV_STATE_FILE });
    expect(september.find((r) => r.table === 'encounters-by-state.json' && r.group === 'southwest')).toMatchObject({ before: 11647, after: null });
    expect(report.rows.filter((r) => r.change === 'revised')).toEqual([]);
    expect(report.notes).toContain('--allow-shrink: 1 month (Sep 2025) lost more than a revision removes; the figures that fell are listed as removed.');
    expect(report.notes).toContain('encounters-by-state.json: 1 month cut short (Sep 2025); 628 detail rows differ in months held before.');
    expect(total(dir, '2025-09', 'northern')).toBe(1291);
  });

  it('keeps a month a newer release lacks from the older release, with a note', () => {
    const dir = join(root, 'cut-kept');
    cpSync(join(root, 'before-nov'), dir, { recursive: true });
    const lines = readFileSync(sourcePath(NOV_STATE_FILE), 'utf8').split('\r\n');
    mkdirSync(cut, { recursive: true });
    const withoutSeptember = writeLines(cut, 'nov-without-september.csv', lines.filter((line) => !/^2025,Remaining,SEP,/.test(line)));
    const report = json(['data', 'import', withoutSeptember, '--into', dir]);
    expect(report.notes).toContain('encounters-by-state.json: Sep 2025 is kept from nationwide-encounters-fy22-fy25-state.csv, because nov-without-september.csv (which the rest of FY2025 comes from) does not hold it.');
    expect(report.rows.filter((r) => r.month === '2025-09')).toEqual([]);
    expect(total(dir, '2025-09', 'southwest')).toBe(11647);
    expect(total(dir, '2025-10', 'southwest')).toBe(11707);
    const september = json(['--data-dir', dir, 'encounters', '--month', '2025-09', '--region', 'all']);
    expect(september.sources.map((source) => source.id)).toContain('cbp-nationwide-encounters-fy22-fy25-state');
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).files[1].monthReleases).toEqual({ '2025-09': 'nationwide-encounters-fy22-fy25-state.csv' });
  });
});

describe('two imports at once', () => {
  it('refuses an import while another process holds the lock, and changes nothing', () => {
    const dir = join(root, 'locked');
    cpSync(join(root, 'before-nov'), dir, { recursive: true });
    writeFileSync(join(root, '.locked.lock'), `${process.pid}\n`);
    const before = snapshot(dir);
    const result = run(['data', 'import', join(files, REVISED), '--into', dir]);
    expect(result.stderr).toBe(`border-facts: another border-facts process (pid ${process.pid}) is writing the dataset in ${dir}\nhint: wait for it to finish; if no import is running, remove ${join(root, '.locked.lock')}\n`);
    expect(result.status).toBe(3);
    expect(snapshot(dir)).toEqual(before);
    rmSync(join(root, '.locked.lock'));
  });

  it('lets the first finish and fails the second with a clear message', async () => {
    const dir = join(root, 'concurrent');
    const release = join(root, 'release-first-import');
    const first = spawn(process.execPath, [BIN, 'data', 'import', join(files, REVISED), '--into', dir, '--json'], {
      env: { ...process.env, XDG_DATA_HOME: xdg, BORDER_FACTS_TEST_BEFORE_SWAP: `hold:${release}` },
    });
    const exited = new Promise<number | null>((resolve) => first.on('exit', resolve));
    const lock = join(root, '.concurrent.lock');
    for (let i = 0; i < 2400 && !existsSync(lock); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(lock, 'utf8')).toBe(`${first.pid}\n`);
    const second = run(['data', 'import', join(files, REVISED), '--into', dir]);
    expect(second.status).toBe(3);
    expect(second.stderr).toContain(`another border-facts process (pid ${first.pid}) is writing the dataset in ${dir}`);
    writeFileSync(release, '');
    expect(await exited).toBe(0);
    expect(southwest(dir, '2025-08')).toMatchObject({ ofo: 3424 });
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('the user data directory and data reset', () => {
  const userDir = join(xdg, 'border-facts');

  it('imports into $XDG_DATA_HOME/border-facts by default; commands read it until data reset', () => {
    const report = json(['data', 'import', join(files, REVISED)]);
    expect(report.query.into).toBe(userDir);
    expect(report.notes).toContain("Commands now read this dataset; 'border-facts data reset' returns to the bundled one.");
    expect(southwest('', '2025-08')).toMatchObject({ ofo: 3424 });
    expect(json(['sources']).query).toMatchObject({ dataDir: userDir, origin: 'imported', dataset: 'imported' });
    expect(json(['sources']).notes[0]).toBe(`Dataset in use: ${userDir} (imported: written by 'border-facts data import' or 'data update'; 'border-facts data reset' returns to the bundled dataset).`);
    expect(southwest(BUNDLED_DATA, '2025-08')).toMatchObject({ ofo: 3419 });
    expect(southwest('', '2025-08', { BORDER_FACTS_DATA: BUNDLED_DATA })).toMatchObject({ ofo: 3419 });

    const reset = run(['data', 'reset']);
    expect(reset.status).toBe(0);
    expect(reset.stdout).toBe('');
    const fileCount = JSON.parse(readFileSync(join(BUNDLED_DATA, 'manifest.json'), 'utf8')).files.length + 1;
    expect(reset.stderr).toMatch(new RegExp(`^Removed the imported dataset in ${userDir} \\(${fileCount} files\\)\\. Commands now read the bundled dataset \\(.*\\)\\.\\n$`));
    expect(existsSync(userDir)).toBe(false);
    expect(southwest('', '2025-08')).toMatchObject({ ofo: 3419 });
    expect(json(['sources']).query).toMatchObject({ origin: 'bundled' });

    const again = run(['data', 'reset']);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain(`No imported dataset in ${userDir}: nothing to remove.`);
  });

  it('refuses a bad --format before it imports or removes anything (exit 2)', () => {
    const fresh = join(root, 'never-written');
    const imported = run(['data', 'import', join(files, REVISED), '--into', fresh, '--format', 'junit']);
    expect(imported).toMatchObject({ status: 2, stdout: '' });
    expect(imported.stderr).toBe("border-facts: 'junit' is not a format of import\nhint: formats: table, tsv, csv, json, ndjson\n");
    expect(existsSync(fresh)).toBe(false);
    const copy = join(root, 'kept');
    cpSync(BUNDLED_DATA, copy, { recursive: true });
    const reset = run(['data', 'reset', '--into', copy, '--format', 'xml']);
    expect(reset).toMatchObject({ status: 2, stdout: '' });
    expect(reset.stderr).toBe("border-facts: 'xml' is not a format of reset\nhint: formats: table, tsv, csv, json, ndjson\n");
    expect(existsSync(join(copy, 'manifest.json'))).toBe(true);
  });

  it('never removes a directory that holds something other than a dataset', () => {
    const dir = join(root, 'notes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = run(['data', 'reset', '--into', dir]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`${dir} holds no border-facts dataset (no manifest.json); nothing was removed`);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('where data import may write', () => {
  it('never writes into the dataset installed with border-facts', () => {
    const before = snapshot(BUNDLED_DATA);
    const result = run(['data', 'import', join(files, REVISED), '--into', BUNDLED_DATA]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('that is (or holds) the dataset installed with border-facts, which is never written');
    expect(run(['data', 'reset', '--into', BUNDLED_DATA]).status).toBe(2);
    expect(snapshot(BUNDLED_DATA)).toEqual(before);
  });

  it('refuses a directory that holds other files, since the swap replaces the whole directory', () => {
    const dir = join(root, 'busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = run(['data', 'import', join(files, REVISED), '--into', dir]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`${dir} is not empty and holds no border-facts dataset (no manifest.json)`);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('reports a directory it cannot create as a data error, without a stack trace', () => {
    writeFileSync(join(root, 'a-file'), '');
    const result = run(['data', 'import', join(files, REVISED), '--into', join(root, 'a-file', 'ds')]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^border-facts: could not write the dataset in .*a-file\/ds: .*; the previous dataset is unchanged\n$/);
    expect(run(['data', 'import', join(files, REVISED), '--into', join(root, 'a-file')]).stderr).toContain('not a directory');
  });

  it('points --data-dir users to --into', () => {
    const result = run(['--data-dir', join(root, 'x'), 'data', 'import', join(files, REVISED)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('data import writes to --into <dir>');
  });

  it('has help with examples', () => {
    const help = run(['data', 'import', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n {2}# .*\n {2}border-facts data import ~\/Downloads\/nationwide-encounters-fy23-fy26-nov-state\.csv\n/);
    expect(run(['data', '--help']).stdout).toMatch(/import <files\.\.\.>[\s\S]*reset/);
  });
});
