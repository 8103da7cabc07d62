// One import at a time per dataset directory; a lock left by a killed import does not block forever.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDatasetLock, lockPath } from '../../src/import/dataset-lock.js';
import { tempDir } from '../support/datasets.js';

const work = tempDir('lock');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('acquireDatasetLock', () => {
  it('creates a lock file beside the directory holding the pid, and removes it on release', () => {
    const dir = join(work, 'a');
    const lock = acquireDatasetLock(dir);
    expect(lock.path).toBe(join(work, '.a.lock'));
    expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('refuses a second writer while the first holds the lock, naming its pid and the lock file', () => {
    const dir = join(work, 'b');
    const lock = acquireDatasetLock(dir);
    try {
      expect(() => acquireDatasetLock(dir)).toThrow(`another border-facts process (pid ${process.pid}) is writing the dataset in ${dir}`);
    } finally {
      lock.release();
    }
  });

  it('takes over a lock whose process is gone', () => {
    const dir = join(work, 'c');
    writeFileSync(lockPath(dir), `${deadPid()}\n`);
    const lock = acquireDatasetLock(dir);
    expect(lock.tookOverStale).toBe(true);
    expect(readFileSync(lock.path, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });

  it('treats a fresh lock without a pid yet as held', () => {
    const dir = join(work, 'd');
    writeFileSync(lockPath(dir), '');
    expect(() => acquireDatasetLock(dir)).toThrow('another border-facts process is writing the dataset');
  });

  it('never removes a lock another process holds', () => {
    const dir = join(work, 'e');
    const lock = acquireDatasetLock(dir);
    writeFileSync(lock.path, '1\n');
    lock.release();
    expect(readFileSync(lockPath(dir), 'utf8')).toBe('1\n');
  });
});
