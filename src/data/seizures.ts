// The seizures family: each table is read (and verified against the manifest) only when a query
// needs it, so the default query (OFO + Border Patrol) never reads the Air and Marine table.
// Rows are decoded only for the months a query asks for: building 18,000 row objects would cost
// more than the rest of the command.
import { join } from 'node:path';
import type { SeizureData } from '../domain/seizures/query.js';
import { DataError } from '../errors.js';
import { TABLE_FORMAT, TABLE_SCHEMA_VERSION, type CompactTable } from './compact-table.js';
import type { Dataset } from './dataset.js';
import type { SeizureRow } from './schemas.js';
import { SEIZURE_COLUMNS, SEIZURE_FILES } from './seizure-files.js';
import type { SeizureComponent } from './vocabulary.js';

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

function seizureTable(dataset: Dataset, path: string): CompactTable {
  const table = dataset.document<CompactTable>(path);
  const where = join(dataset.dir, path);
  if (table.format !== TABLE_FORMAT || table.schemaVersion !== TABLE_SCHEMA_VERSION) {
    throw new DataError(`data file ${where} has format version ${String(table.schemaVersion)}; this border-facts reads version ${TABLE_SCHEMA_VERSION}`, dataset.restoreHint);
  }
  if (table.columns.join(',') !== SEIZURE_COLUMNS.join(',')) {
    throw new DataError(`data file ${where} has columns ${table.columns.join(', ')}; expected ${SEIZURE_COLUMNS.join(', ')}`, dataset.restoreHint);
  }
  return table;
}

/** Rows in stored order (only those of the wanted months, when given). */
export function decodeSeizureRows(table: CompactTable, wanted?: ReadonlySet<string>): SeizureRow[] {
  const d = table.dictionaries;
  const months = d.month ?? [];
  const components = d.component as SeizureRow['component'][];
  const regions = d.region as SeizureRow['region'][];
  const landFilters = d.landFilter as SeizureRow['landFilter'][];
  const areas = d.area ?? [];
  const drugs = d.drug as SeizureRow['drug'][];
  const keep = wanted === undefined ? undefined : months.map((month) => wanted.has(month));
  const rows: SeizureRow[] = [];
  for (const cells of table.rows) {
    if (keep !== undefined && !keep[cells[0]!]) continue;
    rows.push({
      month: months[cells[0]!]!,
      component: components[cells[1]!]!,
      region: regions[cells[2]!]!,
      landFilter: landFilters[cells[3]!]!,
      area: areas[cells[4]!]!,
      drug: drugs[cells[5]!]!,
      events: cells[6]!,
      pounds: cells[7]!,
    });
  }
  return rows;
}
