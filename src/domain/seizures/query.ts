// The typed seizures query a command builds from its options, and the data it is answered from.
import type { CoverageRange, SeizureMonthlyRow, SeizureRow } from '../../data/schemas.js';
import { SEIZURE_REGIONS, type Drug, type SeizureComponent, type SeizureRegion } from '../../data/vocabulary.js';
import type { MonthKey, PeriodFilter } from '../periods.js';
import type { Unit } from './units.js';

export const SEIZURE_GROUPINGS = ['drug', 'month', 'fy', 'region', 'component', 'office'] as const;
export type SeizureGrouping = (typeof SEIZURE_GROUPINGS)[number];
export const SEIZURE_PERIOD_GROUPINGS: readonly SeizureGrouping[] = ['month', 'fy'];

export const COMPARISONS = ['previous-month', 'previous-year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const SEIZURE_REGION_CHOICES = [...SEIZURE_REGIONS, 'nationwide'] as const;
export type SeizureRegionChoice = SeizureRegion | 'nationwide';

/** CBP's nationwide drug-seizure series: what "CBP seized" means unless a user adds AMO. */
export const DEFAULT_COMPONENTS: readonly SeizureComponent[] = ['ofo', 'usbp'];

export interface SeizureQuery {
  period: PeriodFilter;
  /** Drug ids; every drug when absent. */
  drugs?: Drug[];
  components: SeizureComponent[];
  region: SeizureRegionChoice;
  /** Areas of responsibility (field offices, sectors), as the data spells them; every area when absent. */
  offices?: string[];
  by: SeizureGrouping;
  compare?: Comparison;
  unit: Unit;
}

/** The stored tables, loaded only for the components a query needs. */
export interface SeizureData {
  /** Rows of these components summed over area and land filter (only of these months, when given), in stored order. */
  rowsOf(components: readonly SeizureComponent[], months?: Iterable<MonthKey>): SeizureMonthlyRow[];
  /** The same, one row per area of responsibility (field office, sector, AMO branch): for office filters and --by office. */
  areaRowsOf(components: readonly SeizureComponent[], months?: Iterable<MonthKey>): SeizureRow[];
  /** The months a component's table covers, from the manifest (without loading the table). */
  coverageOf(component: SeizureComponent): CoverageRange | null;
}

/** One output row: a period (month or fiscal year) or one drug, region or component, or their total. */
export interface SeizureReportRow {
  /** Month key, `FY2024`, drug id, region id or component id; null for the total row. */
  key: string | null;
  label: string;
  isTotal: boolean;
  fiscalYear?: number;
  /** Fiscal-year rows: how many months of the year the data holds. */
  months?: number;
  complete?: boolean;
  /** In the query's unit. */
  weight: number;
  events: number;
  /** Period rows with a comparison: the period compared with (`2023-10`, `FY2023`), null outside the data. */
  previousKey?: string | null;
  previousWeight?: number | null;
  previousEvents?: number | null;
  /** Percentage change in weight on the comparison period. */
  change?: number | null;
  eventsChange?: number | null;
  /** Share of the total weight (drug, region and component rows). */
  share?: number | null;
  rank: number | null;
  firstMonth: MonthKey;
}
