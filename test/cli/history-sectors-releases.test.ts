// The record real articles quote, through the binary: Border Patrol history before FY2000,
// sectors, field offices and releases. Figures from the official CSVs in ../shared/sources:
//   USBP annual Southwest table FY1986 1,615,844, FY1999 1,537,000; monthly table FY2000 1,643,679;
//   USBP monthly by sector FY2000–FY2020: Rio Grande Valley June 2014 38,446; FY2019 339,135 of the
//   Southwest's 851,508;
//   Southwest November 2023: 242,418 in CBP's November 2023 update (2023-12-22), 242,399 in every file.
//   nationwide-drugs-fy23-fy26-apr: FY2023 Southwest fentanyl, San Diego field office 11,424.23 lb of 26,717.83 lb.
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../support/cli.js';

describe('encounters: Border Patrol fiscal years over the whole record', () => {
  it('shows FY1960–FY2025 with the annual-only years marked, in JSON coverage and in the table', () => {
    const doc = runJson(['encounters', '--fy', '1960-2025', '--by', 'fy', '--component', 'usbp', '--json']);
    const row = (fy: number) => doc.rows.find((r) => r.fiscalYear === fy)!;
    expect(row(1960)).toMatchObject({ period: 'FY1960', months: null, coverage: { usbp: 'annual' } });
    expect(row(1986)).toMatchObject({ count: 1615844, coverage: { usbp: 'annual' } });
    expect(row(2000)).toMatchObject({ count: 1643679, months: 12, coverage: { usbp: 'exact' } });
    expect(row(2000).changeOnYearBefore).toBeCloseTo(((1643679 - 1537000) / 1537000) * 100, 9);
    expect(doc.notes.join('\n')).toContain('† annual-only year');
    const table = runCli(['encounters', '--fy', '1985-1987', '--by', 'fy', '--component', 'usbp', '--format', 'table', '--no-color']);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('1,615,844†');
  });

  it('says so when the range lies outside the record', () => {
    const run = runCli(['encounters', '--fy', '1900-1910', '--by', 'fy', '--component', 'usbp']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('border-facts: no Border Patrol southwest data for --fy 1900-1910; the record covers FY1960 to FY2025\n');
  });
});

describe('encounters --sector and --by sector', () => {
  it('reads a sector month from CBP\'s FY2000–FY2020 table (Rio Grande Valley, June 2014: 38,446)', () => {
    const doc = runJson(['encounters', '--sector', 'rgv', '--month', '2014-06', '--json']);
    expect(doc.rows).toEqual([expect.objectContaining({ period: '2014-06', count: 38446, coverage: { usbp: 'exact' } })]);
    expect(doc.query).toMatchObject({ sector: ['rio-grande-valley'], component: 'usbp' });
  });

  it('lists every Southwest sector for a fiscal year, with shares (FY2019: Rio Grande Valley 339,135 first)', () => {
    const doc = runJson(['encounters', '--by', 'sector', '--fy', '2019', '--json']);
    expect(doc.rows).toHaveLength(9);
    expect(doc.rows[5]).toMatchObject({ sector: 'Rio Grande Valley', count: 339135, rank: 1 });
    expect(doc.rows.reduce((sum, r) => sum + (r.count as number), 0)).toBe(851508);
  });

  it('suggests the sector meant', () => {
    const run = runCli(['encounters', '--sector', 'tuscon']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("border-facts: --sector: 'tuscon' is not a Border Patrol sector; did you mean 'tucson'?");
  });
});

describe('encounters --releases', () => {
  it('shows November 2023 as first published (242,418 on 2023-12-22) and in the later files (242,399)', () => {
    const doc = runJson(['encounters', '--month', '2023-11', '--releases', '--json']);
    expect(doc.rows[0]).toMatchObject({ release: 'CBP November 2023 monthly update', published: '2023-12-22', count: 242418, differenceFromCurrent: 19 });
    expect(doc.rows.slice(1).map((r) => r.count)).toEqual([242399, 242399, 242399]);
    expect(doc.rows.slice(1).every((r) => r.kind === 'data-file')).toBe(true);
    expect(doc.notes[0]).toBe('November 2023: first published as 242,418 about 2023-12-22 (CBP November 2023 monthly update); 242,399 in the dataset today (−19).');
  });

  it('needs one month', () => {
    const run = runCli(['encounters', '--month', 'nov', '--releases']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--releases shows one month: give --month YYYY-MM');
  });
});

describe('seizures --office / --aor and --by office', () => {
  it('gives the San Diego field office\'s FY2023 Southwest fentanyl, and its share by office (42.8%)', () => {
    const one = runJson(['seizures', '--fy', '2023', '--drug', 'fentanyl', '--region', 'sw', '--aor', 'San Diego FO', '--json']);
    expect(one.rows[0]!.pounds).toBeCloseTo(11424.233, 2);
    const byOffice = runJson(['seizures', '--fy', '2023', '--drug', 'fentanyl', '--region', 'sw', '--by', 'office', '--json']);
    const sd = byOffice.rows.find((r) => r.office === 'SAN DIEGO FIELD OFFICE')!;
    expect(sd.share).toBeCloseTo(42.7588, 3);
    expect(byOffice.rows[0]).toMatchObject({ label: 'all areas' });
    expect(byOffice.rows[0]!.pounds).toBeCloseTo(26717.834, 2);
  });

  it('asks which area a bare city means', () => {
    const run = runCli(['seizures', '--office', 'san diego']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("border-facts: --office: 'san diego' names 2 areas of responsibility: 'san diego field office', 'san diego sector'; say which");
  });
});

describe('check: the new measures in a claims file', () => {
  it('prints them in --schema', () => {
    const schema = runCli(['check', '--schema']).stdout;
    for (const word of ['"per-day"', '"average"', '"within"', '"direction"', '"denominatorPeriod"', '"sector"', '"office"']) expect(schema).toContain(word);
  });
});
