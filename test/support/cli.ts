// Runs the built bin/border-facts.js as a user would, capturing stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/border-facts.js', import.meta.url));
export const BUNDLED_DATA = fileURLToPath(new URL('../../data', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Nothing a test runs reaches beyond the machine: `data update` reads a closed local port unless a
 * test names its own server, and no proxy of the environment is used unless a test sets one.
 */
export const OFFLINE_ENV: Record<string, string | undefined> = {
  BORDER_FACTS_SOURCE_URL: 'http://127.0.0.1:9',
  HTTP_PROXY: undefined, HTTPS_PROXY: undefined, NO_PROXY: undefined, http_proxy: undefined, https_proxy: undefined, no_proxy: undefined,
};

/** The environment a test's border-facts runs in: no colour settings, no user dataset, no DEBUG, offline. */
export function testEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, XDG_DATA_HOME: '/nonexistent-border-facts-test', BORDER_FACTS_DATA: undefined, DEBUG: undefined, ...OFFLINE_ENV, ...extra };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

export function runCli(args: string[], options: { env?: Record<string, string | undefined>; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: testEnv(options.env), input: options.input ?? '', maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export function runJson<T = { rows: Record<string, unknown>[]; notes: string[]; query: Record<string, unknown>; sources: unknown[]; schemaVersion: number; command: string }>(args: string[]): T {
  const run = runCli([...args, '--json']);
  if (run.status !== 0) throw new Error(`border-facts ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
