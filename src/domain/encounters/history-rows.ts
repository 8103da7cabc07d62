// Border Patrol by fiscal year over the whole record: USBP's annual tables before FY2000 (marked
// as annual-only years), the monthly series after. Southwest since FY1960, nationwide since FY1925.
import type { AnnualApprehensionRow, MonthlySeriesRow } from '../../data/schemas.js';
import { WHOLE_REGION } from '../../data/sectors.js';
import { UsageError } from '../../errors.js';
import { fiscalYearOf, type MonthKey, type YearRange } from '../periods.js';
import { percentChange, rankBy } from '../ranking.js';
import { formatCount } from '../words.js';

export interface HistoryRow {
  period: string;
  fiscalYear: number;
  months: number | null;
  count: number;
  countBasis: 'usbp';
  changeOnYearBefore: number | null;
  rank: number | null;
  coverage: { usbp: 'annual' | 'exact' | 'rounded' };
  firstMonth: MonthKey;
}

export function usbpHistoryRows(range: YearRange, region: 'southwest' | 'nationwide', annual: readonly AnnualApprehensionRow[], monthly: readonly MonthlySeriesRow[]): { rows: HistoryRow[]; notes: string[] } {
  const byYear = new Map<number, HistoryRow>();
  for (const row of annual) {
    if (row.sector !== WHOLE_REGION) continue;
    byYear.set(row.fiscalYear, { period: `FY${row.fiscalYear}`, fiscalYear: row.fiscalYear, months: null, count: row.count, countBasis: 'usbp', changeOnYearBefore: null, rank: null, coverage: { usbp: 'annual' }, firstMonth: `${row.fiscalYear - 1}-10` });
  }
  const firstMonthly = monthly.find((m) => m.region === region && m.usbp !== null)?.month;
  const sums = new Map<number, { count: number; months: number; rounded: boolean; first: MonthKey }>();
  for (const m of monthly) {
    if (m.region !== region || m.usbp === null) continue;
    const fy = fiscalYearOf(m.month);
    const sum = sums.get(fy) ?? { count: 0, months: 0, rounded: false, first: m.month };
    sum.count += m.usbp;
    sum.months += 1;
    sum.rounded ||= m.usbpCoverage !== 'exact';
    sums.set(fy, sum);
  }
  // The monthly series replaces the annual table from its first fiscal year on (they agree: FY2000 1,643,679).
  for (const [fy, sum] of sums) {
    byYear.set(fy, { period: `FY${fy}`, fiscalYear: fy, months: sum.months, count: sum.count, countBasis: 'usbp', changeOnYearBefore: null, rank: null, coverage: { usbp: sum.rounded ? 'rounded' : 'exact' }, firstMonth: sum.first });
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const rows = years.filter((fy) => fy >= range.first && fy <= range.last).map((fy) => byYear.get(fy)!);
  if (rows.length === 0) throw new UsageError(`no Border Patrol ${region} data for --fy ${range.first}-${range.last}; the record covers FY${years[0]} to FY${years[years.length - 1]}`);
  for (const row of rows) {
    const before = byYear.get(row.fiscalYear - 1);
    const whole = (r: HistoryRow) => r.months === null || r.months === 12;
    row.changeOnYearBefore = before && whole(before) && whole(row) ? percentChange(before.count, row.count) : null;
  }
  const complete = rows.filter((r) => r.months === null || r.months === 12);
  const ranks = rankBy(complete, (r) => r.count);
  complete.forEach((r, i) => (r.rank = ranks[i] ?? null));
  const record = complete.find((r) => r.rank === 1);
  const notes: string[] = [];
  if (record) notes.push(`Record: ${record.period}, ${formatCount(record.count)} Border Patrol ${region === 'southwest' ? 'Southwest ' : ''}apprehensions/encounters, the highest of the ${complete.length} complete fiscal years shown (${rows[0]!.period}–${rows[rows.length - 1]!.period}).`);
  if (rows.some((r) => r.coverage.usbp === 'annual')) {
    notes.push(`† annual-only year: USBP's annual ${region === 'southwest' ? 'Southwest Border Sector Apprehensions table (FY1960–FY2019)' : 'Total Apprehensions table (FY1925–FY2019)'}; no months, no OFO. Monthly figures begin in ${firstMonthly ?? 'October 1999'}.`);
  }
  if (rows.some((r) => r.months !== null && r.months < 12)) notes.push('Years with fewer than 12 months are not ranked.');
  return { rows, notes };
}
