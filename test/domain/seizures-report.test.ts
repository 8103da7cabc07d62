// The report logic on small hand-made tables: grouping, comparison, units, ranking, scope notes.
import { describe, expect, it } from 'vitest';
import type { SeizureRow } from '../../src/data/schemas.js';
import type { SeizureComponent } from '../../src/data/vocabulary.js';
import type { SeizureData, SeizureQuery } from '../../src/domain/seizures/query.js';
import { seizureReport } from '../../src/domain/seizures/report.js';
import { scopeNote } from '../../src/domain/seizures/scope.js';
import { KILOGRAMS_PER_POUND } from '../../src/domain/seizures/units.js';
import { UsageError } from '../../src/errors.js';

function row(month: string, component: SeizureComponent, drug: SeizureRow['drug'], pounds: number, events = 1, region: SeizureRow['region'] = 'southwest'): SeizureRow {
  return { month, component, region, landFilter: 'land', area: 'AREA', drug, events, pounds };
}

const ROWS: SeizureRow[] = [
  row('2023-10', 'ofo', 'cocaine', 100, 2),
  row('2023-10', 'usbp', 'fentanyl', 10, 1),
  row('2023-11', 'ofo', 'cocaine', 80, 3),
  row('2023-11', 'usbp', 'fentanyl', 30, 2, 'northern'),
  row('2023-11', 'ofo', 'methamphetamine', 50, 1),
  row('2022-11', 'ofo', 'cocaine', 40, 1),
  row('2023-11', 'amo', 'cocaine', 1000, 1, 'coastal-interior'),
];

const rowsOf = (components: readonly SeizureComponent[], months?: Iterable<string>) => {
  const wanted = months ? new Set(months) : undefined;
  return ROWS.filter((r) => components.includes(r.component) && (!wanted || wanted.has(r.month)));
};
const data: SeizureData = {
  rowsOf,
  areaRowsOf: rowsOf,
  coverageOf: (component) => (component === 'amo' ? { first: '2022-10', last: '2023-11' } : { first: '2022-10', last: '2024-01' }),
};

const query = (overrides: Partial<SeizureQuery> = {}): SeizureQuery => ({
  period: { month: { kind: 'month', month: '2023-11' } },
  components: ['ofo', 'usbp'],
  region: 'nationwide',
  by: 'drug',
  unit: 'lb',
  ...overrides,
});

describe('seizureReport', () => {
  it('ranks drugs by weight under a total row, with shares', () => {
    const report = seizureReport(query(), data);
    expect(report.rows.map((r) => [r.label, r.weight, r.rank])).toEqual([
      ['all drugs', 160, null], ['cocaine', 80, 1], ['methamphetamine', 50, 2], ['fentanyl', 30, 3],
    ]);
    expect(report.rows[1]!.share).toBe(50);
    expect(report.rows[0]).toMatchObject({ isTotal: true, key: null, events: 6 });
  });

  it('compares with the month before, keeping drugs seized in either month', () => {
    const report = seizureReport(query({ compare: 'previous-month' }), data);
    const cocaine = report.rows.find((r) => r.key === 'cocaine')!;
    expect(cocaine).toMatchObject({ previousWeight: 100, weight: 80, change: -20, previousEvents: 2, eventsChange: 50 });
    const meth = report.rows.find((r) => r.key === 'methamphetamine')!;
    expect(meth).toMatchObject({ previousWeight: 0, change: null });
    expect(report.rows[0]).toMatchObject({ previousWeight: 110, weight: 160 });
    expect(report.previousLabel).toBe('Oct 2023');
    expect(report.periodLabel).toBe('Nov 2023');
  });

  it('compares with the year before', () => {
    const report = seizureReport(query({ compare: 'previous-year', drugs: ['cocaine'] }), data);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ key: 'cocaine', previousWeight: 40, weight: 80, change: 100 });
  });

  it('converts to kilograms with the exact pound', () => {
    const report = seizureReport(query({ unit: 'kg', drugs: ['cocaine'] }), data);
    expect(report.rows[0]!.weight).toBe(80 * KILOGRAMS_PER_POUND);
  });

  it('adds AMO only with its component, and keeps to the months every component covers', () => {
    const all = seizureReport(query({ components: ['ofo', 'usbp', 'amo'] }), data);
    expect(all.rows[0]!.weight).toBe(1160);
    expect(all.coverage).toEqual({ first: '2022-10', last: '2023-11' });
    expect(() => seizureReport(query({ components: ['ofo', 'amo'], period: { month: { kind: 'month', month: '2024-01' } } }), data))
      .toThrow('the data covers Oct 2022 to Nov 2023');
  });

  it('groups by month with the month before, even when that month is not shown', () => {
    const report = seizureReport(query({ by: 'month', period: { from: '2023-11', to: '2023-12' }, compare: 'previous-month' }), data);
    expect(report.rows.map((r) => [r.key, r.previousKey, r.previousWeight, r.weight])).toEqual([
      ['2023-11', '2023-10', 110, 160],
      ['2023-12', '2023-11', 160, 0],
    ]);
  });

  it('groups by region and component', () => {
    const byRegion = seizureReport(query({ by: 'region' }), data);
    expect(byRegion.rows.map((r) => [r.key, r.weight])).toEqual([[null, 160], ['southwest', 130], ['northern', 30], ['coastal-interior', 0]]);
    const byComponent = seizureReport(query({ by: 'component', components: ['ofo', 'usbp', 'amo'] }), data);
    expect(byComponent.rows.map((r) => [r.key, r.weight])).toEqual([[null, 1160], ['amo', 1000], ['ofo', 130], ['usbp', 30]]);
  });

  it('filters by region', () => {
    const report = seizureReport(query({ region: 'northern' }), data);
    expect(report.rows.map((r) => [r.key, r.weight])).toEqual([['fentanyl', 30]]);
  });

  it('refuses a comparison period that would overlap the period itself', () => {
    expect(() => seizureReport(query({ period: { from: '2023-10', to: '2023-11' }, compare: 'previous-month' }), data)).toThrow(UsageError);
    expect(() => seizureReport(query({ by: 'fy', period: { fiscalYears: { first: 2024, last: 2024 } }, compare: 'previous-month' }), data)).toThrow('longer than one month');
  });

  it('leaves the change empty where the period before is outside the data, and says so', () => {
    const report = seizureReport(query({ period: { month: { kind: 'month', month: '2022-10' } }, compare: 'previous-month' }), data);
    expect(report.rows.every((r) => r.previousWeight === null && r.change === null)).toBe(true);
    expect(report.previousLabel).toBe('Sep 2022');
    expect(report.notes.join('\n')).toContain('the month before is outside the data');
  });

  it('marks partial fiscal years and notes the record', () => {
    const report = seizureReport(query({ by: 'fy', period: { fiscalYears: { first: 2023, last: 2024 } } }), data);
    expect(report.rows.map((r) => [r.key, r.months, r.complete])).toEqual([['FY2023', 12, true], ['FY2024', 4, false]]);
    expect(report.notes.join('\n')).toContain('FY2024 is partial: 4 of 12 months (Oct 2023–Jan 2024)');
    expect(report.notes.join('\n')).toContain('Highest fiscal year of the 2 shown: FY2024, 270 lb.');
  });

  it('opens its notes with the scope', () => {
    expect(seizureReport(query(), data).notes[0]).toBe(scopeNote(['ofo', 'usbp'], 'nationwide'));
  });
});

describe('scopeNote', () => {
  it('names the nationwide series and that AMO is excluded by default', () => {
    expect(scopeNote(['ofo', 'usbp'], 'nationwide')).toBe("Scope: Office of Field Operations + U.S. Border Patrol (CBP's nationwide drug-seizure series); nationwide (all regions). Air and Marine Operations seizures are excluded; --component all adds them.");
  });

  it('warns that figures with AMO are not comparable with the nationwide series', () => {
    expect(scopeNote(['ofo', 'usbp', 'amo'], 'southwest')).toContain('Southwest border region only');
    expect(scopeNote(['ofo', 'usbp', 'amo'], 'southwest')).toContain('not comparable with that series');
  });

  it('names what a single component leaves out', () => {
    expect(scopeNote(['usbp'], 'northern')).toBe('Scope: U.S. Border Patrol only; Northern border region only. Excluded: Office of Field Operations, Air and Marine Operations.');
  });
});
