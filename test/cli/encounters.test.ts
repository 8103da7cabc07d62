import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../support/cli.js';

type Row = Record<string, unknown>;

describe('border-facts encounters (built binary)', () => {
  it('lists every November from 1999 with the official Southwest figures', () => {
    const doc = runJson(['encounters', '--month', 'nov']);
    const byPeriod = new Map(doc.rows.map((r: Row) => [r.period, r]));
    expect(doc.rows[0]!.period).toBe('1999-11');
    expect(byPeriod.get('2019-11')!.total).toBe(42643);
    expect(byPeriod.get('2020-11')!.total).toBe(72113);
    expect(byPeriod.get('2021-11')!.total).toBe(174845);
    expect(byPeriod.get('2022-11')!.total).toBe(235173);
    expect(byPeriod.get('2023-11')).toMatchObject({ total: 242399, usbp: 191106, ofo: 51293, rank: 1 });
  });

  it('shows Border Patrol alone, flagged, before FY2020', () => {
    const doc = runJson(['encounters', '--month', '2018-11']);
    expect(doc.rows[0]).toMatchObject({ usbp: 51857, ofo: null, total: null, countBasis: 'usbp' });
    expect(doc.rows[0]!.coverage).toEqual({ usbp: 'exact', ofo: 'unavailable', total: 'unavailable' });
  });

  it('flags FY2021 Border Patrol as rounded and its OFO as derived', () => {
    const doc = runJson(['encounters', '--month', '2020-11']);
    expect(doc.rows[0]!.coverage).toEqual({ usbp: 'rounded', ofo: 'derived-approx', total: 'exact' });
  });

  it('names the record November in a note', () => {
    const doc = runJson(['encounters', '--month', 'nov']);
    expect(doc.notes[0]).toContain('Nov 2023, 242,399, is the highest November of the 27 selected');
  });

  it('gives fiscal-year Southwest totals', () => {
    const doc = runJson(['encounters', '--fy', '2020-2024', '--by', 'fy']);
    expect(doc.rows.map((r: Row) => r.total)).toEqual([458088, 1734686, 2378944, 2475669, 2135005]);
  });

  it('ranks citizenships nationwide in October 2023', () => {
    const doc = runJson(['encounters', '--month', '2023-10', '--region', 'nationwide', '--by', 'citizenship', '--top', '5']);
    expect(doc.rows).toHaveLength(5);
    const counts = doc.rows.map((r: Row) => r.count as number);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const all = runJson(['encounters', '--month', '2023-10', '--region', 'nationwide', '--by', 'citizenship']);
    const of = (name: string) => all.rows.find((r: Row) => r.citizenship === name)!.count;
    expect(of('CUBA')).toBe(18064);
    expect(of('VENEZUELA')).toBe(45939);
  });

  it('filters by citizenship across months', () => {
    const doc = runJson(['encounters', '--from', '2023-10', '--to', '2023-11', '--region', 'all', '--citizenship', 'cuba,venezuela', '--by', 'citizenship']);
    expect(doc.rows.map((r: Row) => r.citizenship).sort()).toEqual(['CUBA', 'VENEZUELA']);
  });

  it('prints the JSON contract', () => {
    const doc = runJson(['encounters', '--month', 'nov']);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.command).toBe('encounters');
    expect(doc.query).toMatchObject({ region: 'southwest', component: 'all', by: 'month', month: 'nov' });
    expect(Array.isArray(doc.sources) && doc.sources.length).toBeGreaterThan(0);
  });

  it('writes tsv with a header when piped', () => {
    const run = runCli(['encounters', '--month', '2023-11']);
    const [header, row] = run.stdout.trim().split('\n');
    expect(header!.split('\t')).toEqual(['period', 'fiscalYear', 'usbp', 'ofo', 'total', 'changeOnYearBefore', 'rank', 'coverage']);
    expect(row!.split('\t').slice(0, 5)).toEqual(['2023-11', '2024', '191106', '51293', '242399']);
  });

  it('suggests a month for a typo (exit 2)', () => {
    const run = runCli(['encounters', '--month', 'novembr']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'novembr' is not a month; did you mean 'nov'?");
  });

  it('states the coverage for a period outside it (exit 2)', () => {
    const run = runCli(['encounters', '--fy', '2031']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/the data covers Oct 1999 to Nov 2025/);
  });

  it('names conflicting filters (exit 2)', () => {
    const run = runCli(['encounters', '--month', '2023-11', '--fy', '2020']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--month 2023-11 --fy 2020 conflict');
  });
});
