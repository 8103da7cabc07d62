import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA, runCli, runJson } from '../support/cli.js';

type Row = Record<string, unknown>;
const AT_80 = { env: { COLUMNS: '80' } };

/** Every line of a run's output, measured in characters as a terminal shows them. */
function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => [...line].length));
}

describe('border-facts meeting (built binary)', () => {
  it('shows the summary card: date, place, people by side, follow-up', () => {
    const run = runCli(['meeting', '--format', 'table'], AT_80);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    for (const text of ['2023-12-27', 'National Palace', 'Mexico City', 'Blinken', 'Mayorkas', 'Sherwood-Randall', 'Salazar', 'López Obrador', 'Bárcena', 'Washington']) {
      expect(out).toContain(text);
    }
    const usSide = out.slice(out.indexOf('U.S. side'), out.indexOf('Mexican side'));
    const mexicanSide = out.slice(out.indexOf('Mexican side'), out.indexOf('Purpose'));
    for (const name of ['Blinken', 'Mayorkas', 'Sherwood-Randall', 'Salazar']) expect(usSide).toContain(name);
    for (const name of ['López Obrador', 'Bárcena']) expect(mexicanSide).toContain(name);
    expect(mexicanSide).toContain('Secretary of Foreign Affairs');
    expect(out).toMatch(/Follow-up +A high-level meeting at the State Department in Washington, D\.C\.,\s+on January 19, 2024 \[9\]/);
    expect(out).toMatch(/Date +2023-12-27 \(Wednesday\) \[1\]\[2\]/);
  });

  it('fits an 80-column terminal without losing content', () => {
    for (const view of [[], ['--timeline'], ['--participants'], ['--sources'], ['--help']]) {
      const run = runCli(['meeting', ...view, '--format', 'table'], AT_80);
      expect(run.status, view.join(' ')).toBe(0);
      expect(widest(run.stdout), view.join(' ') || 'summary').toBeLessThanOrEqual(80);
    }
    // Wrapped, not truncated: every source URL is there, whole once the line breaks are joined.
    const sources = runCli(['meeting', '--sources', '--format', 'table'], AT_80).stdout;
    const joined = sources.replace(/\n\s*/g, '');
    for (const row of runJson(['meeting', '--sources']).rows) expect(joined).toContain(row.url as string);
  });

  it('shows the timeline with each event and its sources', () => {
    const out = runCli(['meeting', '--timeline', '--format', 'table'], AT_80).stdout;
    expect(out).toMatch(/2023-05-02 {2}U\.S\.–Mexico joint statement[^\n]*\n[^\n]*\[10\]\[11\]/);
    expect(out).toMatch(/Form: joint statement\. Issued jointly by both governments/);
    expect(out).toMatch(/2023-12-21 {2}Biden and López Obrador talk by phone \[12\]\[13\]/);
    expect(out).toMatch(/2023-12-22 {2}López Obrador's morning press conference, the day after the\s+call \[14\]\[15\]/);
    expect(out).toMatch(/2023-12-24 {2}A migrant caravan leaves Tapachula \[17\]/);
    expect(out).toMatch(/caravan size: about 6,000 people \(INM office in Chiapas\) \[17\]/);
    expect(out).toMatch(/caravan size: more than 10,000 people \(Chiapas Civil\s+Protection\) \[17\]/);
    expect(out).toMatch(/2023-12-28 {2}Mexico's Foreign Ministry publishes a joint communiqué \[2\]\[5\]/);
    expect(out).toMatch(/2024-01-19 {2}Follow-up meeting in Washington \[9\]/);
    expect(out).toMatch(/\[17\] +La República, 2023-12-26/);
  });

  it('prints the timeline as JSON with ISO dates and source URLs on each event', () => {
    const doc = runJson(['meeting', '--timeline']);
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'meeting', query: { view: 'timeline' } });
    const byId = new Map(doc.rows.map((r: Row) => [r.id, r]));
    expect(byId.get('joint-statement-2023-05-02')).toMatchObject({
      date: '2023-05-02', form: 'joint-statement', actors: ['us-government', 'mexican-government'], sourceNumbers: [10, 11],
      sourceUrls: ['https://www.reuters.com/world/us/us-continue-humanitarian-program-after-title-42-end-date-joint-statement-2023-05-03/', 'https://usadailynews24.com/mexico-and-united-states-strengthen-joint-humanitarian-plan-on-migration/'],
    });
    expect(byId.get('biden-lopez-obrador-call-2023-12-21')).toMatchObject({ date: '2023-12-21', form: 'phone-call', daysFromMeeting: -6 });
    expect(byId.get('lopez-obrador-press-conference-2023-12-22')).toMatchObject({ date: '2023-12-22', timeOfDay: 'morning', place: 'Salina Cruz, Oaxaca, Mexico' });
    expect(byId.get('washington-follow-up-2024-01-19')).toMatchObject({ date: '2024-01-19', daysFromMeeting: 23, sourceNumbers: [9] });
    const caravan = byId.get('caravan-departs-tapachula-2023-12-24') as Row;
    expect((caravan.figures as Row[]).filter((f) => f.measure === 'caravan-size').map((f) => [f.value, f.qualifier])).toEqual([[6000, 'about'], [10000, 'more-than']]);
    for (const row of doc.rows) {
      expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((row.sourceUrls as string[]).length).toBeGreaterThan(0);
      for (const url of row.sourceUrls as string[]) expect(url).toMatch(/^https?:\/\//);
    }
    expect(doc.notes[0]).toMatch(/sources disagree on the caravan size: about 6,000 people \(INM office in Chiapas\) \[17\] versus more than 10,000 people/);
    expect(doc.sources.map((s) => (s as Row).id)).toContain('17');
  });

  it('prints the summary facts as JSON rows, each with source numbers and URLs', () => {
    const doc = runJson(['meeting']);
    expect(doc.query).toEqual({ view: 'summary' });
    const keys = ['fact', 'id', 'side', 'date', 'timeOfDay', 'value', 'detail', 'sourceNumbers', 'sourceUrls'];
    for (const row of doc.rows) {
      expect(Object.keys(row)).toEqual(keys);
      expect((row.sourceUrls as string[]).length).toBe((row.sourceNumbers as number[]).length);
      expect((row.sourceUrls as string[]).length).toBeGreaterThan(0);
    }
    expect(doc.rows.find((r: Row) => r.fact === 'date')).toMatchObject({ value: '2023-12-27', sourceUrls: ['https://www.state.gov/secretary-blinken-travels-to-mexico/', expect.stringContaining('gob.mx/sre')] });
    expect(doc.rows.filter((r: Row) => r.fact === 'participant').map((r: Row) => r.id)).toEqual(['blinken', 'mayorkas', 'sherwood-randall', 'salazar', 'lopez-obrador', 'barcena']);
    expect(doc.rows.find((r: Row) => r.id === 'people-not-walls')).toMatchObject({ fact: 'ask', side: 'mexico', date: '2023-12-27', timeOfDay: 'morning' });
    expect(doc.sources).toContainEqual({ id: '1', title: 'Secretary Blinken Travels to Mexico', publisher: 'U.S. Department of State', url: 'https://www.state.gov/secretary-blinken-travels-to-mexico/', release: '2023-12-26' });
  });

  it('lists participants by side and the numbered sources', () => {
    const people = runJson(['meeting', '--participants']);
    expect(people.rows.map((r: Row) => `${r.side}:${r.name}`)).toEqual([
      'united-states:Antony J. Blinken', 'united-states:Alejandro N. Mayorkas', 'united-states:Elizabeth Sherwood-Randall', 'united-states:Ken Salazar',
      'mexico:Andrés Manuel López Obrador', 'mexico:Alicia Bárcena',
    ]);
    expect(people.notes[0]).toContain("Security Cabinet");
    const sources = runJson(['meeting', '--sources']);
    expect(sources.rows).toHaveLength(18);
    expect(sources.rows[8]).toMatchObject({ number: 9, published: '2024-01', url: 'https://www.wirenn.com/post/discussions-with-mexican-officials-on-migration-at-the-department-of-state' });
  });

  it('writes tsv in a pipe, and csv and ndjson on request', () => {
    const tsv = runCli(['meeting', '--participants']).stdout.trim().split('\n');
    expect(tsv[0]!.split('\t')).toEqual(['id', 'side', 'name', 'role', 'note', 'alsoKnownAs', 'sourceNumbers', 'sourceUrls']);
    expect(tsv[1]!.split('\t').slice(0, 4)).toEqual(['blinken', 'united-states', 'Antony J. Blinken', 'Secretary of State']);
    const csv = runCli(['meeting', '--timeline', '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toBe('id,date,weekday,daysFromMeeting,timeOfDay,title,summary,form,formNote,actors,place,figures,sourceNumbers,sourceUrls');
    expect(csv).toContain('caravan-departs-tapachula-2023-12-24,2023-12-24,Sunday,-3,');
    const ndjson = runCli(['meeting', '--timeline', '--format', 'ndjson']).stdout.trim().split('\n').map((line) => JSON.parse(line) as Row);
    expect(ndjson).toHaveLength(11);
    expect(ndjson[7]).toMatchObject({ id: 'meeting-2023-12-27', daysFromMeeting: 0 });
  });

  it('leads its help with examples', () => {
    const run = runCli(['meeting', '--help'], AT_80);
    expect(run.status).toBe(0);
    const examples = run.stdout.indexOf('Examples:\n  # ');
    expect(examples).toBeGreaterThan(0);
    expect(run.stdout.indexOf('  border-facts meeting --timeline\n')).toBeGreaterThan(examples);
    expect(run.stdout.indexOf('Options:')).toBeGreaterThan(examples);
  });

  it('rejects bad options and conflicting views with exit 2', () => {
    const typo = runCli(['meeting', '--timelin']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("unknown option '--timelin'");
    expect(typo.stderr).toContain('--timeline');
    const both = runCli(['meeting', '--timeline', '--sources']);
    expect(both.status).toBe(2);
    expect(both.stderr).toBe('border-facts: choose one view: --timeline and --sources cannot be combined\nhint: run border-facts meeting, --timeline, --participants or --sources separately\n');
    const format = runCli(['meeting', '--format', 'claimreview']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("'claimreview' is not a format of meeting");
    expect(format.stdout).toBe('');
  });

  it('never colours a pipe, and colours a forced table', () => {
    expect(runCli(['meeting', '--format', 'table']).stdout).not.toContain('\x1b[');
    expect(runCli(['meeting', '--format', 'table'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(runCli(['meeting', '--format', 'table', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });
});

describe('border-facts meeting with a damaged dataset', () => {
  it('refuses an edited events file with exit 3 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'border-facts-events-'));
    try {
      cpSync(BUNDLED_DATA, dir, { recursive: true });
      const file = join(dir, 'events.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"2023-12-27"', '"2023-12-26"'));
      const run = runCli(['meeting', '--data-dir', dir]);
      expect(run.status).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^border-facts: data file .*events\.json was edited: its checksum does not match the manifest\n/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
