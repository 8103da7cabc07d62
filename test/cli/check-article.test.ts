// `check --article` runs the article scan: every number of a text, traced in the data.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SHARED } from '../support/cli.js';

const ARTICLE = join(SHARED, 'article', 'border-crisis-article.txt');
const dir = mkdtempSync(join(tmpdir(), 'border-facts-check-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ScanRow { text: string; kind: string; qualifier: string | null; traced: boolean }

describe('border-facts check --article', () => {
  it('finds and traces every number the article quotes, keeping qualifiers', () => {
    const run = runCli(['check', '--article', ARTICLE, '--json']);
    expect(run.status).toBe(0);
    const rows = (JSON.parse(run.stdout) as { rows: ScanRow[] }).rows.filter((row) => row.traced);
    expect(rows.map((row) => row.text)).toEqual(['242,418', '80%', '80,000', '35%', '55%', '8%', '22%', '483,404', '20%', '617,865']);
    expect(rows.find((row) => row.text === '80%')!.qualifier).toMatch(/nearly/i);
    expect(rows.find((row) => row.text === '20%')!.qualifier).toMatch(/approximately/i);
  });

  it('reads standard input and writes draft claims that check accepts', () => {
    const drafts = join(dir, 'claims.json');
    const run = runCli(['check', '--article', '-', '--draft-claims', drafts, '--published', '2023-12-28', '--json'], { input: readFileSync(ARTICLE, 'utf8') });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/wrote \d+ draft claims? to /);
    const checked = runCli(['check', drafts, '--json', '--fail-on', 'never']);
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout).rows.length).toBeGreaterThan(0);
  });

  it('takes an article or claims files, not both (exit 2)', () => {
    const run = runCli(['check', 'claims.json', '--article', ARTICLE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('check --article reads an article, not claims files');
  });
});
