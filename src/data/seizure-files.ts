// Names and column order of the seizures family's data files, shared by the builder and the
// loader. OFO + Border Patrol and Air and Marine Operations are separate tables: they come from
// separate releases with different coverage, and the default query (CBP's nationwide series)
// never needs the AMO table.
export const SEIZURE_FILES = {
  nationwide: 'seizures-ofo-usbp.json',
  amo: 'seizures-amo.json',
  /** Both tables summed over area and land filter: small enough for claims to load fast. */
  monthly: 'seizures-monthly.json',
} as const;

export const SEIZURE_COLUMNS = ['month', 'component', 'region', 'landFilter', 'area', 'drug', 'events', 'pounds'] as const;
export const SEIZURE_MONTHLY_COLUMNS = ['month', 'component', 'region', 'drug', 'events', 'pounds'] as const;
