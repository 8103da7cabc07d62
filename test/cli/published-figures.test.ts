// CBP's figures as published, from the command line (in-process): trace finds a number as CBP
// first published it and names the release the page reproduces; `encounters --releases` shows a
// month's first publication beside today's files; `check` judges a claims file quoting CBP's
// figures of the time. Figures: June 2022 Southwest 207,416 (CBP's June 2022 update, 2022-07-15;
// 207,834 in the files); November 2022 Southwest 233,740 first published (2022-12-23), 234,896 as
// restated (2023-01-20), 235,173 in the files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess, runJsonInProcess } from '../support/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'border-facts-published-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trace', () => {
  it('finds 207416 as the June 2022 Southwest figure CBP first published on 2022-07-15, with the page and the release it reproduces', async () => {
    const doc = await runJsonInProcess(['trace', '207416']);
    expect(doc.rows[0]).toMatchObject({
      description: 'Southwest land border encounters, June 2022', value: 207416, difference: 0, vintage: 'first-published', released: '2022-07-15', revised: 207834,
      sources: [{ release: 'CBP June 2022 monthly update', released: '2022-07-15', url: 'https://smarthernews.com/june-2022-southwest-border-data/', repostOf: { title: 'CBP Releases June 2022 Monthly Operational Update', url: null } }],
    });
  });

  it('prints the repost beside the URL in tsv', async () => {
    const run = await runInProcess(['trace', '207416', '--format', 'tsv']);
    expect(run.status).toBe(0);
    const [header, first] = run.stdout.split('\n');
    const cells = Object.fromEntries(header!.split('\t').map((key, i) => [key, first!.split('\t')[i]]));
    expect(cells).toMatchObject({ value: '207416', vintage: 'published 2022-07-15', url: 'https://smarthernews.com/june-2022-southwest-border-data/', repostOf: 'CBP Releases June 2022 Monthly Operational Update' });
  });
});

describe('encounters --releases', () => {
  it('shows November 2022 as first published, as restated a month later, and in the files', async () => {
    const doc = await runJsonInProcess(['encounters', '--month', '2022-11', '--releases']);
    expect(doc.rows.slice(0, 2)).toEqual([
      expect.objectContaining({ release: 'CBP November 2022 monthly update', published: '2022-12-23', dateBasis: 'documented', count: 233740, differenceFromCurrent: -1433, repostOf: 'CBP Releases November 2022 Monthly Operational Update' }),
      expect.objectContaining({ release: 'CBP December 2022 monthly update', published: '2023-01-20', count: 234896, differenceFromCurrent: -277 }),
    ]);
    expect(doc.notes[0]).toBe('November 2022: first published as 233,740 on 2022-12-23 (CBP November 2022 monthly update); 235,173 in the dataset today (+1,433).');
  });
});

describe('check', () => {
  const file = join(dir, 'claims.json');
  writeFileSync(file, JSON.stringify({
    article: { title: 'Border numbers, December 2022', published: '2022-12-28' },
    claims: [
      { id: 'june', quote: 'CBP counted 207,416 encounters at the southwest border in June.', measure: { kind: 'value', dataset: 'encounters', period: { month: '2022-06' } }, claimed: { value: 207416, unit: 'encounters', qualifier: 'exact' }, tolerance: '0' },
      { id: 'november', quote: 'November saw 233,740 encounters.', measure: { kind: 'value', dataset: 'encounters', period: { month: '2022-11' } }, claimed: { value: 233740, unit: 'encounters', qualifier: 'exact' }, tolerance: '0' },
      { id: 'between', quote: 'November saw 234,500 encounters.', measure: { kind: 'value', dataset: 'encounters', period: { month: '2022-11' } }, claimed: { value: 234500, unit: 'encounters', qualifier: 'exact' }, tolerance: '0' },
      { id: 'wrong', quote: 'November saw 236,000 encounters.', measure: { kind: 'value', dataset: 'encounters', period: { month: '2022-11' } }, claimed: { value: 236000, unit: 'encounters', qualifier: 'exact' }, tolerance: '0' },
    ],
  }));

  it('judges quotes of CBP\'s figures at the time accurate or mostly accurate, and a misquote inaccurate (exit 1)', async () => {
    const run = await runInProcess(['check', file, '--json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as { rows: { id: string; verdict: string; judgedOn: string; published: { figures: { repostOf: unknown; sourceUrl: string }[] } | null; sources: { url: string; repostOf?: unknown }[] }[] };
    expect(doc.rows.map((c) => [c.id, c.verdict, c.judgedOn])).toEqual([
      ['june', 'accurate', 'published'], ['november', 'accurate', 'published'], ['between', 'mostly-accurate', 'revision'], ['wrong', 'inaccurate', 'data'],
    ]);
    const june = doc.rows[0]!;
    expect(june.published!.figures[0]).toMatchObject({ sourceUrl: 'https://smarthernews.com/june-2022-southwest-border-data/', repostOf: { title: 'CBP Releases June 2022 Monthly Operational Update', url: null } });
    expect(june.sources).toContainEqual(expect.objectContaining({ url: 'https://smarthernews.com/june-2022-southwest-border-data/', repostOf: { title: 'CBP Releases June 2022 Monthly Operational Update', url: null } }));
  });

  it('passes with --fail-on never, and the table names the release the page reproduces', async () => {
    const run = await runInProcess(['check', file, '--claim', 'june', '--fail-on', 'never', '--no-color']);
    expect(run.status).toBe(0);
    // The table wraps long lines: compare with the spaces collapsed.
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('(as reproduced or reported from CBP\'s "CBP Releases June 2022 Monthly Operational Update")');
    expect(run.stdout).toContain('https://smarthernews.com/june-2022-southwest-border-data/');
  });
});
