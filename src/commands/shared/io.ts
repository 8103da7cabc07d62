// The streams, environment and clock a command runs with, passed in (as gh's IOStreams): the real
// process for the binary, fakes for tests that run commands in-process. No command reads
// `process` itself, so every behaviour that depends on a terminal, a pipe or the environment can
// be tested without spawning a process.
import { readFileSync } from 'node:fs';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InputStream {
  isTTY?: boolean;
  /** All of standard input, as bytes (read when a command is given '-'). */
  readAll(): Buffer;
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
    stdin: { isTTY: process.stdin.isTTY === true, readAll: () => readFileSync(0) },
    env: process.env,
    now: () => new Date(),
  };
}
