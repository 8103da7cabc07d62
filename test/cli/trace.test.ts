import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson, SHARED } from '../support/cli.js';

type Row = Record<string, unknown>;
const ARTICLE = join(SHARED, 'article', 'border-crisis-article.txt');

describe('border-facts trace (built binary)', () => {
  it('names Southwest November 2023 for 242399, revised', () => {
    const doc = runJson(['trace', '242399']);
    expect(doc.command).toBe('trace');
    expect(doc.query).toMatchObject({ number: '242399', value: 242399, unit: 'count', tolerance: 'default', low: 242399 - 1211.995, top: 10 });
    expect(doc.rows[0]).toMatchObject({
      rank: 1, description: 'Southwest land border encounters, November 2023', value: 242399, unit: 'encounters',
      difference: 0, relativeDifference: 0, vintage: 'revised', released: null, statistic: 'figure', region: 'southwest', component: 'total',
      citizenship: null, drug: null, from: '2023-11', to: '2023-11', months: 1, periodKind: 'month', comparedWith: null, coverage: 'exact',
    });
    expect(doc.sources.length).toBeGreaterThan(0);
  });

  it('names the published Southwest FY2024 total through November 2023 for 483404, then the revised one', () => {
    const doc = runJson(['trace', '483404', '--top', '2']);
    expect(doc.rows[0]).toMatchObject({ value: 483404, parts: [240986, 242418], vintage: 'first-published', released: '2023-12-22', revised: 483326, periodKind: 'fiscal-year-to-date' });
    expect(doc.rows[1]).toMatchObject({ value: 483326, vintage: 'revised', from: '2023-10', to: '2023-11' });
    const table = runCli(['trace', '483404', '--top', '2', '--format', 'tsv']);
    expect(table.stdout.split('\n')[1]).toContain('Southwest land border encounters, October–November 2023 (FY2024 to date) = 240,986 + 242,418\t483404');
  });

  it('names Southwest November 2023 as first published on 2023-12-22 for 242418, then today\'s revised 242,399', () => {
    const doc = runJson(['trace', '242418', '--top', '2']);
    expect(doc.rows[0]).toMatchObject({ description: 'Southwest land border encounters, November 2023', value: 242418, vintage: 'first-published', released: '2023-12-22', revised: 242399 });
    expect(doc.rows[1]).toMatchObject({ description: 'Southwest land border encounters, November 2023', value: 242399, vintage: 'revised' });
  });

  it('finds nationwide October–November 2023 for 617,629 and accepts separators', () => {
    const doc = runJson(['trace', '617,629']);
    expect(doc.rows[0]).toMatchObject({ description: 'Nationwide encounters, October–November 2023 (FY2024 to date)', value: 617629 });
  });

  it('searches changes and shares for a percentage and honours --top', () => {
    const doc = runJson(['trace', '35%', '--top', '3']);
    expect(doc.rows).toHaveLength(3);
    for (const row of doc.rows) {
      expect(['share', 'change']).toContain(row.statistic);
      expect(row.unit).toBe('percent');
    }
    expect(doc.notes.join(' ')).toContain('an unsigned percentage matches a rise or a fall');
  });

  it('takes a tolerance', () => {
    const exact = runJson(['trace', '242400', '--tolerance', '0']);
    expect(exact.rows).toEqual([]);
    expect(exact.notes[0]).toMatch(/^No figure lies within exactly 242,400\. The closest is .*: 242,399 \(revised\)\.$/);
    const absolute = runJson(['trace', '242400', '--tolerance', '±1']);
    expect(absolute.rows.map((r: Row) => r.value)).toContain(242399);
  });

  it('writes tsv with a header when piped', () => {
    const run = runCli(['trace', '242399', '--top', '1']);
    expect(run.status).toBe(0);
    const [header, row] = run.stdout.trim().split('\n');
    expect(header!.split('\t')).toEqual(['rank', 'description', 'value', 'difference', 'relativeDifference', 'vintage', 'unit', 'from', 'to', 'coverage', 'url', 'repostOf']);
    expect(row!.split('\t').slice(0, 3)).toEqual(['1', 'Southwest land border encounters, November 2023', '242399']);
  });

  it('prints one JSON row a line with ndjson', () => {
    const run = runCli(['trace', '242399', '--top', '2', '--format', 'ndjson']);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ rank: 1, value: 242399 });
  });

  it('rejects a non-number with exit 2 and a clear message', () => {
    const run = runCli(['trace', 'lots']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("border-facts: 'lots' is not a number\n");
    expect(run.stderr).toContain('hint: write a number as 242,418');
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects bad comma groups, tolerances and --top with exit 2', () => {
    expect(runCli(['trace', '24,24,18']).stderr).toContain('commas must separate groups of three digits');
    const tolerance = runCli(['trace', '1000', '--tolerance', '100']);
    expect(tolerance.status).toBe(2);
    expect(tolerance.stderr).toContain("--tolerance: '100' is ambiguous");
    expect(runCli(['trace', '1000', '--top', '0']).status).toBe(2);
    expect(runCli(['trace']).status).toBe(2);
    const format = runCli(['trace', '1000', '--format', 'junit']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("'junit' is not a format of trace");
  });
});

describe('border-facts scan (built binary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'border-facts-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds and traces every number of the article', () => {
    const doc = runJson(['scan', ARTICLE]);
    expect(doc.command).toBe('scan');
    const traced = doc.rows.filter((r: Row) => r.traced);
    expect(traced.map((r: Row) => r.text)).toEqual(['242,418', '80%', '80,000', '35%', '55%', '8%', '22%', '483,404', '20%', '617,865']);
    const row = doc.rows.find((r: Row) => r.text === '483,404')!;
    expect(row).toMatchObject({ kind: 'count', line: 11, recomputed: true, qualifier: null, fittingFigure: { value: 483404, revised: 483326, vintage: 'first-published', from: '2023-10', to: '2023-11' } });
    expect(row.fit).toBe('Southwest land border encounters, October–November 2023 (FY2024 to date): 483,404 (first published 2023-12-22; revised 483,326)');
    expect((row.matches as Row[]).length).toBeGreaterThan(0);
    expect(doc.rows.find((r: Row) => r.text === '80%')).toMatchObject({ qualifier: 'nearly', recomputed: true });
    expect(doc.rows.find((r: Row) => r.text === 'December 27')).toMatchObject({ kind: 'date', traced: false, recomputed: null });
  });

  it('reads standard input with -', () => {
    const run = runCli(['scan', '-', '--json'], { input: 'CBP counted 242,399 encounters at the southern border in November 2023.' });
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.rows.find((r: Row) => r.text === '242,399')).toMatchObject({ recomputed: true, fittingFigure: { value: 242399, from: '2023-11' } });
  });

  it('writes a draft claims file that check reads and judges', () => {
    const out = join(dir, 'claims.json');
    const run = runCli(['scan', ARTICLE, '--draft-claims', out, '--published', '2023-12-28', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/wrote \d+ draft claims to /);
    const drafts = JSON.parse(readFileSync(out, 'utf8'));
    expect(drafts.article).toMatchObject({ title: 'Blinken and Mayorkas Hold Talks with Mexican President Over Unprecedented Border Crisis', published: '2023-12-28' });
    expect(drafts.claims.map((c: { claimed: { value: number } }) => c.claimed.value)).toContain(483404);
    const check = runCli(['check', out, '--json', '--fail-on', 'never']);
    expect(check.status).toBe(0);
    const results = JSON.parse(check.stdout).rows as Row[];
    expect(results.length).toBe(drafts.claims.length);
    expect(results.every((r) => r.verdict !== 'unverifiable')).toBe(true);
  });

  it('refuses a bad --published date with exit 2', () => {
    const run = runCli(['scan', ARTICLE, '--published', '2023-02-30']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--published: '2023-02-30' is not a date");
  });

  it('fails with exit 2 for an article it cannot read', () => {
    const run = runCli(['scan', join(dir, 'missing.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read the article');
    expect(run.stderr).toContain('no such file');
  });
});
