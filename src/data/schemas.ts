// The single source of row types. Rows are validated with these schemas at build and import
// time; run-time loading checks each file's sha256 and identity against the manifest instead of
// re-validating rows (speed).
import { z } from 'zod';
import {
  COMPONENTS, COVERAGES, DEMOGRAPHICS, DRUGS, ENCOUNTER_TYPES, LAND_FILTERS, PRECISIONS, REGIONS, SEIZURE_COMPONENTS, SEIZURE_REGIONS, SERIES_REGIONS, TITLES,
} from './vocabulary.js';
import { MANIFEST_SCHEMA_VERSION } from './manifest.js';
import { SECTOR_IDS, WHOLE_REGION } from './sectors.js';

export type { Coverage } from './vocabulary.js';

export const monthKeySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a YYYY-MM month');
export const countSchema = z.number().int().nonnegative();

export const regionSchema = z.enum(REGIONS);
export const componentSchema = z.enum(COMPONENTS);
export const demographicSchema = z.enum(DEMOGRAPHICS);

/** CBP "Nationwide Encounters" by state: every region, no component split (FY2020 onward). */
export const encounterStateRowSchema = z.strictObject({
  month: monthKeySchema,
  region: regionSchema,
  state: z.string().min(1),
  demographic: demographicSchema,
  citizenship: z.string().min(1),
  title: z.enum(TITLES),
  count: countSchema,
});
export type EncounterStateRow = z.infer<typeof encounterStateRowSchema>;

/** The by-state table summed over states, demographics and titles: a small table for citizenship queries. */
export const encounterCitizenshipRowSchema = encounterStateRowSchema.pick({ month: true, region: true, citizenship: true, count: true });
export type EncounterCitizenshipRow = z.infer<typeof encounterCitizenshipRowSchema>;

/** CBP "Southwest Land Border Encounters" by component (Oct 2021 onward). */
export const encounterComponentRowSchema = z.strictObject({
  month: monthKeySchema,
  component: componentSchema,
  demographic: demographicSchema,
  citizenshipGroup: z.string().min(1),
  title: z.enum(TITLES),
  encounterType: z.enum(ENCOUNTER_TYPES),
  count: countSchema,
});
export type EncounterComponentRow = z.infer<typeof encounterComponentRowSchema>;

/**
 * Border Patrol monthly counts by region and sector: CBP's FY2000–FY2020 table (exact), OHSS after
 * (rounded to 10). `sector` is a sector id, or "all" for the region's own total.
 */
export const usbpHistoryRowSchema = z.strictObject({
  month: monthKeySchema,
  region: regionSchema,
  sector: z.enum([WHOLE_REGION, ...SECTOR_IDS] as [string, ...string[]]),
  count: countSchema,
  precision: z.enum(PRECISIONS),
});
export type UsbpHistoryRow = z.infer<typeof usbpHistoryRowSchema>;

/** USBP's annual apprehension tables (FY1925–FY2019 nationwide; FY1960–FY2019 Southwest by sector). */
export const annualApprehensionRowSchema = z.strictObject({
  fiscalYear: z.number().int().min(1900).max(2100),
  region: z.enum(['southwest', 'nationwide']),
  sector: z.enum([WHOLE_REGION, ...SECTOR_IDS] as [string, ...string[]]),
  count: countSchema,
});
export type AnnualApprehensionRow = z.infer<typeof annualApprehensionRowSchema>;

/** One month's total (Border Patrol + OFO) in one release: how CBP's figure moved from release to release. */
export const releaseFigureRowSchema = z.strictObject({
  month: monthKeySchema,
  region: z.enum(['southwest', 'nationwide']),
  release: z.string().min(1),
  total: countSchema,
});
export type ReleaseFigureRow = z.infer<typeof releaseFigureRowSchema>;

export const coverageSchema = z.enum(COVERAGES);

export const seriesRegionSchema = z.enum(SERIES_REGIONS);
export type SeriesRegion = z.infer<typeof seriesRegionSchema>;

/** One month of one region: Border Patrol, OFO and total, each with how it was obtained. */
export const monthlySeriesRowSchema = z.strictObject({
  month: monthKeySchema,
  region: seriesRegionSchema,
  usbp: countSchema.nullable(),
  ofo: countSchema.nullable(),
  total: countSchema.nullable(),
  usbpCoverage: coverageSchema,
  ofoCoverage: coverageSchema,
  totalCoverage: coverageSchema,
});
export type MonthlySeriesRow = z.infer<typeof monthlySeriesRowSchema>;

/**
 * One line of a CBP drug-seizure file (nationwide OFO + Border Patrol, or Air and Marine Operations):
 * a month, component, region, area of responsibility (AMO: branch) and drug, with CBP's event count
 * and pounds exactly as published (full precision, never rounded).
 */
export const seizureRowSchema = z.strictObject({
  month: monthKeySchema,
  component: z.enum(SEIZURE_COMPONENTS),
  region: z.enum(SEIZURE_REGIONS),
  landFilter: z.enum(LAND_FILTERS),
  area: z.string().min(1),
  drug: z.enum(DRUGS),
  events: countSchema,
  pounds: z.number().nonnegative().finite(),
});
export type SeizureRow = z.infer<typeof seizureRowSchema>;

/** Seizure rows summed over area and land filter (every component): what claims about drugs need. */
export const seizureMonthlyRowSchema = seizureRowSchema.pick({ month: true, component: true, region: true, drug: true, events: true, pounds: true });
export type SeizureMonthlyRow = z.infer<typeof seizureMonthlyRowSchema>;

export const coverageRangeSchema = z.strictObject({ first: monthKeySchema, last: monthKeySchema });
export type CoverageRange = z.infer<typeof coverageRangeSchema>;

export const manifestFileSchema = z.strictObject({
  path: z.string(),
  family: z.string(),
  description: z.string(),
  /** Checked at every load, with the size (see src/data/dataset.ts). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  coverage: coverageRangeSchema.nullable(),
  /** Which release each fiscal year was taken from (one release per fiscal year). */
  fiscalYearReleases: z.record(z.string(), z.string()).optional(),
  /** Months a newer release lacked, kept from the older release named (exceptions to fiscalYearReleases). */
  monthReleases: z.record(z.string(), z.string()).optional(),
  /** For a derived file, the data files it was computed from. */
  derivedFrom: z.array(z.string()).optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** What `data update` downloaded: the file's address, the page that linked it, its size and the day. */
export const fetchRecordSchema = z.strictObject({
  url: z.string(),
  page: z.string(),
  bytes: z.number().int().nonnegative(),
  /** YYYY-MM-DD (UTC). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type FetchRecord = z.infer<typeof fetchRecordSchema>;

export const manifestSourceSchema = z.strictObject({
  id: z.string(),
  file: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string(),
  release: z.string(),
  retrievedFrom: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().nonnegative(),
  coverage: coverageRangeSchema.nullable(),
  caveats: z.array(z.string()),
  /** Present when `data update` fetched the file (the sha256 above is of the bytes fetched). */
  fetched: fetchRecordSchema.optional(),
});
export type ManifestSource = z.infer<typeof manifestSourceSchema>;

export const manifestSchema = z.strictObject({
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  dataset: z.string(),
  /** sha256 of the manifest without this field (src/data/manifest.ts): a hand-edited manifest is a data error. */
  integrity: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  files: z.array(manifestFileSchema),
  sources: z.array(manifestSourceSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;
