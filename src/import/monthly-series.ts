// Derives the monthly Border Patrol / OFO / total series by region from the stored tables,
// honouring what each period allows (PROVENANCE.md, "Building one monthly Southwest series"):
//   FY2000–FY2019  Border Patrol only (CBP table, exact); no OFO, no total
//   FY2020         Border Patrol exact; OFO = total − Border Patrol (derived)
//   FY2021         Border Patrol from OHSS (rounded to 10); OFO derived and approximate
//   Oct 2021 on    Southwest: both components exact from the by-component release
// Never a Border Patrol figure presented as a total.
import type {
  Coverage, EncounterComponentRow, EncounterStateRow, MonthlySeriesRow, UsbpHistoryRow,
} from '../data/schemas.js';
import { REGIONS } from '../data/vocabulary.js';
import { monthsBetween, type MonthKey } from '../domain/periods.js';

type Region = (typeof REGIONS)[number];

interface Cell {
  value: number | null;
  coverage: Coverage;
}

const NONE: Cell = { value: null, coverage: 'unavailable' };

function sumBy<Row>(rows: readonly Row[], key: (row: Row) => string, count: (row: Row) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + count(row));
  return sums;
}

// The worst coverage of the cells summed into a nationwide figure.
const COVERAGE_ORDER: Coverage[] = ['exact', 'earlier-release', 'derived', 'rounded', 'derived-approx', 'unavailable'];
function worst(coverages: readonly Coverage[]): Coverage {
  return coverages.reduce((a, b) => (COVERAGE_ORDER.indexOf(b) > COVERAGE_ORDER.indexOf(a) ? b : a), 'exact');
}

export function deriveMonthlySeries(
  stateRows: readonly EncounterStateRow[],
  componentRows: readonly EncounterComponentRow[],
  usbpHistory: readonly UsbpHistoryRow[],
): MonthlySeriesRow[] {
  const totals = sumBy(stateRows, (r) => `${r.month}|${r.region}`, (r) => r.count);
  const components = sumBy(componentRows, (r) => `${r.month}|${r.component}`, (r) => r.count);
  const history = new Map(usbpHistory.map((r) => [`${r.month}|${r.region}`, r]));
  const allMonths = [...stateRows.map((r) => r.month), ...usbpHistory.map((r) => r.month), ...componentRows.map((r) => r.month)].sort();
  if (allMonths.length === 0) return [];
  const rows: MonthlySeriesRow[] = [];
  for (const month of monthsBetween(allMonths[0]!, allMonths[allMonths.length - 1]!)) {
    const regional = REGIONS.map((region) => regionMonth(month, region, totals, components, history));
    rows.push(...regional);
    rows.push(nationwide(month, regional));
  }
  return rows;
}

function regionMonth(
  month: MonthKey,
  region: Region,
  totals: Map<string, number>,
  components: Map<string, number>,
  history: Map<string, UsbpHistoryRow>,
): MonthlySeriesRow {
  const totalValue = totals.get(`${month}|${region}`);
  const total: Cell = totalValue === undefined ? NONE : { value: totalValue, coverage: 'exact' };
  let usbp: Cell = NONE;
  let ofo: Cell = NONE;
  const bySbo = region === 'southwest' ? [components.get(`${month}|usbp`), components.get(`${month}|ofo`)] : [];
  const recorded = history.get(`${month}|${region}`);
  if (recorded?.precision === 'exact') {
    usbp = { value: recorded.count, coverage: 'exact' };
  } else if (bySbo[0] !== undefined && bySbo[1] !== undefined) {
    // The by-component release can be older than the total's release (FY2025: Aug vs Nov 2025).
    const agrees = total.value === null || bySbo[0] + bySbo[1] === total.value;
    const coverage: Coverage = agrees ? 'exact' : 'earlier-release';
    usbp = { value: bySbo[0], coverage };
    ofo = { value: bySbo[1], coverage };
  } else if (recorded) {
    usbp = { value: recorded.count, coverage: 'rounded' };
  }
  if (ofo.value === null && usbp.value !== null && total.value !== null) {
    ofo = { value: total.value - usbp.value, coverage: usbp.coverage === 'exact' ? 'derived' : 'derived-approx' };
  }
  return toRow(month, region, usbp, ofo, total);
}

function nationwide(month: MonthKey, regional: readonly MonthlySeriesRow[]): MonthlySeriesRow {
  const combine = (value: (r: MonthlySeriesRow) => number | null, coverage: (r: MonthlySeriesRow) => Coverage): Cell => {
    if (regional.some((r) => value(r) === null)) return NONE;
    return { value: regional.reduce((sum, r) => sum + value(r)!, 0), coverage: worst(regional.map(coverage)) };
  };
  return toRow(
    month,
    'nationwide',
    combine((r) => r.usbp, (r) => r.usbpCoverage),
    combine((r) => r.ofo, (r) => r.ofoCoverage),
    combine((r) => r.total, (r) => r.totalCoverage),
  );
}

function toRow(month: MonthKey, region: MonthlySeriesRow['region'], usbp: Cell, ofo: Cell, total: Cell): MonthlySeriesRow {
  return {
    month, region,
    usbp: usbp.value, ofo: ofo.value, total: total.value,
    usbpCoverage: usbp.coverage, ofoCoverage: ofo.coverage, totalCoverage: total.coverage,
  };
}
