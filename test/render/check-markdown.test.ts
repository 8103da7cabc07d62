// check --format markdown: the outcome, a summary table and a section per claim, on the real
// check result of the bundled claims; text from a claims file stays text (no markup, no HTML).
import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../src/domain/claims/report.js';
import { renderCheckMarkdown } from '../../src/render/check-markdown.js';
import { markdownBlock, markdownCode, markdownLink, markdownText } from '../../src/render/markdown-text.js';
import { bundledReport, NOV_SW, reportOf } from '../support/check-reports.js';

/** A table row's cells, split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function tableRows(markdown: string): string[][] {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Verdict')).map(cells);
}

const WORDS: Record<string, string> = { accurate: 'Accurate', 'mostly-accurate': 'Mostly accurate', unverifiable: 'Unverifiable', misleading: 'Misleading', inaccurate: 'Inaccurate' };

describe('markdown escaping', () => {
  it('escapes markup, HTML, pipes and maths, and shows control characters', () => {
    expect(markdownText('*a* _b_ `c` [d](e) <script>&amp; | ~~f~~ $x$ # \\ \u0007\n2')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) &lt;script&gt;&amp;amp; \\| \\~\\~f\\~\\~ \\$x\\$ \\# \\\\ \\\\x07 2',
    );
  });

  it('does not let text start a list, and keeps code spans for plain identifiers', () => {
    expect(markdownBlock('1. first')).toBe('1\\. first');
    expect(markdownBlock('- item')).toBe('\\- item');
    expect(markdownCode('sw-total')).toBe('`sw-total`');
    expect(markdownCode('a`b|c')).toBe('a\\`b\\|c');
  });

  it('links http(s) addresses only, encoding what would end the link', () => {
    expect(markdownLink('CBP [data]', 'https://www.cbp.gov/a (b)')).toBe('[CBP \\[data\\]](https://www.cbp.gov/a%20%28b%29)');
    expect(markdownLink('script', 'javascript:alert(1)')).toBe('script');
  });
});

describe('check --format markdown on the bundled claims', () => {
  const report = bundledReport();
  const markdown = renderCheckMarkdown(report);
  const rows = tableRows(markdown);

  it('leads with the outcome: counts and what --fail-on makes of them', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## border-facts check');
    const counts = Object.entries(report.counts).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v.replace(/-/g, ' ')}`).join(', ');
    expect(markdown).toContain(`**${report.claims.length} claims:** ${counts}.`);
    expect(report.failing).toEqual(['seizure-rises']);
    expect(markdown).toContain('**1 claim is inaccurate or worse** (`--fail-on inaccurate`): `seizure-rises`; exit status 1.');
  });

  it('has a summary table: a row per claim and per part, five cells each, in the report\'s order', () => {
    const expected = report.claims.flatMap((claim) => [[claim, 0] as const, ...claim.parts.map((part) => [part, 1] as const)]);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const [j, depth] = expected[i]! as readonly [Judgement, number];
      expect(row).toHaveLength(5);
      expect(row[0]).toBe(depth === 0 ? `**${WORDS[j.verdict]}**` : `↳ ${WORDS[j.verdict]}`);
      expect(row[1]!.startsWith(`\`${j.id}\``)).toBe(true);
    });
  });

  it('shows claimed, recomputed and difference: 242,418 against 242,399 (the official files\' figure)', () => {
    const row = rows.find((r) => r[1]!.startsWith('`november-southwest-total`'))!;
    expect(row.slice(2)).toEqual(['242,418', '242,399', '−19 (−0.01%)']);
  });

  it('gives a statement checked two ways both readings\' figures', () => {
    const row = rows.find((r) => r[1]!.startsWith('`all-drugs`'))!;
    const part = report.claims.find((c) => c.id === 'seizure-rises')!.parts.find((p) => p.id === 'all-drugs')!;
    expect(row.slice(2)).toEqual([part.claimed!.text, part.readings.map((r) => r.recomputed!.text).join(' or '), part.readings.map((r) => r.difference!.text).join(' or ')]);
  });

  it('has a section per claim, part and reading, with the evidence', () => {
    const headings = markdown.split('\n').filter((line) => /^#{4,6} /.test(line));
    const all = (j: Judgement): Judgement[] => [j, ...j.readings.flatMap(all), ...j.parts.flatMap(all)];
    expect(headings).toHaveLength(report.claims.flatMap(all).length);
    for (const claim of report.claims) expect(headings).toContain(`#### ${WORDS[claim.verdict]}: \`${claim.id}\``);
    const claim = report.claims.find((c) => c.id === 'november-southwest-total')!;
    const section = markdown.slice(markdown.indexOf('#### Accurate: `november-southwest-total`'), markdown.indexOf('#### Accurate: `outside-ports-share`'));
    expect(section).toContain('- **Claimed:** 242,418 · **recomputed:** 242,399 · **difference:** −19 (−0.01%)');
    expect(section).toContain(`- **Formula:** ${markdownText(claim.measure!.formula)}`);
    expect(section).toContain('- **Published:** 242,418 (CBP November 2023 monthly update, 2023-12-22); revised since by −19 (−0.01%)');
    expect(section).toContain('[Nationwide Encounters by state, FY2023–FY2026 (through November 2025)](https://www.cbp.gov/newsroom/stats/nationwide-encounters)');
  });

  it('has no ANSI codes and no raw HTML', () => {
    expect(markdown).not.toMatch(/\u001b/);
    expect(markdown).not.toMatch(/<[a-z/!]/i);
  });
});

describe('check --format markdown on a claims file with hostile text', async () => {
  const report = await reportOf([{
    article: { title: 'Draft <b>#1</b> | "notes"', url: 'https://news.example/draft', published: '2023-12-28' },
    claims: [{ id: 'sw-total', quote: 'Bell\u0007 <img src=x onerror=alert(1)> & *242,418* | "quoted" \'single\' $5 @editor', measure: NOV_SW, claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' } }],
  }]);
  const markdown = renderCheckMarkdown(report);

  it('escapes the quote in the table and in its section: no HTML, no emphasis, no cell break', () => {
    const escaped = '“Bell\\\\x07 &lt;img src=x onerror=alert(1)&gt; &amp; \\*242,418\\* \\| "quoted" \'single\' \\$5 @editor”';
    expect(markdown).toContain(escaped);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/\u0007/);
    const row = tableRows(markdown)[0]!;
    expect(row).toHaveLength(5);
    expect(row[1]).toContain('&lt;img src=x');
  });

  it('escapes the title and names the file and the article\'s link', () => {
    expect(markdown).toContain('### “Draft &lt;b&gt;\\#1&lt;/b&gt; \\| "notes"” (`');
    expect(markdown).toContain('[the article](https://news.example/draft)');
  });
});
