// The seizures family: each table is read (and verified against the manifest) only when a query
// needs it, so the default query (OFO + Border Patrol) never reads the Air and Marine table.
// Rows are decoded only for the months a query asks for: building 18,000 row objects would cost
// more than the rest of the command.
import { join } from 'node:path';
import type { SeizureData } from '../domain/seizures/query.js';
import { DataError } from '../errors.js';
import type { ColumnarTable } from './compact-table.js';
import type { Dataset } from './dataset.js';
import type { SeizureMonthlyRow, SeizureRow } from './schemas.js';
import type { SeizureSummary } from '../domain/claims/seizure-counts.js';
import { SEIZURE_COLUMNS, SEIZURE_FILES } from './seizure-files.js';
import type { SeizureComponent } from './vocabulary.js';
import type { MonthKey } from '../domain/periods.js';

export interface SeizureTables extends SeizureData {
  /** Every stored row, all components (loads both tables). */
  rows(): SeizureRow[];
  /** The data files a set of components is read from (for the result's sources). */
  tablesOf(components: readonly SeizureComponent[]): string[];
}

/** The table each component's rows are stored in. */
export function seizureTableOf(component: SeizureComponent): string {
  return component === 'amo' ? SEIZURE_FILES.amo : SEIZURE_FILES.nationwide;
}

export function seizureData(dataset: Dataset): SeizureTables {
  const tablesOf = (components: readonly SeizureComponent[]) => [...new Set(components.map(seizureTableOf))];
  const whole = new Map<string, SeizureRow[]>();
  const tableRows = (path: string, wanted: ReadonlySet<string> | undefined) => {
    if (wanted !== undefined) return whole.get(path)?.filter((row) => wanted.has(row.month)) ?? decodeSeizureRows(seizureTable(dataset, path), wanted);
    if (!whole.has(path)) whole.set(path, decodeSeizureRows(seizureTable(dataset, path)));
    return whole.get(path)!;
  };
  const rowsOf = (components: readonly SeizureComponent[], months?: Iterable<string>) => {
    const wanted = months === undefined ? undefined : new Set(months);
    const decoded = tablesOf(components).map((path) => tableRows(path, wanted));
    return decoded.length === 1 ? decoded[0]! : decoded.flat();
  };
  return {
    rows: () => rowsOf(['ofo', 'usbp', 'amo']),
    rowsOf,
    coverageOf: (component) => dataset.fileEntry(seizureTableOf(component)).coverage,
    tablesOf,
  };
}

function seizureTable(dataset: Dataset, path: string): ColumnarTable {
  const table = dataset.columns(path);
  const columns = SEIZURE_COLUMNS.filter((column) => !table.hasColumn(column));
  if (columns.length > 0) {
    throw new DataError(`data file ${join(dataset.dir, path)} lacks the columns ${columns.join(', ')}`, dataset.restoreHint);
  }
  return table;
}

/** Rows in stored order (only those of the wanted months, when given). */
function decodeSeizureRows(table: ColumnarTable, wanted?: ReadonlySet<string>): SeizureRow[] {
  return wanted === undefined ? table.rows<SeizureRow>() : table.rowsInMonths<SeizureRow>(wanted);
}

/** The rows summed over area and land filter, every component in one small table (for claims). */
export function seizureSummary(dataset: Dataset): SeizureSummary {
  const table = () => dataset.columns(SEIZURE_FILES.monthly);
  // Claims ask for the same months again and again (each drug, each reading): decode each month once.
  const byMonth = new Map<string, SeizureMonthlyRow[]>();
  return {
    rowsInMonths(months) {
      const missing = [...months].filter((m) => !byMonth.has(m));
      if (missing.length > 0) {
        for (const month of missing) byMonth.set(month, []);
        for (const row of table().rowsInMonths<SeizureMonthlyRow>(new Set(missing))) byMonth.get(row.month)!.push(row);
      }
      return [...months].flatMap((m) => byMonth.get(m)!);
    },
    coverageOf: (component) => dataset.fileEntry(seizureTableOf(component)).coverage,
    tableOf: seizureTableOf,
  };
}

/** Seizure rows with their area of responsibility (field office, sector or AMO branch), for office filters. */
export interface SeizureAreaRows {
  areas(components: readonly SeizureComponent[]): string[];
  rowsInMonths(months: ReadonlySet<MonthKey>, components: readonly SeizureComponent[]): SeizureRow[];
}

export function seizureAreaRows(dataset: Dataset): SeizureAreaRows {
  const data = seizureData(dataset);
  return {
    areas: (components) => [...new Set(data.tablesOf(components).flatMap((path) => seizureTable(dataset, path).dictionary('area')))].sort(),
    rowsInMonths: (months, components) => data.rowsOf(components, months),
  };
}
