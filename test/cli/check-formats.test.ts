// check --format claimreview | junit | markdown through the built binary: the same exit status
// as every other format, output that parses (JSON-LD, strict XML), counts that agree with
// `check --json` in the same run, and text from a user's claims file kept inert.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { childElements, parseXml, textOf } from '../support/xml.js';

const dir = mkdtempSync(join(tmpdir(), 'border-facts-check-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS = ['table', 'json', 'claimreview', 'junit', 'markdown', 'html'];
const WORSE_THAN_MISLEADING = ['misleading', 'inaccurate'];

interface Row { id: string; verdict: string; file: string }
function rowsOf(args: string[]): Row[] {
  const run = runCli(['check', ...args, '--json']);
  expect([0, 1]).toContain(run.status);
  return (JSON.parse(run.stdout) as { rows: Row[] }).rows;
}

const NOV_SW = { kind: 'value', dataset: 'encounters', filters: { region: 'southwest' }, period: { month: '2023-11' } };
const HOSTILE = 'Bell\u0007 <b>&amp;</b> "quoted" \'single\' | *242,418*';
const userFile = join(dir, 'draft.json');
writeFileSync(userFile, JSON.stringify({
  article: { title: 'Draft <one> & "two"', url: 'https://news.example/draft', publisher: 'Example News', published: '2023-12-28' },
  claims: [
    { id: 'sw-total', quote: HOSTILE, measure: NOV_SW, claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' } },
    { id: 'sw-wrong', quote: 'some 300,000 encounters', measure: NOV_SW, claimed: { value: 300000, unit: 'encounters', qualifier: 'about' } },
  ],
}));

describe('the exit status does not depend on the format', () => {
  const cases: [string, string[]][] = [
    ['the bundled claims, --fail-on inaccurate (default)', []],
    ['the bundled claims, --fail-on misleading', ['--fail-on', 'misleading']],
    ['the bundled claims, --fail-on never', ['--fail-on', 'never']],
    ['one accurate claim', ['--claim', 'november-southwest-total']],
  ];
  it.each(cases)('%s', (_name, args) => {
    const statuses = FORMATS.map((format) => {
      const run = runCli(['check', ...args, '--format', format]);
      expect(run.stderr, format).toBe('');
      return run.status;
    });
    expect(new Set(statuses).size, `statuses ${statuses.join(', ')}`).toBe(1);
    expect([0, 1]).toContain(statuses[0]);
  });

  it('fails on the bundled claims at the default level and passes with --fail-on never', () => {
    expect(runCli(['check', '--format', 'junit']).status).toBe(1);
    expect(runCli(['check', '--format', 'junit', '--fail-on', 'never']).status).toBe(0);
  });
});

describe('--format claimreview', () => {
  it('prints a JSON-LD array: a ClaimReview per claim, rated as check --json judged', () => {
    const rows = rowsOf([]);
    const run = runCli(['check', '--format', 'claimreview'], { env: { SOURCE_DATE_EPOCH: '1704067200' } });
    expect(run.status).toBe(1);
    const reviews = JSON.parse(run.stdout) as Record<string, any>[];
    expect(reviews).toHaveLength(rows.length);
    reviews.forEach((review, i) => {
      expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: `#claim-${rows[i]!.id}`, datePublished: '2024-01-01' });
      expect(review.reviewRating.alternateName.toLowerCase().replace(/ /g, '-')).toBe(rows[i]!.verdict);
    });
  });

  it('dates the review today (UTC) unless SOURCE_DATE_EPOCH says otherwise, which must be a number', () => {
    const before = new Date().toISOString().slice(0, 10);
    const review = (JSON.parse(runCli(['check', '--claim', 'meeting-date', '--format', 'claimreview']).stdout) as { datePublished: string }[])[0]!;
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(review.datePublished);
    const bad = runCli(['check', '--format', 'claimreview'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("border-facts: SOURCE_DATE_EPOCH 'yesterday' is not a time in seconds since 1970-01-01\nhint: unset it, or set it to a Unix time such as 1704067200\n");
    expect(bad.stdout).toBe('');
  });

  it('keeps a user\'s article URL and publisher, and the whole quote in the claim', () => {
    const reviews = JSON.parse(runCli(['check', userFile, '--format', 'claimreview']).stdout) as Record<string, any>[];
    expect(reviews[0]!.url).toBe('https://news.example/draft#claim-sw-total');
    expect(reviews[0]!.itemReviewed.text).toBe(HOSTILE);
    expect(reviews[0]!.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Example News' });
  });
});

describe('--format junit', () => {
  it('parses back strictly, with --fail-on misleading failing exactly the misleading and inaccurate claims', () => {
    const rows = rowsOf(['--fail-on', 'misleading']);
    const failing = rows.filter((row) => WORSE_THAN_MISLEADING.includes(row.verdict));
    expect(failing.length).toBeGreaterThan(0);
    const run = runCli(['check', '--format', 'junit', '--fail-on', 'misleading']);
    expect(run.status).toBe(1);
    const root = parseXml(run.stdout).root;
    expect(root.attributes).toMatchObject({ tests: String(rows.length), failures: String(failing.length), errors: '0' });
    const cases = childElements(childElements(root, 'testsuite')[0]!, 'testcase');
    expect(cases).toHaveLength(rows.length);
    const failed = cases.filter((c) => childElements(c, 'failure').length > 0).map((c) => c.attributes.name);
    expect(failed).toEqual(failing.map((row) => `${row.id} (${row.verdict})`));
  });

  it('has no failures with --fail-on never, and fails every claim with --fail-on accurate', () => {
    const rows = rowsOf([]);
    expect(parseXml(runCli(['check', '--format', 'junit', '--fail-on', 'never']).stdout).root.attributes.failures).toBe('0');
    expect(parseXml(runCli(['check', '--format', 'junit', '--fail-on', 'accurate']).stdout).root.attributes.failures).toBe(String(rows.length));
  });

  it('stays well-formed with a control character and <&>"\' in a user\'s claims file', () => {
    const run = runCli(['check', userFile, '--format', 'junit']);
    expect(run.status).toBe(1);
    const document = parseXml(run.stdout);
    expect(document.declaration.encoding).toBe('UTF-8');
    const suite = childElements(document.root, 'testsuite')[0]!;
    expect(suite.attributes.name).toBe('Draft <one> & "two"');
    const [total, wrong] = childElements(suite, 'testcase');
    expect(total!.attributes).toMatchObject({ classname: userFile, file: userFile, name: 'sw-total (accurate)' });
    expect(textOf(childElements(total!, 'system-out')[0]!)).toContain('“Bell\\x07 <b>&amp;</b> "quoted" \'single\' | *242,418*”');
    expect(childElements(wrong!, 'failure')[0]!.attributes.type).toBe('inaccurate');
  });
});

describe('--format markdown', () => {
  it('prints the outcome and a row per claim, without colour even when colour is forced', () => {
    const rows = rowsOf([]);
    const run = runCli(['check', '--format', 'markdown'], { env: { FORCE_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b/);
    expect(run.stdout.startsWith('## border-facts check\n')).toBe(true);
    for (const row of rows) expect(run.stdout).toMatch(new RegExp(`^\\| \\*\\*[A-Z][a-z ]+\\*\\* \\| \`${row.id}\``, 'm'));
  });

  it('escapes a user\'s quote: no HTML, no emphasis, no cell break, the control character shown', () => {
    const run = runCli(['check', userFile, '--format', 'markdown']);
    expect(run.stdout).toContain('“Bell\\\\x07 &lt;b&gt;&amp;amp;&lt;/b&gt; "quoted" \'single\' \\| \\*242,418\\*”');
    expect(run.stdout).not.toMatch(/<b>|\u0007/);
  });
});

describe('format validation', () => {
  it('check names its formats for one it does not write, with a suggestion', () => {
    const run = runCli(['check', '--format', 'junti']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("border-facts: 'junti' is not a format of check; did you mean 'junit'?\nhint: formats: table, json, claimreview, junit, markdown, html\n");
  });

  it.each([['encounters', '--month', 'nov'], ['seizures'], ['meeting'], ['sources']])('%s rejects check\'s formats', (...command) => {
    for (const format of ['claimreview', 'junit', 'markdown', 'html']) {
      const run = runCli([...command, '--format', format]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`'${format}' is not a format of ${command[0]}`);
    }
  });
});

describe('completion', () => {
  it('offers check\'s formats for check --format, and the common ones elsewhere', () => {
    const script = join(dir, 'completion.bash');
    writeFileSync(script, runCli(['completion', 'bash']).stdout);
    const offers = (...words: string[]) => {
      const run = spawnSync('bash', ['-c', `source ${script}
COMP_WORDS=(${['border-facts', ...words].map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length}
_border_facts; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
      return run.stdout.split('\n').filter(Boolean);
    };
    expect(offers('check', '--format', '')).toEqual(FORMATS);
    expect(offers('check', '--format', 'j')).toEqual(['json', 'junit']);
    expect(offers('encounters', '--format', '')).toEqual(['table', 'tsv', 'csv', 'json', 'ndjson', 'svg', 'vega-lite']);
    expect(offers('meeting', '--format', '')).toEqual(['table', 'tsv', 'csv', 'json', 'ndjson']);
  });
});
