// check --format html through the built binary, as text: one self-contained page (nothing to
// fetch), every claim in it with its verdict, the ClaimReview JSON-LD identical to
// --format claimreview, a chart with a text alternative per judged figure, a user's text inert.
// test/browser/ opens the same page in Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1704067200' }; // 2024-01-01
const dir = mkdtempSync(join(tmpdir(), 'border-facts-check-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = runCli(['check', '--format', 'html', '--fail-on', 'never'], { env: EPOCH });
const rows = (JSON.parse(runCli(['check', '--json', '--fail-on', 'never']).stdout) as { rows: { id: string; verdict: string }[] }).rows;

/** The HTML of one claim's <article>. */
function articleOf(html: string, id: string): string {
  const start = html.indexOf(`<article class="claim" id="claim-${id}"`);
  expect(start, id).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('check --format html on the bundled article', () => {
  it('is one HTML document, written with exit status 0 under --fail-on never', () => {
    expect(page.status).toBe(0);
    expect(page.stderr).toBe('');
    expect(page.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has an article per claim, each with its verdict in words and a symbol', () => {
    expect(rows).toHaveLength(14);
    const words: Record<string, string> = { accurate: '✓</span> Accurate', 'mostly-accurate': '≈</span> Mostly accurate', misleading: '!</span> Misleading', inaccurate: '✗</span> Inaccurate', unverifiable: '?</span> Unverifiable' };
    for (const row of rows) expect(articleOf(page.stdout, row.id)).toContain(`<h3 id="claim-${row.id}-heading"><span class="verdict verdict-${row.verdict}"><span class="symbol" aria-hidden="true">${words[row.verdict]}`);
  });

  it('shows the arithmetic and a chart of the Southwest Novembers around 242,418', () => {
    const article = articleOf(page.stdout, 'november-southwest-total');
    expect(article).toContain('The claim says <strong>242,418</strong>; the data differ by −19 (−0.01%).');
    expect(article).toMatch(/<svg [^>]*role="img" aria-labelledby="(chart-\d+)-title"/);
    expect(article).toContain('The claim\'s period, drawn dark with a thick outline: Nov 2023 242,399. The claimed value, a dashed line: 242,418.');
    expect(article).toContain('<figcaption>Column chart: Encounters (Border Patrol + OFO) at the Southwest land border, by month, 19 periods from Nov 2022 to May 2024.');
  });

  it('draws the level a claimed change implies: +35% on October 2023\'s 37,433 lb is 50,535 lb', () => {
    const article = articleOf(page.stdout, 'seizure-rises');
    expect(article).toContain('Oct 2023 (A) 37,433, Nov 2023 (B) 48,175. The claimed value, a dashed line: 50,535 lb, the level implied by the claimed change (+35%).');
  });

  it('carries the ClaimReview JSON-LD of --format claimreview, unchanged', () => {
    const script = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(page.stdout);
    expect(script).not.toBeNull();
    const claimreview = runCli(['check', '--format', 'claimreview', '--fail-on', 'never'], { env: EPOCH }).stdout;
    expect(JSON.parse(script![1]!)).toEqual(JSON.parse(claimreview));
    expect(page.stdout.match(/<script\b/g)).toHaveLength(1);
  });

  it('needs nothing from outside the file: no src, no stylesheet link, no url(), and a policy that forbids loads', () => {
    expect(page.stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page.stdout).not.toMatch(/\ssrc=|<img\b|<iframe\b|@import|url\(|rel="stylesheet"/);
    expect([...page.stdout.matchAll(/<link [^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="icon" href="data:,">']);
  });
});

describe('a user\'s claims file', () => {
  it('keeps quotes and titles inert in the page and in the JSON-LD', () => {
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify({
      article: { title: 'Draft </title><script>alert(1)</script>', url: 'javascript:alert(1)', publisher: 'Example <News>', published: '2023-12-28' },
      claims: [{
        id: 'sw-total',
        quote: 'Bell\u0007 </script><b onclick="x">242,418</b> & more',
        measure: { kind: 'value', dataset: 'encounters', filters: { region: 'southwest' }, period: { month: '2023-11' } },
        claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' },
      }],
    }));
    const run = runCli(['check', file, '--format', 'html'], { env: EPOCH });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/<b onclick|<script>alert|href="javascript:/);
    expect(run.stdout).toContain('“Bell\ufffd &lt;/script&gt;&lt;b onclick="x"&gt;242,418&lt;/b&gt; &amp; more”');
    expect(run.stdout.match(/<\/script>/g)).toHaveLength(1);
    expect(run.stdout).toContain('<title>Fact check: “Draft &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;”</title>');
  });
});
