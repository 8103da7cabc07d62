// Readers for CBP's drug-seizure files (see ../shared/sources/PROVENANCE.md, cbp_drug_seizures/):
// the nationwide OFO + Border Patrol files and the Air and Marine Operations (AMO) files.
import { seizureRowSchema, type SeizureRow } from '../data/schemas.js';
import type { Drug, SeizureComponent, SeizureRegion } from '../data/vocabulary.js';
import type { FileKind } from './file-kinds.js';
import { monthInFiscalYear, parseCount, parseFiscalYear, parseQuantity, requireText } from './fields.js';
import { FieldError } from './row-errors.js';

// Keys are the file's `Drug Type` lowercased, without CBP's footnote asterisks.
const DRUG_TYPES: Record<string, Drug> = {
  cocaine: 'cocaine',
  ecstasy: 'ecstasy',
  fentanyl: 'fentanyl',
  heroin: 'heroin',
  ketamine: 'ketamine',
  'khat (catha edulis)': 'khat',
  khat: 'khat',
  lsd: 'lsd',
  marijuana: 'marijuana',
  methamphetamine: 'methamphetamine',
  'other drugs': 'other-drugs',
};

export function drugOfType(value: string, column: string): Drug {
  const found = DRUG_TYPES[value.replace(/\*+/g, '').trim().toLowerCase().replace(/\s+/g, ' ')];
  if (!found) throw new FieldError(column, value, 'is not a drug type border-facts knows');
  return found;
}

const REGION_NAMES: Record<string, SeizureRegion> = {
  'southwest border': 'southwest',
  'northern border': 'northern',
  'coastal/interior': 'coastal-interior',
};

export function seizureRegion(value: string, column: string): SeizureRegion {
  const found = REGION_NAMES[value.trim().toLowerCase()];
  if (!found) throw new FieldError(column, value, 'is not a seizure region (Southwest Border, Northern Border, Coastal/Interior)');
  return found;
}

// The nationwide files say `Land Only`, the AMO files `Land`: the same distinction.
function landFilter(value: string, column: string): SeizureRow['landFilter'] {
  const text = value.trim().toLowerCase();
  if (text === 'land only' || text === 'land') return 'land';
  if (text === 'other') return 'other';
  throw new FieldError(column, value, "is not a land filter ('Land Only', 'Land' or 'Other')");
}

const COMPONENT_NAMES: Record<string, SeizureComponent> = {
  'office of field operations': 'ofo',
  'u.s. border patrol': 'usbp',
  'air and marine operations': 'amo',
};

/** Each file kind holds only its own components: AMO in a nationwide file would be counted twice. */
function component(value: string, column: string, allowed: readonly SeizureComponent[]): SeizureComponent {
  const found = COMPONENT_NAMES[value.trim().toLowerCase()];
  if (!found || !allowed.includes(found)) throw new FieldError(column, value, 'is not a component this kind of file holds');
  return found;
}

const COMMON_COLUMNS = ['FY', 'Month (abbv)', 'Component', 'Region', 'Land Filter'] as const;
const MEASURE_COLUMNS = ['Drug Type', 'Count of Event', 'Sum Qty (lbs)'] as const;

function readSeizure(f: Record<string, string>, areaColumn: string, components: readonly SeizureComponent[]): Record<string, unknown>[] {
  return [{
    // `2026 (FYTD)` in the current year's rows: parseFiscalYear keeps the leading four digits.
    month: monthInFiscalYear(parseFiscalYear(f['FY']!, 'FY'), f['Month (abbv)']!, 'Month (abbv)'),
    component: component(f['Component']!, 'Component', components),
    region: seizureRegion(f['Region']!, 'Region'),
    landFilter: landFilter(f['Land Filter']!, 'Land Filter'),
    area: requireText(f[areaColumn]!, areaColumn),
    drug: drugOfType(f['Drug Type']!, 'Drug Type'),
    events: parseCount(f['Count of Event']!, 'Count of Event'),
    // Full precision as published (some values are written like 6.61386786e-05).
    pounds: parseQuantity(f['Sum Qty (lbs)']!, 'Sum Qty (lbs)'),
  }];
}

const SEIZURES_PAGE = 'https://www.cbp.gov/newsroom/stats/drug-seizure-statistics';

// For `data import`: two rows with these categories in one file would be counted twice.
const seizureKey = (row: SeizureRow) => [row.month, row.component, row.region, row.landFilter, row.area, row.drug].join('|');

/** CBP "Nationwide Drug Seizures": Office of Field Operations and Border Patrol, not AMO. */
export const nationwideDrugSeizureFile: FileKind<SeizureRow> = {
  kind: 'nationwide-drug-seizures',
  family: 'seizures',
  description: 'CBP Nationwide Drug Seizures, OFO and Border Patrol (nationwide-drugs-*.csv)',
  header: [...COMMON_COLUMNS, 'Area of Responsibility', ...MEASURE_COLUMNS],
  schema: seizureRowSchema,
  read: (f) => readSeizure(f, 'Area of Responsibility', ['ofo', 'usbp']),
  monthOf: (row) => row.month,
  rowKey: seizureKey,
  page: SEIZURES_PAGE,
};

/** CBP Air and Marine Operations drug seizures: same columns, `Branch` for the area. */
export const amoDrugSeizureFile: FileKind<SeizureRow> = {
  kind: 'amo-drug-seizures',
  family: 'seizures',
  description: 'CBP Air and Marine Operations Drug Seizures (amo-drug-seizures-*.csv)',
  header: [...COMMON_COLUMNS, 'Branch', ...MEASURE_COLUMNS],
  schema: seizureRowSchema,
  read: (f) => readSeizure(f, 'Branch', ['amo']),
  monthOf: (row) => row.month,
  rowKey: seizureKey,
  page: SEIZURES_PAGE,
};
