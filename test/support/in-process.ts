// Runs a command line in this process with fake streams (CommandIO), as a user would run the
// binary: same argv, same stdout, stderr and exit status, in milliseconds instead of a process
// start. Tests that need what only a real process shows (pipes, signals, start-up imports,
// EPIPE, the bin's loading) spawn the binary with runCli instead.
import { runProgram } from '../../src/cli.js';
import type { CommandIO, OutputStream } from '../../src/commands/shared/io.js';
import type { CliRun } from './cli.js';

export interface InProcessOptions {
  env?: Record<string, string | undefined>;
  /** Standard input's text ('' by default, as runCli gives). */
  input?: string;
  /** Run as on a terminal: stdout and stdin are TTYs, `columns` wide. */
  tty?: boolean;
  columns?: number;
  /** The clock (default: the real one). */
  now?: Date;
}

/** The environment runCli gives the binary: no colour forcing, no user dataset, no debug. */
const BASE_ENV: Record<string, string | undefined> = { NO_COLOR: undefined, FORCE_COLOR: undefined, XDG_DATA_HOME: '/nonexistent-border-facts-test', BORDER_FACTS_DATA: undefined, DEBUG: undefined };

function capture(tty: boolean, columns?: number): OutputStream & { text: () => string } {
  const chunks: string[] = [];
  return {
    write(text: string) {
      chunks.push(text);
      return true;
    },
    isTTY: tty,
    ...(columns === undefined ? {} : { columns }),
    text: () => chunks.join(''),
  };
}

export function fakeIO(options: InProcessOptions = {}): { io: CommandIO; stdout: () => string; stderr: () => string } {
  const env: Record<string, string | undefined> = { ...process.env, ...BASE_ENV, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const stdout = capture(options.tty === true, options.columns);
  const stderr = capture(options.tty === true, options.columns);
  const input = Buffer.from(options.input ?? '', 'utf8');
  const io: CommandIO = {
    stdout,
    stderr,
    stdin: { isTTY: options.tty === true, readAll: () => input },
    env,
    now: () => options.now ?? new Date(),
  };
  return { io, stdout: stdout.text, stderr: stderr.text };
}

export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<CliRun> {
  const { io, stdout, stderr } = fakeIO(options);
  const status = await runProgram(args, io);
  return { stdout: stdout(), stderr: stderr(), status };
}

export async function runJsonInProcess<T = { rows: Record<string, unknown>[]; notes: string[]; query: Record<string, unknown>; sources: unknown[]; schemaVersion: number; command: string }>(args: string[], options: InProcessOptions = {}): Promise<T> {
  const run = await runInProcess([...args, '--json'], options);
  if (run.status !== 0) throw new Error(`border-facts ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
