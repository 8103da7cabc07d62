// Readers for the official encounter files (see ../shared/sources/PROVENANCE.md).
import {
  annualApprehensionRowSchema, encounterComponentRowSchema, encounterStateRowSchema, usbpHistoryRowSchema,
  type AnnualApprehensionRow, type EncounterComponentRow, type EncounterStateRow, type UsbpHistoryRow,
} from '../data/schemas.js';
import { SECTORS, WHOLE_REGION, sectorIdOf } from '../data/sectors.js';
import { monthKey, monthOfFiscal, type MonthKey } from '../domain/periods.js';
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
    const regions = [
      { month, region: 'southwest', sector: WHOLE_REGION, count: parseCount(f['southwest_border']!, 'southwest_border'), precision: 'exact' },
      { month, region: 'northern', sector: WHOLE_REGION, count: parseCount(f['northern_border']!, 'northern_border'), precision: 'exact' },
      { month, region: 'other', sector: WHOLE_REGION, count: parseCount(f['coastal_border']!, 'coastal_border'), precision: 'exact' },
    ];
    // Livermore is 0 in FY2019–FY2020, where it is not reported: no row rather than a false zero.
    const sectors = SECTORS.filter((s) => !(s.id === 'livermore' && Number(f['fy']) >= 2019)).map((s) => {
      const column = s.id.replace(/-/g, '_');
      return { month, region: s.region, sector: s.id, count: parseCount(f[column]!, column), precision: 'exact' };
    });
    return [...regions, ...sectors];
  },
  monthOf: (row) => row.month,
  rowKey: (row) => `${row.month}|${row.region}|${row.sector}`,
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
      sector: WHOLE_REGION,
      count: parseCount(f['Quantity']!, 'Quantity'),
      precision: 'rounded',
    }];
  },
  monthOf: (row) => row.month,
  rowKey: (row) => `${row.month}|${row.region}`,
  page: 'https://ohss.dhs.gov/khsm/cbp-encounters',
};

function fiscalMonthOf(value: string, fiscalYear: number): MonthKey {
  const fiscalMonth = /^\s*(\d{1,2})\s/.exec(value);
  if (!fiscalMonth) throw new FieldError('Month', value, "is not a fiscal month such as '01 October'");
  return monthOfFiscal(fiscalYear, Number(fiscalMonth[1]));
}

function sector(value: string, column: string): string {
  const id = sectorIdOf(value);
  if (!id) throw new FieldError(column, value, 'is not a known Border Patrol sector');
  return id;
}

/** OHSS KHSM "CBP Encounters – USBP", monthly by region and sector: every quantity rounded to 10. */
export const ohssUsbpSectorFile: FileKind<UsbpHistoryRow> = {
  kind: 'ohss-usbp-monthly-by-sector',
  family: 'encounters',
  description: 'DHS OHSS KHSM CBP Encounters – USBP, monthly-rgn-and-sector sheet as CSV',
  header: ['Fiscal Year', 'Month', 'Region', 'Sector', 'Quantity'],
  schema: usbpHistoryRowSchema,
  read: (f) => [{
    month: fiscalMonthOf(f['Month']!, parseFiscalYear(f['Fiscal Year']!, 'Fiscal Year')),
    region: region(f['Region']!, 'Region'),
    sector: sector(f['Sector']!, 'Sector'),
    count: parseCount(f['Quantity']!, 'Quantity'),
    precision: 'rounded',
  }],
  monthOf: (row) => row.month,
  rowKey: (row) => `${row.month}|${row.sector}`,
  page: 'https://ohss.dhs.gov/khsm/cbp-encounters',
};

// An annual row stands for its fiscal year; its last month places it in that year for release merging.
const annualMonthOf = (row: AnnualApprehensionRow): MonthKey => monthKey(row.fiscalYear, 9);

/** USBP "Southwest Border Sector Apprehensions FY1960–FY2019": exact annual counts, by sector and in total. */
export const usbpAnnualSouthwestFile: FileKind<AnnualApprehensionRow> = {
  kind: 'usbp-annual-southwest-by-sector',
  family: 'encounters',
  description: 'USBP Southwest Border Sector Apprehensions, annual (usbp-southwest-border-sector-apprehensions-annual-*.csv)',
  header: ['sector', 'fiscal_year', 'total_apprehensions'],
  schema: annualApprehensionRowSchema,
  read: (f) => {
    const name = requireText(f['sector']!, 'sector');
    return [{
      fiscalYear: parseCount(f['fiscal_year']!, 'fiscal_year'),
      region: 'southwest',
      sector: name.toLowerCase() === 'southwest border' ? WHOLE_REGION : sector(name, 'sector'),
      count: parseCount(f['total_apprehensions']!, 'total_apprehensions'),
    }];
  },
  monthOf: annualMonthOf,
  rowKey: (row) => `${row.fiscalYear}|${row.sector}`,
  page: 'https://www.cbp.gov/newsroom/media-resources/stats',
};

/** USBP "Total Apprehensions FY1925–FY2019": exact annual nationwide counts. */
export const usbpAnnualNationwideFile: FileKind<AnnualApprehensionRow> = {
  kind: 'usbp-annual-nationwide',
  family: 'encounters',
  description: 'USBP Total Apprehensions, annual (usbp-nationwide-apprehensions-annual-*.csv)',
  header: ['fiscal_year', 'total_apprehensions'],
  schema: annualApprehensionRowSchema,
  read: (f) => [{
    fiscalYear: parseCount(f['fiscal_year']!, 'fiscal_year'),
    region: 'nationwide',
    sector: WHOLE_REGION,
    count: parseCount(f['total_apprehensions']!, 'total_apprehensions'),
  }],
  monthOf: annualMonthOf,
  rowKey: (row) => String(row.fiscalYear),
  page: 'https://www.cbp.gov/newsroom/media-resources/stats',
};
