// `data import` and `data reset` against hostile input, through the built binary (#14.2, #14.5,
// #14.6, #14.8): manifests that name paths outside the dataset, files that are not regular files or
// cannot be read, a 1 GB file, empty options, and a kill between the two renames of the swap. Each
// is refused with exit 2 or 3 and one line, and leaves every file as it was.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, BUNDLED_DATA, runCli } from '../support/cli.js';
import { SBO_FILE, snapshot, sourceLines, tempDir, writeLines } from '../support/datasets.js';
import { cleanEnv, readManifest, STACK_LINE, writeManifest } from '../support/unix.js';

const root = tempDir('hostile');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const xdg = join(root, 'xdg');
const run = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { env: { XDG_DATA_HOME: xdg, ...env } });

/** The official Southwest file with August 2025 OFO single adults from Mexico set to `count` (2,619 as published). */
function sboWith(name: string, count: number): string {
  const lines = sourceLines(SBO_FILE);
  expect(lines[1638]).toBe('2025 (FYTD),FYTD,AUG,Office of Field Operations,Single Adults,Mexico,Title 8,Inadmissibles,2619');
  lines[1638] = lines[1638]!.replace(/2619$/, String(count));
  return writeLines(root, name, lines);
}
const REVISED = sboWith('sbo-revised-2624.csv', 2624);
const REVISED_AGAIN = sboWith('sbo-revised-2635.csv', 2635);

function expectRefused(result: ReturnType<typeof runCli>, status: 2 | 3, message: RegExp): void {
  expect(result.status, result.stderr).toBe(status);
  expect(result.stdout).toBe('');
  const [first, ...rest] = result.stderr.trimEnd().split('\n');
  expect(first).toMatch(message);
  expect(rest.every((line) => line.startsWith('hint: '))).toBe(true);
  expect(result.stderr).not.toMatch(STACK_LINE);
}

describe('paths from a manifest never leave the dataset directory (#14.2)', () => {
  const victim = join(root, 'victim.txt');
  const cases: [string, string][] = [
    ['../victim.txt', "has a '.' or '..' part"],
    ['sub/../../victim.txt', "has a '.' or '..' part"],
    ['', 'is empty'],
    ['.', "has a '.' or '..' part"],
    [join(root, 'victim.txt'), 'is absolute'],
    ['a//b.json', 'has an empty part'],
  ];

  it.each(cases)('data reset refuses a manifest naming %j, before anything is removed', (path, problem) => {
    writeFileSync(victim, 'not border-facts data');
    const dir = join(root, 'reset-target');
    rmSync(dir, { recursive: true, force: true });
    cpSync(BUNDLED_DATA, dir, { recursive: true });
    const manifest = readManifest(dir);
    manifest.files[3]!.path = path;
    // A hand edit (integrity no longer matching) must not stop a reset, but a path outside must.
    writeManifest(dir, manifest);
    const before = snapshot(dir);
    const result = run(['data', 'reset', '--into', dir]);
    expectRefused(result, 3, new RegExp(`manifest\\.json is damaged: file entry 4 names ${escape(JSON.stringify(path))}, which ${escape(problem)}; a data file must be inside the dataset directory$`));
    expect(snapshot(dir)).toEqual(before);
    expect(readFileSync(victim, 'utf8')).toBe('not border-facts data');
  });

  it('data reset still removes a hand-edited or older dataset whose paths are safe (the way back)', () => {
    const dir = join(root, 'edited');
    cpSync(BUNDLED_DATA, dir, { recursive: true });
    const manifest = readManifest(dir);
    writeManifest(dir, { ...manifest, schemaVersion: 1, dataset: 'edited by hand' });
    const result = run(['data', 'reset', '--into', dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^Removed the imported dataset in .*edited \\(${manifest.files.length + 1} files\\)\\.\\n$`));
    expect(existsSync(dir)).toBe(false);
  });

  it('data import refuses a target whose (resealed) manifest names a path outside it', () => {
    const dir = join(root, 'import-target');
    cpSync(BUNDLED_DATA, dir, { recursive: true });
    const manifest = readManifest(dir);
    manifest.files[0]!.path = '../victim.txt';
    writeManifest(dir, manifest, { sealed: true });
    writeFileSync(victim, 'not border-facts data');
    const before = snapshot(dir);
    expectRefused(run(['data', 'import', REVISED, '--into', dir]), 3, /manifest\.json is damaged: file entry 1 names "\.\.\/victim\.txt", which has a '\.' or '\.\.' part/);
    expect(snapshot(dir)).toEqual(before);
    expect(readFileSync(victim, 'utf8')).toBe('not border-facts data');
    expect(readdirSync(root).filter((name) => name.startsWith('.import-target.'))).toEqual([]);
  });

  it("--into '' is a usage error for import and reset, not the current directory (#14.8)", () => {
    const cwd = join(root, 'cwd');
    mkdirSync(cwd);
    cpSync(BUNDLED_DATA, cwd, { recursive: true });
    const before = snapshot(cwd);
    for (const args of [['data', 'import', REVISED, '--into', ''], ['data', 'reset', '--into', '']]) {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: cleanEnv({ XDG_DATA_HOME: xdg }) });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toBe("border-facts: --into needs a directory; it was given an empty one\nhint: leave out --into to use the user data directory\n");
    }
    expect(snapshot(cwd)).toEqual(before);
  });
});

describe('files to import: regular files within the import limit (#14.5, #14.6)', () => {
  it('/dev/zero and a FIFO are refused at once (exit 3), never read or waited on', () => {
    const dir = join(root, 'never-written');
    expectRefused(run(['data', 'import', '/dev/zero', '--into', dir]), 3, /^border-facts: \/dev\/zero is not a regular file \(a character device\)$/);
    const fifo = join(root, 'release.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectRefused(run(['data', 'import', fifo, '--into', dir]), 3, /^border-facts: .*release\.csv is not a regular file \(a FIFO\)$/);
    expect(existsSync(dir)).toBe(false);
  });

  it('a 1 GB file: exit 3 with a hint, never exit 70, and far under 100 MiB', () => {
    const huge = join(root, 'nationwide-encounters-huge.csv');
    writeFileSync(huge, `${sourceLines(SBO_FILE)[0]}\r\n`);
    truncateSync(huge, 1_000_000_000);
    const timed = existsSync('/usr/bin/time');
    const result = spawnSync(timed ? '/usr/bin/time' : process.execPath, [...(timed ? ['-f', '%M', process.execPath] : []), BIN, 'data', 'import', huge, '--into', join(root, 'huge-target')], {
      encoding: 'utf8', env: cleanEnv({ XDG_DATA_HOME: xdg }),
    });
    expect(result.status).toBe(3);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^border-facts: .*nationwide-encounters-huge\.csv is 1\.0 GB; the limit for a CSV file to import is 16 MiB$/);
    expect(lines[1]).toBe('hint: is this the right file? Official CBP releases are a few MB; split a larger file by fiscal year and import the parts');
    // GNU time adds "Command exited with non-zero status 3", then the peak in KiB.
    if (timed) expect(Number(lines.at(-1)) / 1024).toBeLessThan(100);
  });

  it('an unreadable file is reported as unreadable, not missing (#14.8)', () => {
    const locked = join(root, 'locked', 'sbo.csv');
    mkdirSync(join(root, 'locked'));
    cpSync(REVISED, locked);
    chmodSync(join(root, 'locked'), 0o755);
    chmodSync(root, 0o755);
    chmodSync(locked, 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [BIN, 'data', 'import', locked, '--into', join(root, 'x', 'ds'), '--dry-run'], { encoding: 'utf8', env: cleanEnv({ XDG_DATA_HOME: xdg }), ...asNobody });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^border-facts: .*sbo\.csv cannot be read: permission denied \(EACCES\)\n/);
  });
});

describe('a kill between the two renames of the swap', () => {
  it('leaves the previous dataset readable where it was set aside; commands never fall back to the bundled one; the next import restores it', () => {
    const userDir = join(xdg, 'border-facts');
    const august = () => JSON.parse(run(['encounters', '--month', '2025-08', '--json']).stdout).rows[0].ofo as number;
    expect(run(['data', 'import', REVISED]).status).toBe(0);
    expect(august()).toBe(3424);
    const before = snapshot(userDir);

    const killed = run(['data', 'import', REVISED_AGAIN], { BORDER_FACTS_TEST_BEFORE_SWAP: 'kill-between-renames' });
    expect(killed.status).toBeNull();
    expect(existsSync(userDir)).toBe(false);
    const aside = readdirSync(xdg).filter((name) => name.startsWith('.border-facts.previous-'));
    expect(aside).toHaveLength(1);
    expect(snapshot(join(xdg, aside[0]!))).toEqual(before);
    // Old, never the bundled dataset (3,419) and never a mix.
    expect(august()).toBe(3424);
    expect(JSON.parse(run(['sources', '--json']).stdout).query).toMatchObject({ origin: 'imported', dataDir: userDir });

    const next = JSON.parse(run(['data', 'import', REVISED_AGAIN, '--json']).stdout) as { notes: string[] };
    expect(next.notes).toContainEqual(expect.stringMatching(/^Restored the dataset in .*border-facts, which an interrupted import \(pid \d+\) had set aside\.$/));
    expect(august()).toBe(3435);
    expect(readdirSync(xdg).filter((name) => name.startsWith('.border-facts.'))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
