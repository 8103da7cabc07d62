// The V8 code cache is checked before V8 sees a byte of it (#14.8): dist/cli.cjs.cache starts with
// the sha256 of the cache and the bundle it was made for. Four overwritten bytes in the old,
// unchecked cache crashed node (exit 133); now any damage means the bundle is compiled from
// source, silently, with the same answer. Runs a copy of the installed package, never dist/ itself.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/unix.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'border-facts-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(PROJECT, part), join(root, part), { recursive: true });
symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));

const CACHE = join(root, 'dist', 'cli.cjs.cache');
const intact = readFileSync(CACHE);
const answer = () => spawnSync(process.execPath, [join(root, 'bin', 'border-facts.js'), 'encounters', '--month', '2023-11', '--json'], { encoding: 'utf8', env: cleanEnv() });

describe('the V8 code cache', () => {
  it('is used when intact (it starts with its 32-byte digest)', () => {
    const run = answer();
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).rows[0]).toMatchObject({ total: 242399 });
    expect(intact.length).toBeGreaterThan(100_000);
  });

  // 300,032 is the offset (after the digest) whose overwrite crashed the unchecked loader.
  it.each([32 + 300_000, 32 + 5_000, 32 + 100_000, intact.length - 8, 4])('with 4 bytes overwritten at %i: the same answer, exit 0, nothing on stderr', (offset) => {
    const damaged = Buffer.from(intact);
    damaged.writeUInt32LE(0xdeadbeef, offset);
    writeFileSync(CACHE, damaged);
    const run = answer();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).rows[0]).toMatchObject({ total: 242399, usbp: 191106, ofo: 51293 });
  });

  it('truncated, empty, or made for another bundle: compiled from source, silently', () => {
    for (const bytes of [intact.subarray(0, 1000), Buffer.alloc(0), Buffer.concat([Buffer.alloc(32), intact.subarray(32)])]) {
      writeFileSync(CACHE, bytes);
      const run = answer();
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).rows[0]).toMatchObject({ total: 242399 });
    }
    writeFileSync(CACHE, intact);
  });
});
