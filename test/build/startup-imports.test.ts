// Start-up cost guard: the bundle keeps zod (~50 ms), cli-table3 and Vega (~500 ms) outside it, and
// each command loads them only on the paths that use them. Watched in real processes of the built bin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, BUNDLED_DATA, testEnv } from '../support/cli.js';

const HOOK = fileURLToPath(new URL('../support/record-requires.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'border-facts-requires-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** The modules a run of border-facts require()d, by request name. */
function requiresOf(args: string[]): string[] {
  const log = join(dir, `run-${runs++}.log`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--require', HOOK, BIN, ...args], {
    encoding: 'utf8',
    env: testEnv({ BF_RECORD_REQUIRES: log, BORDER_FACTS_DATA: BUNDLED_DATA, NO_COLOR: '1' }),
  });
  expect(run.stderr).not.toMatch(/internal error/);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('what a command loads', () => {
  it.each([
    [['encounters', '--month', 'nov', '--json']],
    [['encounters', '--month', '2023-11', '--region', 'all', '--by', 'citizenship', '--json']],
    [['seizures', '--month', '2023-11', '--compare', 'previous-month', '--json']],
    [['check', '--format', 'json', '--fail-on', 'never']],
    [['meeting', '--json']],
  ])('border-facts %j loads neither zod nor cli-table3, nor the Vega loader', (args) => {
    const loaded = requiresOf(args);
    expect(loaded.some((request) => request.endsWith('load-bundle.cjs'))).toBe(true);
    expect(loaded.filter((request) => request === 'zod' || request === 'cli-table3' || request.endsWith('import-esm.cjs'))).toEqual([]);
  });

  it('loads Vega (through bin/import-esm.cjs) for a chart, so the guard above can fail', () => {
    expect(requiresOf(['encounters', '--month', 'nov', '--format', 'svg']).some((request) => request.endsWith('import-esm.cjs'))).toBe(true);
  });

  it('loads cli-table3 for a table, and zod for a claims file of the user (so this guard can fail)', () => {
    expect(requiresOf(['encounters', '--month', '2023-11', '--format', 'table'])).toContain('cli-table3');
    const claims = join(dir, 'claims.json');
    writeFileSync(claims, readFileSync(fileURLToPath(new URL('../../docs/examples/claims.json', import.meta.url))));
    expect(requiresOf(['check', claims, '--format', 'json', '--fail-on', 'never'])).toContain('zod');
  });

  it('loads undici (the HTTP client) for data update only', () => {
    for (const args of [['encounters', '--month', 'nov', '--json'], ['sources', '--json'], ['data', 'update', '--help']]) {
      expect(requiresOf(args), args.join(' ')).not.toContain('undici');
    }
    // Against a closed local port: it fails (exit 3), after loading the client.
    expect(requiresOf(['data', 'update', '--check', '--into', join(dir, 'ds')])).toContain('undici');
  });

  it('never runs through tsx', () => {
    expect(readFileSync(BIN, 'utf8')).not.toMatch(/tsx/);
    expect(requiresOf(['--version']).filter((request) => request.includes('tsx'))).toEqual([]);
  });
});
