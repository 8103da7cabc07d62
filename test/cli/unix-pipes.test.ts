// Pipes: `| head` ends quietly with status 0, and large output arrives whole through a pipe.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { bfCommand, runShell, STACK_LINE } from '../support/unix.js';

describe('border-facts in a pipeline (built binary, real bash pipes)', () => {
  it('ends quietly with status 0 when head closes the pipe early (JSON larger than a pipe buffer)', () => {
    const full = runCli(['encounters', '--json']);
    expect(full.stdout.length).toBeGreaterThan(64 * 1024);
    const run = runShell(`${bfCommand(['encounters', '--json'])} | head -1; echo "status: \${PIPESTATUS[*]}"`);
    expect(run.stdout).toBe('{\nstatus: 0 0\n');
    expect(run.stderr).toBe('');
  });

  it('ends quietly for ndjson into head -1, giving the first row whole', () => {
    const run = runShell(`${bfCommand(['encounters', '--format', 'ndjson'])} | head -1; echo "status: \${PIPESTATUS[*]}"`);
    const [first, status] = run.stdout.trimEnd().split('\n');
    expect(status).toBe('status: 0 0');
    expect(JSON.parse(first!)).toMatchObject({ period: '1999-10', fiscalYear: 2000, usbp: 91410, total: null });
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).toBe('');
  });

  it('ends quietly when the reader takes a few bytes and leaves (head -c)', () => {
    const run = runShell(`${bfCommand(['encounters', '--region', 'all', '--by', 'state', '--format', 'tsv'])} | head -c 5; status="\${PIPESTATUS[*]}"; echo; echo "status: $status"`);
    expect(run.stdout).toBe('state\nstatus: 0 0\n');
    expect(run.stderr).toBe('');
  });

  it('delivers every ndjson row through a slow pipe: as many lines as the JSON document has rows', () => {
    for (const args of [['encounters'], ['encounters', '--by', 'state', '--region', 'all'], ['encounters', '--from', '2019-10', '--to', '2025-11', '--region', 'all', '--by', 'citizenship']]) {
      const doc = JSON.parse(runCli([...args, '--json']).stdout) as { rows: unknown[] };
      // The reader sleeps first, so the writer fills the pipe and must wait for it to drain.
      const run = runShell(`${bfCommand([...args, '--format', 'ndjson'])} | (sleep 0.3; cat)`);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines.length, args.join(' ')).toBe(doc.rows.length);
      expect(lines.map((line) => JSON.parse(line))).toEqual(doc.rows);
    }
  });

  it('delivers the whole JSON document through a slow pipe, byte for byte', () => {
    const direct = runCli(['encounters', '--json']).stdout;
    const run = runShell(`${bfCommand(['encounters', '--json'])} | (sleep 0.3; cat) | wc -c`);
    expect(Number(run.stdout.trim())).toBe(Buffer.byteLength(direct));
    expect(JSON.parse(direct).rows).toHaveLength(314);
  });

  it('writes tsv (not a table) into a pipe, with plain numbers', () => {
    const run = runShell(`${bfCommand(['encounters', '--fy', '2023', '--by', 'fy'])} | cat`);
    expect(run.stdout.split('\n')[0]).toBe('period\tmonths\tusbp\tofo\ttotal\tchangeOnYearBefore\trank\tcoverage');
    expect(run.stdout.split('\n')[1]!.split('\t').slice(0, 5)).toEqual(['FY2023', '12', '2045838', '429831', '2475669']);
  });

  it('keeps errors off stdout: nothing reaches the next program', () => {
    const run = runShell(`${bfCommand(['encounters', '--month', 'novembr'])} | wc -c; echo "status: \${PIPESTATUS[*]}"`);
    expect(run.stdout).toBe('0\nstatus: 2 0\n');
    expect(run.stderr).toContain("'novembr' is not a month; did you mean 'nov'?");
  });
});
