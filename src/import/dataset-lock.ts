// One writer at a time per dataset directory: a lock file beside it, created exclusively (O_EXCL)
// and holding the writer's pid. A lock whose process is gone (killed mid-import) is stale and is
// taken over; a live one makes the second import fail with a clear message.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../errors.js';

export interface DatasetLock {
  path: string;
  /** True when a lock left by a dead process was taken over. */
  tookOverStale: boolean;
  release(): void;
}

export function lockPath(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.lock`);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDatasetLock(dir: string): DatasetLock {
  const path = lockPath(dir);
  let tookOverStale = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return { path, tookOverStale, release: () => releaseLock(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DataError(`cannot create the lock file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    const holder = lockHolder(path);
    if (holder === 'starting' || (typeof holder === 'number' && isProcessAlive(holder))) {
      const who = typeof holder === 'number' ? ` (pid ${holder})` : '';
      throw new DataError(
        `another border-facts process${who} is writing the dataset in ${dir}`,
        `wait for it to finish; if no import is running, remove ${path}`,
      );
    }
    // Left by a process that no longer runs: stale, take it over.
    rmSync(path, { force: true });
    tookOverStale = true;
  }
  throw new DataError(`cannot take the lock ${path}`, `if no import is running, remove ${path}`);
}

const STARTING_MS = 10_000;

/** The pid in the lock; 'starting' for a fresh lock whose pid is not written yet; undefined when stale or gone. */
function lockHolder(path: string): number | 'starting' | undefined {
  try {
    const text = readFileSync(path, 'utf8').trim();
    const pid = Number(text);
    if (text !== '' && Number.isInteger(pid) && pid > 0) return pid;
    return Date.now() - statSync(path).mtimeMs < STARTING_MS ? 'starting' : undefined;
  } catch {
    return undefined;
  }
}

function releaseLock(path: string): void {
  // Only our own lock: never remove one another process took over.
  if (lockHolder(path) === process.pid) rmSync(path, { force: true });
}
