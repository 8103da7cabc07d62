// Running the built binary the ways a Unix user does: through a shell pipeline, on a pseudo-terminal
// (via script(1)), and against a damaged copy of the dataset.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealManifest } from '../../src/data/manifest.js';
import type { Manifest } from '../../src/data/schemas.js';
import { BIN, BUNDLED_DATA, OFFLINE_ENV } from './cli.js';

export interface ShellRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

type Env = Record<string, string | undefined>;

/** The environment runCli uses: no colour settings, no user dataset, no DEBUG, offline (see OFFLINE_ENV). */
export function cleanEnv(extra: Env = {}): NodeJS.ProcessEnv {
  const env: Env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', COLUMNS: undefined, XDG_DATA_HOME: '/nonexistent-border-facts-test', BORDER_FACTS_DATA: undefined, DEBUG: undefined, ...OFFLINE_ENV, ...extra };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

/** Quotes a word for sh. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `border-facts <args>` as a shell word list, for pipelines. */
export function bfCommand(args: readonly string[]): string {
  return [shellQuote(process.execPath), shellQuote(BIN), ...args.map(shellQuote)].join(' ');
}

/** Runs a bash script (a pipeline), returning what the pipeline's end printed. */
export function runShell(script: string, env: Env = {}): ShellRun {
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: cleanEnv(env), maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * Runs border-facts on a pseudo-terminal `columns` wide (script(1) from util-linux), so stdout and
 * stderr are a terminal. The terminal merges both streams and turns \n into \r\n; we undo the latter.
 */
export function runOnTerminal(args: readonly string[], options: { env?: Env; columns?: number } = {}): ShellRun {
  const inner = `stty cols ${options.columns ?? 100} rows 50; ${bfCommand(args)}`;
  const result = spawnSync('script', ['-qefc', inner, '/dev/null'], { encoding: 'utf8', env: cleanEnv(options.env), input: '' });
  return { stdout: result.stdout.replace(/\r\n/g, '\n'), stderr: result.stderr, status: result.status };
}

export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

export const ANSI = /\u001b\[[0-9;]*m/;

/** A stack trace line: "    at fn (file:1:2)". */
export const STACK_LINE = /\n\s+at /;

/** A fresh copy of the bundled data/ in a temporary directory; remove it with `dispose`. */
export function copyDataset(): { dir: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'border-facts-damaged-'));
  const dir = join(root, 'data');
  cpSync(BUNDLED_DATA, dir, { recursive: true });
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Writes a manifest as it is (a hand edit: its integrity hash no longer matches unless `sealed`). */
export function writeManifest(dir: string, manifest: unknown, options: { sealed?: boolean } = {}): void {
  const written = options.sealed ? sealManifest(manifest as Manifest) : manifest;
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(written, null, 2)}\n`);
}

/**
 * Replaces a data file AND records its new sha256 and size in a resealed manifest: what a
 * consistent (re)build would write, or a deliberate forger; only a table's identity can catch it.
 */
export function rewriteWithManifest(dir: string, path: string, text: string): void {
  writeFileSync(join(dir, path), text);
  const bytes = Buffer.from(text, 'utf8');
  const manifest = readManifest(dir);
  const entry = manifest.files.find((file) => file.path === path);
  if (!entry) throw new Error(`no ${path} in the manifest`);
  entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  entry.bytes = bytes.length;
  writeManifest(dir, manifest, { sealed: true });
}
