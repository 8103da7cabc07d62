// Border Patrol by sector: the chosen sectors month by month (or fiscal year by fiscal year), or
// every sector of a region side by side for a period. CBP's exact table to September 2020, DHS
// OHSS (rounded to 10) after; each row says which.
import type { UsbpHistoryRow } from '../../data/schemas.js';
import { UsageError } from '../../errors.js';
import { sectorName } from '../places/sectors.js';
import { fiscalYearOf, selectMonths, type MonthKey, type PeriodFilter } from '../periods.js';
import { percentChange, rankBy } from '../ranking.js';
import { formatCount } from '../words.js';

export interface SectorRow {
  period?: string;
  fiscalYear?: number;
  months?: number;
  sector?: string;
  count: number;
  countBasis: 'usbp';
  share?: number | null;
  changeOnYearBefore?: number | null;
  rank: number | null;
  coverage: { usbp: 'exact' | 'rounded' };
  firstMonth: MonthKey;
}

export interface SectorQuery {
  period: PeriodFilter;
  region: 'southwest' | 'northern' | 'other' | 'nationwide';
  /** Sector ids; every sector of the region when absent. */
  sectors?: string[];
  by: 'month' | 'fy' | 'sector';
}

export function sectorReport(query: SectorQuery, stored: readonly UsbpHistoryRow[]): { rows: SectorRow[]; notes: string[] } {
  if (stored.length === 0) throw new UsageError('this dataset has no sector table');
  const rows = stored.filter((r) => (query.sectors ? query.sectors.includes(r.sector) : query.region === 'nationwide' || r.region === query.region));
  const known = [...new Set(rows.map((r) => r.month))].sort();
  if (known.length === 0) throw new UsageError('no sector figures for these sectors');
  const months = new Set(selectMonths(query.period, { first: known[0]!, last: known[known.length - 1]! }, 'Border Patrol sector'));
  const chosen = rows.filter((r) => months.has(r.month));
  const groupOf = (r: UsbpHistoryRow) => (query.by === 'sector' ? r.sector : query.by === 'fy' ? `FY${fiscalYearOf(r.month)}` : r.month);
  const groups = new Map<string, SectorRow>();
  const monthsIn = new Map<string, Set<string>>();
  for (const r of chosen) {
    const key = groupOf(r);
    let row = groups.get(key);
    if (!row) {
      row = query.by === 'sector'
        ? { sector: sectorName(r.sector), count: 0, countBasis: 'usbp', rank: null, coverage: { usbp: 'exact' }, firstMonth: r.month }
        : { period: key, fiscalYear: fiscalYearOf(r.month), count: 0, countBasis: 'usbp', rank: null, coverage: { usbp: 'exact' }, firstMonth: r.month };
      groups.set(key, row);
      monthsIn.set(key, new Set());
    }
    row.count += r.count;
    monthsIn.get(key)!.add(r.month);
    if (r.precision === 'rounded') row.coverage.usbp = 'rounded';
    if (r.month < row.firstMonth) row.firstMonth = r.month;
  }
  const list = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
  if (query.by === 'fy') for (const [key, row] of groups) row.months = monthsIn.get(key)!.size;
  if (query.by === 'sector') {
    const total = list.reduce((sum, r) => sum + r.count, 0);
    for (const row of list) row.share = total === 0 ? null : (row.count / total) * 100;
  } else {
    const byPeriod = new Map(list.map((r) => [r.period!, r]));
    for (const row of list) {
      const before = query.by === 'fy' ? byPeriod.get(`FY${row.fiscalYear! - 1}`) : byPeriod.get(`${Number(row.period!.slice(0, 4)) - 1}${row.period!.slice(4)}`);
      row.changeOnYearBefore = before ? percentChange(before.count, row.count) : null;
    }
  }
  const ranks = rankBy(list, (r) => r.count);
  list.forEach((r, i) => (r.rank = ranks[i] ?? null));
  const names = query.sectors ? query.sectors.map(sectorName).join(', ') : `every ${query.region === 'nationwide' ? '' : `${query.region} `}sector`;
  const top = list.find((r) => r.rank === 1);
  const notes = [`Border Patrol encounters (apprehensions before March 2020) in ${names}; sectors count Border Patrol only, not OFO at ports.`];
  if (top) notes.push(`Highest: ${top.sector ?? top.period}, ${formatCount(top.count)}.`);
  if (list.some((r) => r.coverage.usbp === 'rounded')) notes.push('~ DHS OHSS figure, rounded to the nearest 10 (from FY2021; CBP\'s exact table ends in September 2020).');
  return { rows: list, notes };
}
