// Readers for the official encounter files (see ../shared/sources/PROVENANCE.md).
import {
  encounterComponentRowSchema, encounterStateRowSchema, usbpHistoryRowSchema,
  type EncounterComponentRow, type EncounterStateRow, type UsbpHistoryRow,
} from '../data/schemas.js';
import { monthKey, monthOfFiscal } from '../domain/periods.js';
import type { FileKind } from './file-kinds.js';
import { monthInFiscalYear, parseCount, parseFiscalYear, requireText } from './fields.js';
import { FieldError } from './row-errors.js';

const REGION_NAMES: Record<string, EncounterStateRow['region']> = {
  'southwest land border': 'southwest',
  'northern land border': 'northern',
  other: 'other',
  'coastal border': 'other',
};

function region(value: string, column: string): EncounterStateRow['region'] {
  const found = REGION_NAMES[value.trim().toLowerCase()];
  if (!found) throw new FieldError(column, value, 'is not a known region');
  return found;
}

// The Nov-2023 release says "UC / Single Minors" where 2025 releases say "UAC"; the counts are
// the same category, so both are stored as UAC (never append releases and de-duplicate).
function demographic(value: string): string {
  const text = value.trim();
  return text.toLowerCase() === 'uc / single minors' ? 'UAC' : text;
}

function component(value: string, column: string): EncounterComponentRow['component'] {
  const text = value.trim().toLowerCase();
  if (text === 'u.s. border patrol') return 'usbp';
  if (text === 'office of field operations') return 'ofo';
  throw new FieldError(column, value, 'is not a known component');
}

export const encounterStateFile: FileKind<EncounterStateRow> = {
  kind: 'encounters-by-state',
  family: 'encounters',
  description: 'CBP Nationwide Encounters by state (nationwide-encounters-*-state.csv)',
  header: ['Fiscal Year', 'Month Grouping', 'Month (abbv)', 'Land Border Region', 'State', 'Demographic', 'Citizenship', 'Title of Authority', 'Encounter Count'],
  schema: encounterStateRowSchema,
  read: (f) => [{
    month: monthInFiscalYear(parseFiscalYear(f['Fiscal Year']!, 'Fiscal Year'), f['Month (abbv)']!, 'Month (abbv)'),
    region: region(f['Land Border Region']!, 'Land Border Region'),
    state: requireText(f['State']!, 'State'),
    demographic: demographic(f['Demographic']!),
    citizenship: requireText(f['Citizenship']!, 'Citizenship'),
    title: f['Title of Authority']!.trim(),
    count: parseCount(f['Encounter Count']!, 'Encounter Count'),
  }],
  monthOf: (row) => row.month,
  rowKey: (row) => [row.month, row.region, row.state, row.demographic, row.citizenship, row.title].join('|'),
  page: 'https://www.cbp.gov/newsroom/stats/nationwide-encounters',
};

export const encounterComponentFile: FileKind<EncounterComponentRow> = {
  kind: 'southwest-encounters-by-component',
  family: 'encounters',
  description: 'CBP Southwest Land Border Encounters by component (sbo-encounters-*.csv)',
  header: ['Fiscal Year', 'Month Grouping', 'Month (abbv)', 'Component', 'Demographic', 'Citizenship Grouping', 'Title of Authority', 'Encounter Type', 'Encounter Count'],
  schema: encounterComponentRowSchema,
  read: (f) => [{
    month: monthInFiscalYear(parseFiscalYear(f['Fiscal Year']!, 'Fiscal Year'), f['Month (abbv)']!, 'Month (abbv)'),
    component: component(f['Component']!, 'Component'),
    demographic: demographic(f['Demographic']!),
    citizenshipGroup: requireText(f['Citizenship Grouping']!, 'Citizenship Grouping'),
    title: f['Title of Authority']!.trim(),
    encounterType: f['Encounter Type']!.trim(),
    count: parseCount(f['Encounter Count']!, 'Encounter Count'),
  }],
  monthOf: (row) => row.month,
  rowKey: (row) => [row.month, row.component, row.demographic, row.citizenshipGroup, row.title, row.encounterType].join('|'),
  page: 'https://www.cbp.gov/document/stats/southwest-land-border-encounters',
};

const SECTOR_HEADER = [
  'month', 'livermore', 'miami', 'new_orleans', 'ramey', 'blaine', 'buffalo', 'detroit', 'grand_forks', 'havre', 'houlton',
  'spokane', 'swanton', 'big_bend', 'del_rio', 'el_centro', 'el_paso', 'laredo', 'rio_grande_valley', 'san_diego', 'tucson',
  'yuma', 'coastal_border', 'northern_border', 'southwest_border', 'monthly_total', 'fy', 'cy',
] as const;

/** CBP's FY2000–FY2020 Border Patrol table: exact counts; its coastal border is our "other" region. */
export const usbpSectorHistoryFile: FileKind<UsbpHistoryRow> = {
  kind: 'usbp-monthly-by-sector',
  family: 'encounters',
  description: 'CBP U.S. Border Patrol Monthly Encounters FY2000–FY2020 by sector (usbp-monthly-encounters-by-sector-*.csv)',
  header: SECTOR_HEADER,
  schema: usbpHistoryRowSchema,
  read: (f) => {
    const month = monthKey(parseCount(f['cy']!, 'cy'), parseCount(f['month']!, 'month'));
    return [
      { month, region: 'southwest', count: parseCount(f['southwest_border']!, 'southwest_border'), precision: 'exact' },
      { month, region: 'northern', count: parseCount(f['northern_border']!, 'northern_border'), precision: 'exact' },
      { month, region: 'other', count: parseCount(f['coastal_border']!, 'coastal_border'), precision: 'exact' },
    ];
  },
  monthOf: (row) => row.month,
  rowKey: (row) => `${row.month}|${row.region}`,
  page: 'https://www.cbp.gov/document/stats/us-border-patrol-monthly-encounters-fy-2000-fy-2020',
};

/** OHSS KHSM "CBP Encounters – USBP", monthly by region: every quantity rounded to 10. */
export const ohssUsbpRegionFile: FileKind<UsbpHistoryRow> = {
  kind: 'ohss-usbp-monthly-by-region',
  family: 'encounters',
  description: 'DHS OHSS KHSM CBP Encounters – USBP, monthly-region sheet as CSV',
  header: ['Fiscal Year', 'Month', 'Region', 'Quantity'],
  schema: usbpHistoryRowSchema,
  read: (f) => {
    const fiscalMonth = /^\s*(\d{1,2})\s/.exec(f['Month']!);
    if (!fiscalMonth) throw new FieldError('Month', f['Month']!, "is not a fiscal month such as '01 October'");
    return [{
      month: monthOfFiscal(parseFiscalYear(f['Fiscal Year']!, 'Fiscal Year'), Number(fiscalMonth[1])),
      region: region(f['Region']!, 'Region'),
      count: parseCount(f['Quantity']!, 'Quantity'),
      precision: 'rounded',
    }];
  },
  monthOf: (row) => row.month,
  rowKey: (row) => `${row.month}|${row.region}`,
  page: 'https://ohss.dhs.gov/khsm/cbp-encounters',
};
