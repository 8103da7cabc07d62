// border-facts check through the built binary: the bundled article's verdicts, exit codes for
// every --fail-on level, a user's claims file with each kind of mistake, output formats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'border-facts-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = { title: 'A test article', url: 'https://example.org/story', published: '2023-12-28' };
const NOV_SW = { kind: 'value', dataset: 'encounters', filters: { region: 'southwest' }, period: { month: '2023-11' } };

function claimsFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function withClaims(name: string, claims: unknown[]): string {
  return claimsFile(name, { article: ARTICLE, claims });
}

interface CheckRow { id: string; verdict: string; reason: string; recomputed: { value: unknown } | null; readings: CheckRow[]; parts: CheckRow[]; published: { value: number } | null }
function checkJson(args: string[]): { status: number | null; doc: { schemaVersion: number; command: string; query: Record<string, unknown>; rows: CheckRow[]; notes: string[]; sources: { url: string }[] } } {
  const run = runCli(['check', ...args, '--json']);
  if (run.status !== 0 && run.status !== 1) throw new Error(`check exited ${run.status}: ${run.stderr}`);
  return { status: run.status, doc: JSON.parse(run.stdout) };
}

describe('border-facts check on the bundled article (built binary)', () => {
  const { status, doc } = checkJson([]);
  const verdicts = Object.fromEntries(doc.rows.map((r) => [r.id, r.verdict]));

  it('checks every bundled claim and computes each verdict from the data', () => {
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'check', query: { files: ['bundled'], failOn: 'inaccurate' } });
    expect(verdicts).toEqual({
      'meeting-date': 'accurate',
      'meeting-attendees': 'accurate',
      'hours-before-meeting': 'accurate',
      'may-declaration': 'misleading',
      'busiest-on-record': 'misleading',
      'november-southwest-total': 'accurate',
      'outside-ports-share': 'accurate',
      'november-never-above-80000': 'misleading',
      'seizures-increased': 'accurate',
      'seizure-rises': 'inaccurate',
      'fiscal-year-to-date-total': 'accurate',
      'caravan-before-arrival': 'accurate',
      'cuba-venezuela-share': 'mostly-accurate',
      'briefing-after-call': 'accurate',
    });
    expect(status).toBe(1);
  });

  it('shows the revised and the first-published figure for 242,418', () => {
    const row = doc.rows.find((r) => r.id === 'november-southwest-total')!;
    expect(row.recomputed?.value).toBe(242399);
    expect(row.published?.value).toBe(242418);
    expect(row.reason).toContain('revised it to 242,399 (−19)');
  });

  it('shows each reading of "the busiest on record" and each part of the seizure claim', () => {
    const busiest = doc.rows.find((r) => r.id === 'busiest-on-record')!;
    expect(busiest.readings.map((r) => [r.id, r.verdict])).toEqual([['busiest-november', 'accurate'], ['busiest-month', 'inaccurate']]);
    const seizures = doc.rows.find((r) => r.id === 'seizure-rises')!;
    expect(seizures.parts.map((p) => [p.id, p.verdict])).toEqual([['all-drugs', 'inaccurate'], ['methamphetamine', 'mostly-accurate'], ['fentanyl', 'inaccurate'], ['cocaine', 'inaccurate']]);
    expect(seizures.parts[0]!.readings.map((r) => Number((r.recomputed!.value as number).toFixed(1)))).toEqual([28.7, 24.2]);
  });

  it('lists the official sources behind the figures', () => {
    expect(doc.sources.map((s) => s.url)).toContain('https://www.cbp.gov/newsroom/stats/nationwide-encounters');
  });

  it('prints a table that fits 80 columns, verdict first, without colour in a pipe', () => {
    const run = runCli(['check'], { env: { COLUMNS: '80' } });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    const long = run.stdout.split('\n').filter((line) => [...line].length > 80 && !/https?:\/\//.test(line));
    expect(long).toEqual([]);
    expect(run.stdout).toMatch(/^INACCURATE {2}seizure-rises$/m);
    expect(run.stdout).toContain('claimed 242,418 · recomputed 242,399 · difference −19 (−0.01%)');
    expect(run.stdout).toMatch(/14 claims: 9 accurate, 1 mostly accurate, 3 misleading, 1 inaccurate\./);
  });

  it('colours verdicts when colour is forced', () => {
    const run = runCli(['check', '--claim', 'meeting-date'], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain('\u001b[32m');
    expect(runCli(['check', '--claim', 'meeting-date', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('exit status follows --fail-on', () => {
  const exitOf = (claim: string, failOn: string) => runCli(['check', '--claim', claim, '--fail-on', failOn, '--json']).status;

  it('defaults to inaccurate', () => {
    expect(runCli(['check', '--claim', 'seizure-rises', '--json']).status).toBe(1);
    expect(runCli(['check', '--claim', 'may-declaration', '--json']).status).toBe(0);
  });

  it.each([
    // claim, its verdict, --fail-on, exit status
    ['meeting-date', 'accurate', 'accurate', 1],
    ['meeting-date', 'accurate', 'mostly-accurate', 0],
    ['cuba-venezuela-share', 'mostly-accurate', 'mostly-accurate', 1],
    ['cuba-venezuela-share', 'mostly-accurate', 'unverifiable', 0],
    ['may-declaration', 'misleading', 'unverifiable', 1],
    ['may-declaration', 'misleading', 'misleading', 1],
    ['may-declaration', 'misleading', 'inaccurate', 0],
    ['seizure-rises', 'inaccurate', 'inaccurate', 1],
    ['seizure-rises', 'inaccurate', 'never', 0],
  ] as const)('%s (%s) with --fail-on %s exits %i', (claim, _verdict, failOn, status) => {
    expect(exitOf(claim, failOn)).toBe(status);
  });

  it('treats unverifiable as better than misleading and worse than mostly accurate', () => {
    const file = withClaims('unverifiable.json', [{ id: 'ofo-2015', quote: 'OFO saw 5,000', measure: { ...NOV_SW, filters: { region: 'southwest', component: 'ofo' }, period: { month: '2015-11' } }, claimed: { value: 5000, unit: 'encounters', qualifier: 'about' } }]);
    expect(checkJson([file]).doc.rows[0]!.verdict).toBe('unverifiable');
    expect(runCli(['check', file, '--fail-on', 'unverifiable']).status).toBe(1);
    expect(runCli(['check', file, '--fail-on', 'misleading']).status).toBe(0);
    expect(runCli(['check', file]).status).toBe(0);
  });

  it('rejects an unknown level with a suggestion (exit 2)', () => {
    const run = runCli(['check', '--fail-on', 'inacurate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("did you mean 'inaccurate'?");
  });
});

describe("a user's claims file", () => {
  it('goes through the same engine', () => {
    const file = withClaims('good.json', [
      { id: 'busiest-november', quote: 'the busiest November', measure: { kind: 'rank', dataset: 'encounters', filters: { region: 'southwest' }, period: { month: '2023-11' }, among: 'same-month' }, claimed: { value: 1, unit: 'rank', qualifier: 'record' } },
      { id: 'southwest', quote: '242,418', measure: NOV_SW, claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' } },
    ]);
    const { status, doc } = checkJson([file]);
    expect(status).toBe(0);
    expect(doc.rows.map((r) => [r.id, r.verdict])).toEqual([['busiest-november', 'accurate'], ['southwest', 'accurate']]);
    expect(doc.query.files).toEqual([file]);
  });

  it('honours --tolerance on the command line, and a claim\'s own tolerance over it', () => {
    const file = withClaims('tolerance.json', [
      { id: 'about', quote: 'about 250,000', measure: NOV_SW, claimed: { value: 250000, unit: 'encounters', qualifier: 'about' } },
      { id: 'about-own', quote: 'about 250,000', measure: NOV_SW, claimed: { value: 250000, unit: 'encounters', qualifier: 'about' }, tolerance: '1%' },
    ]);
    // 242,399 is 3.0% below 250,000: within the default 5%; beyond 2% (within twice it); beyond 1% twice over.
    expect(checkJson([file]).doc.rows.map((r) => r.verdict)).toEqual(['accurate', 'inaccurate']);
    expect(checkJson([file, '--tolerance', 'about=2%']).doc.rows.map((r) => r.verdict)).toEqual(['mostly-accurate', 'inaccurate']);
    expect(runCli(['check', file, '--tolerance', 'abuot=2%']).stderr).toContain("did you mean 'about'?");
    expect(runCli(['check', file, '--tolerance', 'about=lots']).status).toBe(2);
  });

  it.each([
    ['an unknown field', { id: 'extra', quote: 'q', measure: NOV_SW, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' }, verdict: 'accurate' }, "claim 'extra': unknown field 'verdict'"],
    ['a wrong type', { id: 'typed', quote: 'q', measure: { ...NOV_SW, period: { month: 202311 } }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }, "claim 'typed': measure.period.month: expected string, got number 202311"],
    ['an unknown region', { id: 'where', quote: 'q', measure: { ...NOV_SW, filters: { region: 'southwset' } }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }, "claim 'where': measure.filters.region: 'southwset' is not one of"],
    ['a month outside coverage', { id: 'when', quote: 'q', measure: { ...NOV_SW, period: { month: '2030-01' } }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }, "claim 'when': measure.period: January 2030 is outside the encounters data"],
    ['an unknown qualifier', { id: 'how', quote: 'q', measure: NOV_SW, claimed: { value: 1, unit: 'encounters', qualifier: 'roughy' } }, "claim 'how': claimed.qualifier: 'roughy' is not one of"],
    ['a unit the measure cannot give', { id: 'unit', quote: 'q', measure: NOV_SW, claimed: { value: 1, unit: 'percent', qualifier: 'exact' } }, "claim 'unit': claimed.unit: this value measure gives encounters, not percent"],
  ])('is rejected for %s with exit 3, naming the file, the claim and the field', (_what, claim, message) => {
    const file = withClaims(`bad-${(claim as { id: string }).id}.json`, [{ id: 'fine', quote: 'q', measure: NOV_SW, claimed: { value: 242399, unit: 'encounters', qualifier: 'exact' } }, claim]);
    const run = runCli(['check', file]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain(`border-facts: ${file}: ${message}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the region suggestion for a typo', () => {
    const file = withClaims('typo.json', [{ id: 'where', quote: 'q', measure: { ...NOV_SW, filters: { region: 'southwset' } }, claimed: { value: 1, unit: 'encounters', qualifier: 'exact' } }]);
    expect(runCli(['check', file]).stderr).toContain("did you mean 'southwest'?");
  });

  it('is rejected when it is not JSON, or missing (exit 3)', () => {
    const broken = claimsFile('broken.json', '{ "article": ');
    expect(runCli(['check', broken])).toMatchObject({ status: 3, stderr: expect.stringContaining(`${broken} is not valid JSON`) });
    expect(runCli(['check', join(dir, 'absent.json')])).toMatchObject({ status: 3, stderr: expect.stringContaining('no such file') });
  });

  it('escapes control characters from the file', () => {
    const file = withClaims('hostile.json', [{ id: 'x', quote: 'evil \u001b[2J quote', measure: NOV_SW, claimed: { value: 242399, unit: 'encounters', qualifier: 'exact' } }]);
    const run = runCli(['check', file]);
    expect(run.stdout).toContain('evil \\x1b[2J quote');
    expect(run.stdout).not.toContain('\u001b[2J');
  });
});

describe('options', () => {
  it('--schema prints the JSON Schema of claims files', () => {
    const run = runCli(['check', '--schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['article', 'claims']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('--claim with an unknown id is a usage error with a suggestion', () => {
    const run = runCli(['check', '--claim', 'busiest-on-recrod']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("did you mean 'busiest-on-record'?");
  });

  it('--format rejects the formats check does not write (tsv)', () => {
    const run = runCli(['check', '--format', 'tsv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'tsv' is not a format of check");
  });

  it('--help leads with examples, a CI one among them', () => {
    const run = runCli(['check', '--help']);
    const examples = run.stdout.indexOf('Examples:\n  # ');
    expect(examples).toBeGreaterThan(0);
    expect(examples).toBeLessThan(run.stdout.indexOf('Options:'));
    expect(run.stdout).toContain('  border-facts check claims.json --fail-on misleading\n');
  });
});

describe('docs/examples/claims.json', () => {
  it('uses every kind of numeric and event measure and checks as docs/check.md says: every claim accurate', () => {
    const file = fileURLToPath(new URL('../../docs/examples/claims.json', import.meta.url));
    const { status, doc } = checkJson([file]);
    expect(status).toBe(0);
    expect(doc.rows.map((r) => r.verdict)).toEqual(Array(doc.rows.length).fill('accurate'));
  });
});
