// The seizures family: each table is read (and verified against the manifest) only when a query
// needs it. `seizures` and the claims both read the monthly summary (every component summed over
// area and land filter, 125 KB): it holds every figure they show, where the OFO + Border Patrol
// table is 564 KB. Rows are decoded only for the months a query asks for.
import { join } from 'node:path';
import type { SeizureData } from '../domain/seizures/query.js';
import { DataError } from '../errors.js';
import type { ColumnarTable } from './compact-table.js';
import type { Dataset } from './dataset.js';
import type { SeizureMonthlyRow, SeizureRow } from './schemas.js';
import type { SeizureSummary } from '../domain/claims/seizure-counts.js';
import { SEIZURE_COLUMNS, SEIZURE_FILES, SEIZURE_MONTHLY_COLUMNS } from './seizure-files.js';
import type { SeizureComponent } from './vocabulary.js';
import type { MonthKey } from '../domain/periods.js';

export interface SeizureTables extends SeizureData {
  /** Every stored detail row, all components (loads both detail tables: for tests and audits). */
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
  const summary = () => seizureTable(dataset, SEIZURE_FILES.monthly, SEIZURE_MONTHLY_COLUMNS);
  return {
    rows: () => tablesOf(['ofo', 'usbp', 'amo']).flatMap((path) => seizureTable(dataset, path, SEIZURE_COLUMNS).rows<SeizureRow>()),
    rowsOf: (components, months) => {
      const chosen = new Set<string>(components);
      const table = summary();
      const rows = months === undefined ? table.rows<SeizureMonthlyRow>() : table.rowsInMonths<SeizureMonthlyRow>(new Set(months));
      return rows.filter((row) => chosen.has(row.component));
    },
    areaRowsOf: (components, months) => {
      const wanted = months === undefined ? undefined : new Set(months);
      return tablesOf(components).flatMap((path) => {
        const table = seizureTable(dataset, path, SEIZURE_COLUMNS);
        return wanted === undefined ? table.rows<SeizureRow>() : table.rowsInMonths<SeizureRow>(wanted);
      });
    },
    coverageOf: (component) => dataset.fileEntry(seizureTableOf(component)).coverage,
    tablesOf,
  };
}

function seizureTable(dataset: Dataset, path: string, expected: readonly string[]): ColumnarTable {
  const table = dataset.columns(path);
  const columns = expected.filter((column) => !table.hasColumn(column));
  if (columns.length > 0) {
    throw new DataError(`data file ${join(dataset.dir, path)} lacks the columns ${columns.join(', ')}`, dataset.restoreHint);
  }
  return table;
}

/** The rows summed over area and land filter, every component in one small table (for claims). */
export function seizureSummary(dataset: Dataset): SeizureSummary {
  const table = () => seizureTable(dataset, SEIZURE_FILES.monthly, SEIZURE_MONTHLY_COLUMNS);
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
    areas: (components) => [...new Set(data.tablesOf(components).flatMap((path) => seizureTable(dataset, path, SEIZURE_COLUMNS).dictionary('area')))].sort(),
    rowsInMonths: (months, components) => data.areaRowsOf(components, months),
  };
}
