import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../support/cli.js';

type Row = Record<string, unknown>;
const NOV_2023 = ['seizures', '--month', '2023-11', '--compare', 'previous-month'];
const byDrug = (rows: Row[]) => new Map(rows.map((r) => [r.isTotal ? 'all drugs' : (r.drug as string), r]));
const rounded = (row: Row | undefined, key: string) => Math.round(row![key] as number);
const change = (row: Row | undefined) => Number((row!.change as number).toFixed(1));

describe('border-facts seizures (built binary)', () => {
  it('gives the October → November 2023 figures of the OFO + Border Patrol series (issue 3)', () => {
    const rows = byDrug(runJson(NOV_2023).rows);
    const expected: [string, number, number, number][] = [
      // drug, Oct 2023 lb, Nov 2023 lb, change %, all from nationwide-drugs-fy23-fy26-apr.csv
      ['all drugs', 37433, 48175, 28.7],
      ['methamphetamine', 11770, 18153, 54.2],
      ['fentanyl', 1772, 2205, 24.4],
      ['cocaine', 4596, 4039, -12.1],
    ];
    for (const [drug, oct, nov, pct] of expected) {
      expect(rounded(rows.get(drug), 'previousPounds'), drug).toBe(oct);
      expect(rounded(rows.get(drug), 'pounds'), drug).toBe(nov);
      expect(change(rows.get(drug)), drug).toBe(pct);
    }
    expect(rows.get('all drugs')).toMatchObject({ previousEvents: 4646, events: 4279, share: 100, rank: null });
  });

  it('keeps full precision in JSON, the same to the bit as check recomputes it (both sum the monthly summary)', () => {
    const total = runJson(NOV_2023).rows[0]!;
    expect(total.pounds).toBeCloseTo(48175.474485320294, 8);
    expect(total.previousPounds).toBeCloseTo(37433.20091245425, 8);
    expect(total.change).toBe(28.69718140852879);
    const claim = runJson(['check', '--claim', 'seizures-increased']).rows[0] as unknown as { readings: { id: string; recomputed: { value: number } }[] };
    expect(claim.readings.find((reading) => reading.id === 'cbp-series')!.recomputed.value).toBe(total.change);
  });

  it('rounds pounds to whole numbers with separators in the table', () => {
    const run = runCli([...NOV_2023, '--format', 'table']);
    expect(run.status).toBe(0);
    const line = (label: string) => run.stdout.split('\n').find((l) => l.startsWith(`${label} `))!.trim().split(/\s{2,}/);
    expect(line('all drugs').slice(0, 4)).toEqual(['all drugs', '37,433', '48,175', '+28.7%']);
    expect(line('methamphetamine').slice(0, 4)).toEqual(['methamphetamine', '11,770', '18,153', '+54.2%']);
    expect(line('fentanyl').slice(0, 4)).toEqual(['fentanyl', '1,772', '2,205', '+24.4%']);
    expect(line('cocaine').slice(0, 4)).toEqual(['cocaine', '4,596', '4,039', '−12.1%']);
    expect(run.stdout).toMatch(/Drug\s+Oct 2023 \(lb\)\s+Nov 2023 \(lb\)\s+Change/);
  });

  it('says its scope: OFO + Border Patrol, nationwide, AMO excluded', () => {
    const doc = runJson(NOV_2023);
    expect(doc.notes[0]).toContain("Office of Field Operations + U.S. Border Patrol (CBP's nationwide drug-seizure series); nationwide");
    expect(doc.notes[0]).toContain('Air and Marine Operations seizures are excluded');
    expect(doc.query).toMatchObject({ components: ['ofo', 'usbp'], region: 'nationwide', by: 'drug', compare: 'previous-month', unit: 'lb', month: '2023-11' });
    expect(doc.query.comparedWith).toEqual({ first: '2023-10', last: '2023-10', months: 1 });
    const files = (doc.sources as { id: string }[]).map((s) => s.id);
    expect(files).toEqual(['cbp-nationwide-drugs-fy23-fy26-apr']);
    const longRun = runJson(['seizures', '--fy', '2022-2023', '--by', 'fy']);
    expect((longRun.sources as { id: string }[]).map((s) => s.id)).toEqual(['cbp-nationwide-drugs-fy19-fy22', 'cbp-nationwide-drugs-fy23-fy26-apr']);
  });

  it('changes the figures and the scope note with --component all (adds Air and Marine Operations)', () => {
    const doc = runJson([...NOV_2023, '--component', 'all']);
    const rows = byDrug(doc.rows);
    expect(rounded(rows.get('all drugs'), 'previousPounds')).toBe(56345);
    expect(rounded(rows.get('all drugs'), 'pounds')).toBe(70004);
    expect(change(rows.get('all drugs'))).toBe(24.2);
    expect(change(rows.get('methamphetamine'))).toBe(55.5);
    expect(change(rows.get('fentanyl'))).toBe(43.6);
    expect(change(rows.get('cocaine'))).toBe(8.6);
    expect(doc.notes[0]).toContain('Includes Air and Marine Operations');
    expect(doc.notes[0]).toContain('not comparable');
    expect((doc.sources as { id: string }[]).map((s) => s.id)).toContain('cbp-amo-drug-seizures-fy23-fy26-dec');
  });

  it('splits a month by component', () => {
    const doc = runJson(['seizures', '--month', '2023-11', '--component', 'all', '--by', 'component']);
    const of = (c: string) => doc.rows.find((r: Row) => r.component === c)!;
    expect(rounded(of('ofo'), 'pounds')).toBe(36943);
    expect(of('ofo').events).toBe(4010);
    expect(rounded(of('usbp'), 'pounds')).toBe(11232);
    expect(rounded(of('amo'), 'pounds')).toBe(21828);
    expect(of('amo').events).toBe(55);
  });

  it('converts to kilograms with --unit kg', () => {
    const pounds = runJson(['seizures', '--month', '2023-11', '--by', 'region']);
    const kilos = runJson(['seizures', '--month', '2023-11', '--by', 'region', '--unit', 'kg']);
    const sw = (doc: typeof pounds) => doc.rows.find((r: Row) => r.region === 'southwest')!;
    expect(sw(kilos).kilograms).toBeCloseTo((sw(pounds).pounds as number) * 0.45359237, 9);
    expect(Math.round(sw(kilos).kilograms as number)).toBe(14136);
    expect(sw(kilos).pounds).toBeUndefined();
    const table = runCli(['seizures', '--month', '2023-11', '--by', 'region', '--unit', 'kg', '--format', 'table']);
    expect(table.stdout).toContain('Nov 2023 (kg)');
    expect(table.stdout).toMatch(/Southwest border\s+14,136/);
  });

  it('gives fentanyl per fiscal year and marks the partial year', () => {
    const doc = runJson(['seizures', '--fy', '2019-2026', '--by', 'fy', '--drug', 'Fentanyl']);
    expect(doc.rows.map((r: Row) => r.period)).toEqual(['FY2019', 'FY2020', 'FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025', 'FY2026']);
    expect(doc.rows.map((r: Row) => Math.round(r.pounds as number))).toEqual([2804, 4791, 11201, 14700, 27023, 21889, 12027, 6726]);
    expect(doc.rows.find((r: Row) => r.period === 'FY2023')!.rank).toBe(1);
    expect(doc.rows[7]).toMatchObject({ months: 7, complete: false });
    expect(doc.notes.join('\n')).toContain('FY2026 is partial: 7 of 12 months (Oct 2025–Apr 2026)');
  });

  it('compares months with the year before, matching drug aliases', () => {
    const doc = runJson(['seizures', '--month', '2023-11', '--by', 'month', '--drug', 'meth', '--compare', 'previous-year']);
    expect(doc.rows).toHaveLength(1);
    expect(doc.rows[0]).toMatchObject({ period: '2023-11', fiscalYear: 2024, previousPeriod: '2022-11' });
    expect(rounded(doc.rows[0], 'previousPounds')).toBe(11840);
    expect(rounded(doc.rows[0], 'pounds')).toBe(18153);
  });

  it('compares a partial fiscal year with the same months a year earlier', () => {
    const doc = runJson(['seizures', '--fy', '2026', '--compare', 'previous-year']);
    expect(rounded(doc.rows[0], 'pounds')).toBe(515514);
    expect(rounded(doc.rows[0], 'previousPounds')).toBe(307107);
    expect(doc.query.comparedWith).toEqual({ first: '2024-10', last: '2025-04', months: 7 });
  });

  it('writes tsv with a header when piped, csv and ndjson on request', () => {
    const tsv = runCli(['seizures', '--month', '2023-11', '--drug', 'fentanyl,cocaine']);
    const [header, total] = tsv.stdout.trim().split('\n');
    expect(header!.split('\t')).toEqual(['drug', 'label', 'pounds', 'events', 'share', 'rank']);
    expect(total!.split('\t').slice(0, 2)).toEqual(['', 'all selected drugs']);
    const csv = runCli(['seizures', '--month', '2023-11', '--drug', 'fentanyl', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[1]).toMatch(/^fentanyl,fentanyl,2205\.0032823306738,62,100,1$/);
    const ndjson = runCli(['seizures', '--month', '2023-11', '--by', 'component', '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(ndjson.map((r) => r.component)).toEqual([null, 'ofo', 'usbp']);
  });

  it('draws bars with --chart', () => {
    const run = runCli(['seizures', '--fy', '2019-2025', '--by', 'fy', '--drug', 'fentanyl', '--chart', '--format', 'table']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/FY2023 .*█{24}/);
  });

  it('leads its help with real examples', () => {
    const run = runCli(['seizures', '--help']);
    expect(run.status).toBe(0);
    const examples = run.stdout.indexOf('Examples:\n  # ');
    expect(examples).toBeGreaterThan(0);
    expect(run.stdout.indexOf('  border-facts seizures --month 2023-11 --compare previous-month\n')).toBeGreaterThan(examples);
    expect(run.stdout.indexOf('Options:')).toBeGreaterThan(examples);
    expect(run.stdout).toContain('--component <component>');
  });

  it('suggests a drug for a typo (exit 2)', () => {
    const run = runCli(['seizures', '--drug', 'fentanil']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'fentanil' is not a drug in CBP's seizure data; did you mean 'fentanyl'?");
    expect(run.stderr).not.toMatch(/at .*\.js/);
  });

  it('lists the choices for an unknown component or region (exit 2)', () => {
    const component = runCli(['seizures', '--component', 'navy']);
    expect(component.status).toBe(2);
    expect(component.stderr).toContain("--component: 'navy' is not one of ofo, usbp, amo, all");
    const region = runCli(['seizures', '--region', 'eastern']);
    expect(region.status).toBe(2);
    expect(region.stderr).toContain("--region: 'eastern' is not one of southwest, northern, coastal-interior, nationwide");
  });

  it('states the coverage for a period outside it (exit 2)', () => {
    const run = runCli(['seizures', '--fy', '2031']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the data covers Oct 2018 to Apr 2026');
    const withAmo = runCli(['seizures', '--month', '2026-03', '--component', 'all']);
    expect(withAmo.status).toBe(2);
    expect(withAmo.stderr).toContain('the data covers Oct 2018 to Dec 2025');
  });

  it('refuses a comparison that would overlap the period (exit 2)', () => {
    const run = runCli(['seizures', '--fy', '2024', '--compare', 'previous-month']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--compare previous-month: FY2024 is longer than one month');
    expect(run.stderr).toContain('hint: use --by month');
  });

  it('rejects a bad unit, grouping or format (exit 2)', () => {
    expect(runCli(['seizures', '--unit', 'oz']).status).toBe(2);
    expect(runCli(['seizures', '--by', 'sector']).stderr).toContain('is not one of drug, month, fy, region, component');
    expect(runCli(['seizures', '--format', 'junit']).status).toBe(2);
  });
});
