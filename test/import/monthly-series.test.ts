import { describe, expect, it } from 'vitest';
import { deriveMonthlySeries } from '../../src/import/monthly-series.js';
import type { EncounterComponentRow, EncounterStateRow, UsbpHistoryRow } from '../../src/data/schemas.js';

const state = (month: string, region: EncounterStateRow['region'], count: number): EncounterStateRow =>
  ({ month, region, state: 'TX', demographic: 'Single Adults', citizenship: 'MEXICO', title: 'Title 8', count });
const component = (month: string, which: 'usbp' | 'ofo', count: number): EncounterComponentRow =>
  ({ month, component: which, demographic: 'Single Adults', citizenshipGroup: 'Mexico', title: 'Title 8', encounterType: which === 'usbp' ? 'Apprehensions' : 'Inadmissibles', count });
const usbp = (month: string, region: UsbpHistoryRow['region'], count: number, precision: UsbpHistoryRow['precision']): UsbpHistoryRow =>
  ({ month, region, sector: 'all', count, precision });

describe('deriveMonthlySeries', () => {
  const rows = deriveMonthlySeries(
    [state('2019-10', 'southwest', 100), state('2020-10', 'southwest', 200), state('2021-10', 'southwest', 300), state('2025-09', 'southwest', 50)],
    [component('2021-10', 'usbp', 250), component('2021-10', 'ofo', 50)],
    [usbp('2019-09', 'southwest', 80, 'exact'), usbp('2019-10', 'southwest', 90, 'exact'), usbp('2020-10', 'southwest', 190, 'rounded')],
  );
  const southwest = (month: string) => rows.find((r) => r.month === month && r.region === 'southwest')!;

  it('shows Border Patrol alone where no total exists', () => {
    expect(southwest('2019-09')).toMatchObject({ usbp: 80, ofo: null, total: null, ofoCoverage: 'unavailable', totalCoverage: 'unavailable' });
  });

  it('derives OFO as total minus an exact Border Patrol count', () => {
    expect(southwest('2019-10')).toMatchObject({ usbp: 90, ofo: 10, total: 100, ofoCoverage: 'derived' });
  });

  it('marks OFO derived from a rounded Border Patrol figure as approximate', () => {
    expect(southwest('2020-10')).toMatchObject({ usbp: 190, ofo: 10, usbpCoverage: 'rounded', ofoCoverage: 'derived-approx' });
  });

  it('uses the by-component release where it exists', () => {
    expect(southwest('2021-10')).toMatchObject({ usbp: 250, ofo: 50, total: 300, usbpCoverage: 'exact', ofoCoverage: 'exact' });
  });

  it('leaves the split unknown where no component figure exists', () => {
    expect(southwest('2025-09')).toMatchObject({ usbp: null, ofo: null, total: 50 });
  });

  it('sums regions into nationwide only where every region is known', () => {
    const nationwide = rows.find((r) => r.month === '2019-10' && r.region === 'nationwide')!;
    expect(nationwide.total).toBeNull();
  });
});
