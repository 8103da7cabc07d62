// The typed encounters query a command builds from its options.
import type { AnnualApprehensionRow, Coverage, EncounterCitizenshipRow, EncounterComponentRow, EncounterStateRow, MonthlySeriesRow, SeriesRegion, UsbpHistoryRow } from '../../data/schemas.js';
import type { MonthKey, PeriodFilter } from '../periods.js';

export const GROUPINGS = ['month', 'fy', 'year', 'component', 'region', 'citizenship', 'demographic', 'state', 'authority', 'encounter-type'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const PERIOD_GROUPINGS: readonly Grouping[] = ['month', 'fy', 'year'];

export const COMPONENT_CHOICES = ['all', 'usbp', 'ofo'] as const;
export type ComponentChoice = (typeof COMPONENT_CHOICES)[number];

export interface EncounterQuery {
  period: PeriodFilter;
  region: SeriesRegion;
  component: ComponentChoice;
  citizenship?: string[];
  demographic?: string[];
  state?: string[];
  by: Grouping;
  sort: 'period' | 'count';
  top?: number;
}

/** The stored tables, loaded only when a query needs them (dictionaries are sorted). */
export interface EncounterData {
  monthly(): MonthlySeriesRow[];
  /** The monthly series of one region, in month order (decodes only that region's rows). */
  monthlyIn(region: SeriesRegion): MonthlySeriesRow[];
  /** The months the by-state detail covers. */
  stateMonths(): MonthKey[];
  byState(months: ReadonlySet<MonthKey>): EncounterStateRow[];
  stateValues(column: 'citizenship' | 'state'): string[];
  /** The months of the by-citizenship table (the by-state table summed over states, demographics, titles). */
  citizenshipMonths(): MonthKey[];
  byCitizenship(months: ReadonlySet<MonthKey>): EncounterCitizenshipRow[];
  citizenshipValues(): string[];
  /** The months the Southwest by-component release covers. */
  componentMonths(): MonthKey[];
  byComponent(months: ReadonlySet<MonthKey>): EncounterComponentRow[];
  componentValues(column: 'citizenshipGroup'): string[];
  /** Border Patrol by sector and month (CBP exact to FY2020, OHSS rounded after); empty without the table. */
  bySector(): UsbpHistoryRow[];
  /** USBP's annual apprehension tables: Southwest (by sector and in total) and nationwide; empty without them. */
  annual(region: 'southwest' | 'nationwide'): AnnualApprehensionRow[];
}

export interface CellCoverage {
  usbp: Coverage;
  ofo: Coverage;
  total: Coverage;
}

/** One output row. Period rows fill period/fiscalYear; dimension rows fill key. */
export interface EncounterRow {
  period?: string;
  fiscalYear?: number;
  months?: number;
  complete?: boolean;
  key?: string;
  usbp?: number | null;
  ofo?: number | null;
  total?: number | null;
  /** The figure ranked and compared: the total, else Border Patrol where only it exists. */
  count: number | null;
  countBasis: 'total' | 'usbp' | 'ofo';
  share?: number | null;
  changeOnYearBefore?: number | null;
  rank: number | null;
  coverage?: CellCoverage;
  firstMonth: MonthKey;
}
