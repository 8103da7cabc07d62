// The series drawn beside each claim of the bundled article in the HTML report: the neighbouring
// periods, the claim's own period, the claimed value in the series' unit, all from the data.
import { describe, expect, it } from 'vitest';
import { measureContexts } from '../../../src/commands/check/measure-context.js';
import { openDataset } from '../../../src/data/dataset.js';
import { claimSeries, type ClaimSeries } from '../../../src/domain/claims/claim-series.js';
import type { Judgement } from '../../../src/domain/claims/report.js';
import { bundledReport } from '../../support/check-reports.js';
import { BUNDLED_DATA } from '../../support/cli.js';

const report = bundledReport('never');
const ctx = measureContexts(openDataset(BUNDLED_DATA, ''))(report.claims[0]!.article.asOf);

function judgement(path: string): Judgement {
  const [claimId, childId] = path.split('/');
  const claim = report.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`no claim ${claimId}`);
  if (childId === undefined) return claim;
  const child = [...claim.readings, ...claim.parts].find((j) => j.id === childId);
  if (!child) throw new Error(`no reading or part ${path}`);
  return child;
}

function seriesOf(path: string): ClaimSeries {
  const series = claimSeries(judgement(path), ctx);
  if (!series) throw new Error(`no series for ${path}`);
  return series;
}

const at = (series: ClaimSeries, key: string) => series.points.find((p) => p.key === key);

describe('the series around a claim', () => {
  it('a month: the 12 months before and 6 after November 2023, the claimed 242,418 as a level', () => {
    const series = seriesOf('november-southwest-total');
    expect(series.points.map((p) => p.key)).toHaveLength(19);
    expect(series.points[0]).toMatchObject({ key: '2022-11', label: 'Nov 2022', value: 235173, focus: false });
    expect(series.points.filter((p) => p.focus)).toEqual([expect.objectContaining({ key: '2023-11', value: 242399 })]);
    expect(at(series, '2023-12')?.value).toBe(301981);
    expect(series.claimed).toEqual({ value: 242418, text: '242,418' });
    expect(series.recomputed).toEqual({ value: 242399, text: '242,399', key: '2023-11' });
  });

  it('a fiscal year to date: October–November of FY2019 to FY2025, Border Patrol alone before FY2020', () => {
    const series = seriesOf('fiscal-year-to-date-total');
    expect(series.points.map((p) => p.label)).toEqual(['FY2019', 'FY2020', 'FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025']);
    expect(at(series, '2023-10')).toMatchObject({ value: 483326, focus: true, borderPatrolOnly: false });
    expect(at(series, '2018-10')?.borderPatrolOnly).toBe(true);
    expect(at(series, '2018-10')?.value).toBe(102862);
    // Totals are exact from FY2020 on, even where the Border Patrol part is rounded (FY2021).
    expect(at(series, '2020-10')).toMatchObject({ value: 144042, borderPatrolOnly: false, approximate: false });
    expect(series.claimed?.value).toBe(483404);
  });

  it('a share: Border Patrol\'s share of the Southwest total by month, 78.8% in November 2023 against the claimed 80%', () => {
    const series = seriesOf('outside-ports-share');
    expect(series.unit).toBe('percent');
    expect(at(series, '2023-11')?.value).toBeCloseTo(78.8394, 3);
    expect(series.claimed).toEqual({ value: 80, text: 'nearly 80%' });
  });

  it('a rank among Novembers: the 25 Novembers published by 2023-12-28, November 2023 the record', () => {
    const series = seriesOf('busiest-on-record/busiest-november');
    expect(series.points).toHaveLength(25);
    expect(series.recordKey).toBe('2023-11');
    expect(series.points.filter((p) => p.borderPatrolOnly)).toHaveLength(20);
    expect(series.claimed).toBeNull();
    expect(series.claimedNote).toBe('Claimed: the busiest (rank 1); the highest of the periods drawn is marked as the record.');
  });

  it('a rank among all months: 290 months, the record September 2023 (269,735)', () => {
    const series = seriesOf('busiest-on-record/busiest-month');
    expect(series.points).toHaveLength(290);
    expect(series.recordKey).toBe('2023-09');
    expect(at(series, '2023-09')?.value).toBe(269735);
  });

  it('a maximum: the Novembers of FY2000–FY2021, the highest (November 1999, 76,196) against the claimed 80,000', () => {
    const series = seriesOf('november-never-above-80000/fiscal-years');
    expect(series.points.filter((p) => p.focus)).toEqual([expect.objectContaining({ key: '1999-11', value: 76196, borderPatrolOnly: true })]);
    expect(series.claimed?.value).toBe(80000);
  });

  it('event claims have no series', () => {
    expect(claimSeries(judgement('meeting-date'), ctx)).toBeNull();
    expect(claimSeries(judgement('meeting-attendees'), ctx)).toBeNull();
  });
});

describe('a change\'s claimed level', () => {
  const partReadings = (path: string) => judgement(path).readings;

  it('+35% on October 2023\'s 37,433 lb is 50,535 lb; A and B are the two months compared', () => {
    const reading = partReadings('seizure-rises/all-drugs')[0]!;
    const series = claimSeries(reading, ctx)!;
    expect(series.points.filter((p) => p.focus).map((p) => [p.key, Math.round(p.value!)])).toEqual([['2023-10', 37433], ['2023-11', 48175]]);
    expect(Math.round(series.claimed!.value)).toBe(50535);
    expect(series.claimed!.text).toBe('50,535 lb, the level implied by the claimed change (+35%)');
    expect(series.focusLabels).toEqual({ '2023-10': 'A', '2023-11': 'B' });
  });

  it('"increased" (more than 0%) implies at least October\'s level', () => {
    const series = seriesOf('seizures-increased/cbp-series');
    expect(Math.round(series.claimed!.value)).toBe(37433);
    expect(Math.round(series.recomputed!.value)).toBe(48175);
  });
});
