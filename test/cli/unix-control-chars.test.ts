// Text from data files reaches terminals escaped: a dataset whose citizenship name carries terminal
// control sequences (rebuilt with a correct manifest, so it loads) prints them as visible text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyDataset, hasScript, rewriteWithManifest, runOnTerminal } from '../support/unix.js';

const STATE_TABLE = 'encounters-by-state.json';
// Clear the screen, turn red, a one-byte C1 CSI, and a right-to-left override.
const HOSTILE = 'CU\u001b[2J\u001b[31mBA\u009b1m\u202e';
const SHOWN = 'CU\\x1b[2J\\x1b[31mBA\\x9b1m\\u202e';
// CUBA, October 2023, all regions: 18,064 in nationwide-encounters-fy23-fy26-nov-state.csv.
const QUERY = ['encounters', '--month', '2023-10', '--region', 'all', '--by', 'citizenship'];

let copy: ReturnType<typeof copyDataset>;

beforeAll(() => {
  copy = copyDataset();
  const table = JSON.parse(readFileSync(join(copy.dir, STATE_TABLE), 'utf8')) as { dictionaries: Record<string, string[]> };
  const names = table.dictionaries.citizenship!;
  names[names.indexOf('CUBA')] = HOSTILE;
  rewriteWithManifest(copy.dir, STATE_TABLE, JSON.stringify(table));
});
afterAll(() => copy.dispose());

const run = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--data-dir', copy.dir], { env });

describe('control characters in data are shown, never obeyed', () => {
  it('in a table: escaped, with the count beside it intact', () => {
    const table = run([...QUERY, '--format', 'table']);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(table.stdout).toMatch(new RegExp(`${SHOWN.replace(/[\\[\]]/g, '\\$&')} +18,064`));
  });

  it('in tsv and csv: escaped, numbers plain', () => {
    for (const format of ['tsv', 'csv']) {
      const out = run([...QUERY, '--format', format]).stdout;
      expect(out).not.toMatch(/[\u001b\u009b\u202e]/);
      const separator = format === 'tsv' ? '\t' : ',';
      expect(out.split('\n').find((line) => line.startsWith('CU'))!.split(separator).slice(0, 2)).toEqual([SHOWN, '18064']);
    }
  });

  it('in JSON and ndjson: JSON escapes, so the value survives a parser unchanged', () => {
    const json = run([...QUERY, '--json']).stdout;
    expect(json).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(json).toContain('"citizenship": "CU\\u001b[2J\\u001b[31mBA\\u009b1m\\u202e"');
    expect(JSON.parse(json).rows.find((row: { count: number }) => row.count === 18064).citizenship).toBe(HOSTILE);
    const ndjson = run([...QUERY, '--format', 'ndjson']).stdout;
    expect(ndjson).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(ndjson.split('\n').map((line) => (line ? JSON.parse(line) : null)).some((row) => row?.citizenship === HOSTILE)).toBe(true);
  });

  it('in an error whose hint lists the values of the data', () => {
    const error = run(['encounters', '--month', '2023-10', '--region', 'all', '--citizenship', 'atlantis']);
    expect(error.status).toBe(2);
    expect(error.stderr).toContain(SHOWN);
    expect(error.stderr).not.toMatch(/[\u001b\u009b\u202e]/);
  });

  it.skipIf(!hasScript)('on a colour terminal: only our own bold codes, the data escaped', () => {
    const screen = runOnTerminal([...QUERY, '--data-dir', copy.dir]).stdout;
    expect(screen).toContain(SHOWN);
    const codes = screen.match(/\u001b\[[0-9;]*[A-Za-z]/g) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['\u001b[1m', '\u001b[22m']));
    expect(screen).not.toMatch(/[\u009b\u202e]/);
  });
});
