// Hostile datasets through the built binary (#14.5, #14.8): files that are not regular files, files
// that cannot be read, a hand-edited manifest, tables swapped with their hashes, an empty
// --data-dir. Each is exit 3 (or 2) with one line naming the problem, at once, never a hang, a
// crash or a wrong number; the dataset is never changed by reading it.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/cli.js';
import { cleanEnv, copyDataset, readManifest, rewriteWithManifest, STACK_LINE, writeManifest } from '../support/unix.js';
import { snapshot } from '../support/datasets.js';

const scratch = mkdtempSync(join(tmpdir(), 'border-facts-integrity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copy: ReturnType<typeof copyDataset>;
beforeEach(() => {
  copy = copyDataset();
});
afterEach(() => copy.dispose());

/** One data error: exit 3, nothing on stdout, the message (and its hint) only, no stack. */
function expectDataError(args: string[], message: RegExp): string {
  const run = runCli(args);
  expect(run.status, run.stderr).toBe(3);
  expect(run.stdout).toBe('');
  const [first, ...rest] = run.stderr.trimEnd().split('\n');
  expect(first).toMatch(message);
  expect(rest.every((line) => line.startsWith('hint: '))).toBe(true);
  expect(run.stderr).not.toMatch(STACK_LINE);
  return run.stderr;
}

const seizuresOf = (dir: string, month: string) => ['--data-dir', dir, 'seizures', '--month', month, '--json'];

describe('only regular files, each within its limit (#14.5)', () => {
  it('a manifest that is a symbolic link to /dev/zero, or a FIFO: exit 3 at once, never a hang', () => {
    rmSync(join(copy.dir, 'manifest.json'));
    symlinkSync('/dev/zero', join(copy.dir, 'manifest.json'));
    expectDataError(['--data-dir', copy.dir, 'sources'], /^border-facts: manifest .*manifest\.json is not a regular file \(a character device\)$/);
    rmSync(join(copy.dir, 'manifest.json'));
    expect(spawnSync('mkfifo', [join(copy.dir, 'manifest.json')]).status).toBe(0);
    expectDataError(['--data-dir', copy.dir, 'encounters', '--month', 'nov'], /^border-facts: manifest .*manifest\.json is not a regular file \(a FIFO\)$/);
  });

  it('a data file that is a symbolic link to /dev/zero, or a directory', () => {
    rmSync(join(copy.dir, 'encounters-monthly.json'));
    symlinkSync('/dev/zero', join(copy.dir, 'encounters-monthly.json'));
    expectDataError(['--data-dir', copy.dir, 'encounters', '--month', 'nov'], /data file .*encounters-monthly\.json is not a regular file \(a character device\)$/);
    rmSync(join(copy.dir, 'encounters-monthly.json'));
    mkdirSync(join(copy.dir, 'encounters-monthly.json'));
    expectDataError(['--data-dir', copy.dir, 'encounters', '--month', 'nov'], /data file .*encounters-monthly\.json is not a regular file \(a directory\)$/);
  });

  it('a data file grown to 64 MiB (sparse) is refused by its size, before it is read', () => {
    truncateSync(join(copy.dir, 'encounters-monthly.json'), 64 * 1024 * 1024);
    expectDataError(['--data-dir', copy.dir, 'encounters', '--month', 'nov'], /data file .*encounters-monthly\.json is 64 MiB; the limit for a data file is 32 MiB$/);
  });

  it('an unreadable file is reported as unreadable, not as missing (#14.8)', () => {
    const root = process.getuid?.() === 0;
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8', env: cleanEnv(), ...(root ? { uid: 65534, gid: 65534 } : {}),
    });
    // root reads everything: the test runs the binary as nobody, who can enter the copy but not read the file.
    chmodSync(join(copy.dir, '..'), 0o755);
    chmodSync(join(copy.dir, 'encounters-monthly.json'), 0o000);
    const table = run(['--data-dir', copy.dir, 'encounters', '--month', 'nov']);
    expect(table.status).toBe(3);
    expect(table.stderr).toMatch(/^border-facts: data file .*encounters-monthly\.json cannot be read: permission denied \(EACCES\)\n/);
    chmodSync(join(copy.dir, 'encounters-monthly.json'), 0o644);
    chmodSync(join(copy.dir, 'manifest.json'), 0o000);
    const manifest = run(['--data-dir', copy.dir, 'sources']);
    expect(manifest.status).toBe(3);
    expect(manifest.stderr).toMatch(/^border-facts: manifest .*manifest\.json cannot be read: permission denied \(EACCES\)\n/);
    expect(manifest.stderr).not.toMatch(/missing/);
  });
});

describe('claims files and articles: regular files within their limits (#14.5)', () => {
  it('check /dev/zero, scan /dev/zero and scan - < /dev/zero are exit 3 at once, never a process that grows until it dies', () => {
    expectDataError(['check', '/dev/zero'], /^border-facts: claims file \/dev\/zero is not a regular file \(a character device\)$/);
    expectDataError(['scan', '/dev/zero'], /^border-facts: the article '\/dev\/zero' is not a regular file \(a character device\)$/);
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = spawnSync(process.execPath, [BIN, 'scan', '-'], { encoding: 'utf8', env: cleanEnv(), stdio: [zero, 'pipe', 'pipe'] });
      expect(run.status).toBe(3);
      expect(run.stderr).toBe('border-facts: the article on standard input is more than 4 MiB, the limit\n');
    } finally {
      closeSync(zero);
    }
  });
});

describe('the manifest checks itself, and each table its identity (#14.5)', () => {
  it('a hand-edited coverage ("last": "2026-06") is a data error, never "all drugs 0"', () => {
    const before = runCli(seizuresOf(copy.dir, '2026-06'));
    expect(before.status).toBe(2);
    expect(before.stderr).toContain('the data covers');
    const manifest = readManifest(copy.dir);
    for (const entry of manifest.files.filter((file) => file.family === 'seizures')) entry.coverage = { first: entry.coverage!.first, last: '2026-06' };
    writeManifest(copy.dir, manifest);
    const dataset = snapshot(copy.dir);
    expectDataError(seizuresOf(copy.dir, '2026-06'), /manifest\.json was edited: its integrity hash does not match its content$/);
    expectDataError(['--data-dir', copy.dir, 'sources'], /manifest\.json was edited: its integrity hash does not match its content$/);
    expect(snapshot(copy.dir)).toEqual(dataset);
  });

  it('the same edit with the integrity hash recomputed still fails: the table says what it covers', () => {
    const manifest = readManifest(copy.dir);
    manifest.files.find((file) => file.path === 'seizures-monthly.json')!.coverage = { first: '2018-10', last: '2026-06' };
    manifest.files.find((file) => file.path === 'seizures-ofo-usbp.json')!.coverage = { first: '2018-10', last: '2026-06' };
    writeManifest(copy.dir, manifest, { sealed: true });
    expectDataError(seizuresOf(copy.dir, '2026-06'), /data file .*seizures-monthly\.json is not the table its manifest describes: it covers 2018-10 to 2026-04, the manifest says 2018-10 to 2026-06$/);
  });

  it('two tables swapped, with their sizes and hashes swapped too: a data error, never the wrong table', () => {
    const state = readFileSync(join(copy.dir, 'encounters-by-state.json'), 'utf8');
    const citizenship = readFileSync(join(copy.dir, 'encounters-by-citizenship.json'), 'utf8');
    rewriteWithManifest(copy.dir, 'encounters-by-state.json', citizenship);
    rewriteWithManifest(copy.dir, 'encounters-by-citizenship.json', state);
    expectDataError(['--data-dir', copy.dir, 'encounters', '--month', '2023-11', '--region', 'all', '--by', 'citizenship', '--top', '3'],
      /data file .*encounters-by-citizenship\.json is not the table its manifest describes: it holds the table "encounters-by-state", not "encounters-by-citizenship"$/);
    expectDataError(['--data-dir', copy.dir, 'encounters', '--month', '2023-11', '--region', 'all', '--by', 'state', '--top', '3'],
      /data file .*encounters-by-state\.json is not the table its manifest describes: it holds the table "encounters-by-citizenship", not "encounters-by-state"$/);
  });

  it('a table whose row count disagrees with its (resealed) manifest', () => {
    const manifest = readManifest(copy.dir);
    manifest.files.find((file) => file.path === 'encounters-monthly.json')!.rows = 1257;
    writeManifest(copy.dir, manifest, { sealed: true });
    expectDataError(['--data-dir', copy.dir, 'encounters', '--month', 'nov'], /encounters-monthly\.json is not the table its manifest describes: it holds 1256 rows, the manifest says 1257$/);
  });

  it('a manifest written by border-facts 0.1 (schema version 1, FNV checksums) says so', () => {
    const manifest = readManifest(copy.dir) as unknown as Record<string, unknown>;
    delete manifest.integrity;
    writeManifest(copy.dir, { ...manifest, schemaVersion: 1 });
    expectDataError(['--data-dir', copy.dir, 'sources'], /manifest\.json was written by an earlier version of border-facts \(manifest schema version 1\); this border-facts reads version 2$/);
  });

  it('a manifest naming a file outside the dataset is refused before anything is read', () => {
    writeFileSync(join(scratch, 'victim.json'), '{}');
    const manifest = readManifest(copy.dir);
    manifest.files[0]!.path = '../../victim.json';
    writeManifest(copy.dir, manifest, { sealed: true });
    expectDataError(['--data-dir', copy.dir, 'sources'], /manifest\.json is damaged: file entry 1 names "\.\.\/\.\.\/victim\.json", which has a '\.' or '\.\.' part; a data file must be inside the dataset directory$/);
  });
});

describe('--data-dir (#14.8)', () => {
  it("'' is a usage error, not ./manifest.json", () => {
    writeFileSync(join(scratch, 'manifest.json'), '{');
    const run = spawnSync(process.execPath, [BIN, '--data-dir', '', 'encounters', '--month', 'nov'], { cwd: scratch, encoding: 'utf8', env: cleanEnv() });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('border-facts: --data-dir needs a directory; it was given an empty one\nhint: leave out --data-dir to read the imported or bundled dataset\n');
  });
});

describe('a dataset an import is swapping in (killed between its two renames)', () => {
  it('is read from the previous dataset it set aside, never from the bundled one', () => {
    const home = join(scratch, 'xdg');
    const dir = join(home, 'border-facts');
    cpSync(copy.dir, dir, { recursive: true });
    // This imported dataset differs from the bundled one: August 2025 OFO raised by 5.
    const table = JSON.parse(readFileSync(join(dir, 'encounters-monthly.json'), 'utf8')) as { data: Record<string, (number | null)[]>; dictionaries: Record<string, string[]> };
    const month = table.dictionaries.month!.indexOf('2025-08');
    const region = table.dictionaries.region!.indexOf('southwest');
    const at = table.data.month!.findIndex((m, i) => m === month && table.data.region![i] === region);
    expect(table.data.ofo![at]).toBe(3419);
    table.data.ofo![at] = 3424;
    rewriteWithManifest(dir, 'encounters-monthly.json', JSON.stringify(table));
    renameSync(dir, join(home, '.border-facts.previous-999999999'));
    const run = runCli(['encounters', '--month', '2025-08', '--json'], { env: { XDG_DATA_HOME: home } });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).rows[0]).toMatchObject({ ofo: 3424 });
    const sources = runCli(['sources', '--json'], { env: { XDG_DATA_HOME: home } });
    expect(JSON.parse(sources.stdout).query).toMatchObject({ origin: 'imported' });
  });
});
