// The categories of the data, as plain constants: the run-time path uses these without loading zod.
export const REGIONS = ['southwest', 'northern', 'other'] as const;
export const SERIES_REGIONS = ['southwest', 'northern', 'other', 'nationwide'] as const;
export const COMPONENTS = ['usbp', 'ofo'] as const;
export const DEMOGRAPHICS = ['Accompanied Minors', 'FMUA', 'Single Adults', 'UAC'] as const;
export const TITLES = ['Title 8', 'Title 42'] as const;
export const ENCOUNTER_TYPES = ['Apprehensions', 'Inadmissibles', 'Expulsions'] as const;
export const PRECISIONS = ['exact', 'rounded'] as const;

/**
 * How a cell of the monthly series was obtained.
 * exact: counted in an official file; rounded: OHSS figure rounded to 10; derived: total − USBP;
 * derived-approx: total − a rounded USBP; earlier-release: split from an older release than the total;
 * unavailable: no official figure exists (for example OFO before FY2020).
 */
export const COVERAGES = ['exact', 'rounded', 'derived', 'derived-approx', 'earlier-release', 'unavailable'] as const;
export type Coverage = (typeof COVERAGES)[number];

// ---- drug seizures ----
/** CBP's drug types, as lowercase ids (the files say `Khat (Catha Edulis)`, `Other Drugs**`, …). */
export const DRUGS = ['cocaine', 'ecstasy', 'fentanyl', 'heroin', 'ketamine', 'khat', 'lsd', 'marijuana', 'methamphetamine', 'other-drugs'] as const;
export type Drug = (typeof DRUGS)[number];
/** Office of Field Operations (ports), U.S. Border Patrol (between ports), Air and Marine Operations. */
export const SEIZURE_COMPONENTS = ['ofo', 'usbp', 'amo'] as const;
export type SeizureComponent = (typeof SEIZURE_COMPONENTS)[number];
/** CBP's seizure regions: `Southwest Border`, `Northern Border`, `Coastal/Interior`. */
export const SEIZURE_REGIONS = ['southwest', 'northern', 'coastal-interior'] as const;
export type SeizureRegion = (typeof SEIZURE_REGIONS)[number];
/** `Land Only` (nationwide files) and `Land` (AMO files) are both stored as land. */
export const LAND_FILTERS = ['land', 'other'] as const;
