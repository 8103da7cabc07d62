import { describe, expect, it } from 'vitest';
import { tableChanges } from '../../src/import/change-report.js';

const row = (month: string, region: string, state: string, count: number) => ({ month, region, state, count });

describe('tableChanges', () => {
  const before = {
    rows: [row('2025-08', 'southwest', 'TX', 100), row('2025-08', 'southwest', 'AZ', 50), row('2025-08', 'northern', 'WA', 7), row('2025-09', 'southwest', 'TX', 90)],
    fiscalYearReleases: { 2025: 'aug.csv' },
  };

  it('sums revisions per month and group, with before, after and difference', () => {
    const after = {
      rows: [row('2025-08', 'southwest', 'TX', 103), row('2025-08', 'southwest', 'AZ', 52), row('2025-08', 'northern', 'WA', 7), row('2025-09', 'southwest', 'TX', 90)],
      fiscalYearReleases: { 2025: 'nov.csv' },
    };
    const { summary, rows } = tableChanges('t.json', before, after, ['region']);
    expect(rows).toEqual([
      { table: 't.json', change: 'release', fiscalYear: 2025, month: null, group: null, measure: null, before: null, after: null, difference: null, previousRelease: 'aug.csv', release: 'nov.csv' },
      { table: 't.json', change: 'revised', fiscalYear: 2025, month: '2025-08', group: 'southwest', measure: 'count', before: 150, after: 155, difference: 5, previousRelease: 'aug.csv', release: 'nov.csv' },
    ]);
    expect(summary).toMatchObject({ monthsRevised: ['2025-08'], monthsAdded: [], rowsRevised: 2 });
  });

  it('lists months added with their values, and counts detail revisions that leave the totals unchanged', () => {
    const after = {
      rows: [row('2025-08', 'southwest', 'TX', 101), row('2025-08', 'southwest', 'AZ', 49), row('2025-08', 'northern', 'WA', 7), row('2025-09', 'southwest', 'TX', 90), row('2025-10', 'southwest', 'TX', 80)],
      fiscalYearReleases: { 2025: 'aug.csv', 2026: 'nov.csv' },
    };
    const { summary, rows } = tableChanges('t.json', before, after, ['region']);
    expect(rows.map((r) => [r.change, r.fiscalYear, r.month, r.group, r.before, r.after])).toEqual([
      ['release', 2026, null, null, null, null],
      ['added', 2026, '2025-10', 'southwest', null, 80],
    ]);
    expect(summary).toMatchObject({ monthsAdded: ['2025-10'], monthsRevised: [], rowsRevised: 2 });
  });

  it('keeps missing figures (null) apart from zero', () => {
    const series = (ofo: number | null) => ({ rows: [{ month: '2019-10', region: 'southwest', usbp: 90, ofo }] });
    const { rows } = tableChanges('m.json', series(null), series(0), ['region']);
    expect(rows).toMatchObject([{ change: 'revised', measure: 'ofo', before: null, after: 0, difference: null }]);
  });
});
