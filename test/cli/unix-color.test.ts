// Colour: only on a terminal, never with NO_COLOR, --no-color or TERM=dumb; FORCE_COLOR forces it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ANSI, hasScript, runOnTerminal } from '../support/unix.js';

const TABLE = ['encounters', '--fy', '2022-2024', '--by', 'fy'];

describe.skipIf(!hasScript)('colour on a terminal (pseudo-terminal via script)', () => {
  it('draws a coloured table with separators on a terminal', () => {
    const run = runOnTerminal(TABLE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(ANSI);
    expect(run.stdout).toContain('\u001b[1mTotal\u001b[22m');
    expect(run.stdout).toMatch(/FY2023 +12 +2,045,838 +429,831 +2,475,669 +\+4\.1% +1/);
  });

  it.each([
    ['NO_COLOR=1', [], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color'], {}],
    ['TERM=dumb', [], { TERM: 'dumb' }],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }],
  ] as const)('draws the same table without a single escape code with %s', (_name, flags, env) => {
    const run = runOnTerminal([...TABLE, ...flags], { env });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b/);
    expect(run.stdout).toMatch(/FY2023 +12 +2,045,838 +429,831 +2,475,669 +\+4\.1% +1/);
  });

  it('fits the terminal width: every line of a wide table within 60 and 70 columns, numbers whole', () => {
    for (const [args, columns] of [[['sources'], 70], [['sources'], 60], [[...TABLE, '--chart'], 60]] as const) {
      const run = runOnTerminal(args, { columns, env: { NO_COLOR: '1' } });
      expect(run.status).toBe(0);
      for (const line of run.stdout.trimEnd().split('\n')) expect(line.length, `${args.join(' ')} @${columns}: ${line}`).toBeLessThanOrEqual(columns);
      // No cell is cut short (the notes abbreviate sha256 sums on purpose).
      expect(run.stdout.split('\nNote:')[0]).not.toContain('…');
    }
    // The row count of nationwide-encounters-fy20-fy23-state.csv, right-aligned and whole at 60 columns.
    expect(runOnTerminal(['sources'], { columns: 60, env: { NO_COLOR: '1' } }).stdout).toMatch(/ 42,532 /);
  });

  it('prints help without escape codes', () => {
    const run = runOnTerminal(['encounters', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b/);
  });
});

describe('colour off the terminal', () => {
  it('never colours a pipe, whatever the format', () => {
    for (const format of ['table', 'tsv', 'csv', 'json', 'ndjson']) {
      const run = runCli([...TABLE, '--format', format]);
      expect(run.status).toBe(0);
      expect(run.stdout, format).not.toMatch(/\u001b/);
    }
  });

  it('FORCE_COLOR colours a table in a pipe, but never tsv or JSON', () => {
    expect(runCli([...TABLE, '--format', 'table'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[1mTotal\u001b[22m');
    expect(runCli(TABLE, { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b/);
    expect(runCli([...TABLE, '--json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b/);
  });

  it('--no-color and NO_COLOR beat FORCE_COLOR', () => {
    expect(runCli([...TABLE, '--format', 'table', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b/);
    expect(runCli([...TABLE, '--format', 'table'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b/);
  });

  it('a table in a pipe keeps whole lines unless COLUMNS says otherwise', () => {
    const wide = runCli(['sources', '--format', 'table'], { env: { COLUMNS: undefined } }).stdout;
    expect(wide).toContain('https://www.cbp.gov/sites/default/files/assets/documents/2023-Nov/nationwide-encounters-fy20-fy23-state.csv');
    const narrow = runCli(['sources', '--format', 'table'], { env: { COLUMNS: '70' } }).stdout;
    for (const line of narrow.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(70);
  });
});
