// The streams, environment and clock a command runs with, passed in (as gh's IOStreams): the real
// process for the binary, fakes for tests that run commands in-process. No command reads
// `process` itself, so every behaviour that depends on a terminal, a pipe or the environment can
// be tested without spawning a process.
import { readSync } from 'node:fs';
import { FileReadError, formatBytes } from '../../data/bounded-files.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InputStream {
  isTTY?: boolean;
  /** All of standard input, as bytes (read when a command is given '-'); more than `limit` bytes is a data error, never read on. */
  readAll(limit: number, label: string): Buffer;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export interface CommandIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  env: Environment;
  /** Now: the day a review is dated, the default publication date of a draft. */
  now(): Date;
}

/** The running process's streams and environment: what bin/border-facts.js runs with. */
export function processIO(): CommandIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: { isTTY: process.stdin.isTTY === true, readAll: (limit, label) => readBoundedInput(0, limit, label) },
    env: process.env,
    now: () => new Date(),
  };
}

/** Reads a stream (standard input) to its end, but never more than `limit` bytes: `< /dev/zero` ends at once. */
function readBoundedInput(fd: number, limit: number, label: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking descriptor with nothing to read yet: wait a little rather than spin.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > limit) throw new FileReadError(label, 'too-large', `is more than ${formatBytes(limit)}, the limit`);
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks);
}
