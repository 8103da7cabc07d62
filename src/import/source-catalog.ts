// What we know of each official file: publisher, official page, release. Taken from
// ../shared/sources/PROVENANCE.md; the numbers themselves always come from the files.

export interface SourceDescription {
  /** The data family the file feeds. */
  family: 'encounters' | 'seizures';
  id: string;
  publisher: string;
  title: string;
  url: string;
  release: string;
  retrievedFrom: string;
  caveats: string[];
}

const CBP = 'U.S. Customs and Border Protection (CBP)';
const OHSS = 'DHS Office of Homeland Security Statistics (OHSS)';
const NATIONWIDE_ENCOUNTERS_URL = 'https://www.cbp.gov/newsroom/stats/nationwide-encounters';
const DRUG_SEIZURES_URL = 'https://www.cbp.gov/newsroom/stats/drug-seizure-statistics';
const EVENTS_NOT_UNIQUE = 'Encounters are events, not unique people.';

export const SOURCE_CATALOG: Record<string, SourceDescription> = {
  'nationwide-encounters-fy20-fy23-state.csv': {
    family: 'encounters',
    id: 'cbp-nationwide-encounters-fy20-fy23-state',
    publisher: CBP,
    title: 'Nationwide Encounters by state, FY2020–FY2023',
    url: 'https://www.cbp.gov/sites/default/files/assets/documents/2023-Nov/nationwide-encounters-fy20-fy23-state.csv',
    release: 'November 2023',
    retrievedFrom: 'UWCHR/cbp import/input/cbp-nationwide-encounters-fy20-fy23-state.csv @ cc2ed103',
    caveats: [EVENTS_NOT_UNIQUE, 'No component column: Border Patrol and OFO cannot be separated.', 'Demographic "UC / Single Minors" is the category later releases call "UAC".'],
  },
  'nationwide-encounters-fy22-fy25-state.csv': {
    family: 'encounters',
    id: 'cbp-nationwide-encounters-fy22-fy25-state',
    publisher: CBP,
    title: 'Nationwide Encounters by state, FY2022–FY2025',
    url: NATIONWIDE_ENCOUNTERS_URL,
    release: 'FY2025 year-end (after September 2025)',
    retrievedFrom: 'Spacetime99/ICEActivity assets/data/nationwide-encounters-fy22-fy25-state.csv @ b3676979',
    caveats: [EVENTS_NOT_UNIQUE, 'No component column: Border Patrol and OFO cannot be separated.'],
  },
  'nationwide-encounters-fy23-fy26-nov-state.csv': {
    family: 'encounters',
    id: 'cbp-nationwide-encounters-fy23-fy26-nov-state',
    publisher: CBP,
    title: 'Nationwide Encounters by state, FY2023–FY2026 (through November 2025)',
    url: NATIONWIDE_ENCOUNTERS_URL,
    release: 'November 2025',
    retrievedFrom: 'Spacetime99/ICEActivity assets/data/nationwide-encounters-fy23-fy26-nov-state.csv @ b3676979',
    caveats: [EVENTS_NOT_UNIQUE, 'No component column: Border Patrol and OFO cannot be separated.'],
  },
  'sbo-encounters-fy22-fy25-aug.csv': {
    family: 'encounters',
    id: 'cbp-southwest-encounters-fy22-fy25-aug',
    publisher: CBP,
    title: 'Southwest Land Border Encounters by component, FY2022–FY2025 (through August 2025)',
    url: 'https://www.cbp.gov/document/stats/southwest-land-border-encounters',
    release: 'August 2025',
    retrievedFrom: 'arilamstein/immigration_enforcement immigration_enforcement/borderpatrol/sbo-encounters-fy22-fy25-aug.csv @ d073e506',
    caveats: [EVENTS_NOT_UNIQUE, 'Citizenship is grouped: Mexico, Guatemala, Honduras, El Salvador, Other.', 'FY2025 months are 1–9 higher than in the November 2025 release.'],
  },
  'usbp-monthly-encounters-by-sector-fy2000-fy2020.csv': {
    family: 'encounters',
    id: 'cbp-usbp-monthly-encounters-fy2000-fy2020',
    publisher: CBP,
    title: 'U.S. Border Patrol Monthly Encounters (FY 2000 – FY 2020), by sector',
    url: 'https://www.cbp.gov/document/stats/us-border-patrol-monthly-encounters-fy-2000-fy-2020',
    release: 'FY2020 (PDF table extracted by UWCHR)',
    retrievedFrom: 'UWCHR/cbp import/output/usbp_monthly_encounters_fy2000-fy2020.csv.gz @ 22df22a3',
    caveats: ['Border Patrol only: apprehensions through FY2019; from March 2020 Title 8 apprehensions plus Title 42 expulsions.', 'FY2000–FY2004 legacy counts differ from the OHSS re-tabulation.'],
  },
  'khsm-encounters-usbp-fy25m11_monthly-region.csv': {
    family: 'encounters',
    id: 'ohss-khsm-usbp-encounters-fy25m11-monthly-region',
    publisher: OHSS,
    title: 'Key Homeland Security Metric "CBP Encounters – USBP", monthly by region',
    url: 'https://ohss.dhs.gov/khsm/cbp-encounters',
    release: 'fy25m11 workbook (data through November 2024)',
    retrievedFrom: 'arilamstein/immigration_enforcement immigration_enforcement/borderpatrol/KHSM Encounters (USBP) fy25m11.xlsx @ d073e506 (sheet monthly-region)',
    caveats: ['Border Patrol only.', 'Every quantity is rounded to the nearest 10.'],
  },
  'khsm-encounters-usbp-fy25m11_monthly-rgn-and-sector.csv': {
    family: 'encounters',
    id: 'ohss-khsm-usbp-encounters-fy25m11-monthly-rgn-and-sector',
    publisher: OHSS,
    title: 'Key Homeland Security Metric "CBP Encounters – USBP", monthly by region and sector',
    url: 'https://ohss.dhs.gov/khsm/cbp-encounters',
    release: 'fy25m11 workbook (data through November 2024)',
    retrievedFrom: 'arilamstein/immigration_enforcement immigration_enforcement/borderpatrol/KHSM Encounters (USBP) fy25m11.xlsx @ d073e506 (sheet monthly-rgn-and-sector)',
    caveats: ['Border Patrol only.', 'Every quantity is rounded to the nearest 10, so sectors need not add up to the region.'],
  },
  'usbp-southwest-border-sector-apprehensions-annual-fy1960-fy2019.csv': {
    family: 'encounters',
    id: 'usbp-southwest-sector-apprehensions-fy1960-fy2019',
    publisher: CBP,
    title: 'U.S. Border Patrol Southwest Border Sector Apprehensions, FY1960–FY2019',
    url: 'https://www.cbp.gov/newsroom/media-resources/stats',
    release: 'FY2019 (PDF table parsed by jacobkap/borderpatrol)',
    retrievedFrom: 'jacobkap/borderpatrol data/clean/southwest_border_apprehensions_1960_2019.csv @ 7a691df9',
    caveats: ['Border Patrol apprehensions only, by fiscal year: no OFO, no months.'],
  },
  'usbp-nationwide-apprehensions-annual-fy1925-fy2019.csv': {
    family: 'encounters',
    id: 'usbp-nationwide-apprehensions-fy1925-fy2019',
    publisher: CBP,
    title: 'U.S. Border Patrol Total Apprehensions, FY1925–FY2019',
    url: 'https://www.cbp.gov/newsroom/media-resources/stats',
    release: 'FY2019 (PDF table parsed by jacobkap/borderpatrol)',
    retrievedFrom: 'jacobkap/borderpatrol data/clean/nationwide_total_apprehensions_1925_2019.csv @ 7a691df9',
    caveats: ['Border Patrol apprehensions only, by fiscal year: no OFO, no months.'],
  },
  'nationwide-drugs-fy19-fy22.csv': {
    family: 'seizures',
    id: 'cbp-nationwide-drugs-fy19-fy22',
    publisher: CBP,
    title: 'Nationwide Drug Seizures, FY2019–FY2022',
    url: DRUG_SEIZURES_URL,
    release: 'FY2022 year-end',
    retrievedFrom: 'ntimbs/CNX_Mapping_Project Drug Border Seizures/nationwide-drugs-fy19-fy22.csv @ e5fb4d65',
    caveats: ['OFO and Border Patrol only; Air and Marine Operations are not included.'],
  },
  'nationwide-drugs-fy23-fy26-apr.csv': {
    family: 'seizures',
    id: 'cbp-nationwide-drugs-fy23-fy26-apr',
    publisher: CBP,
    title: 'Nationwide Drug Seizures, FY2023–FY2026 (through April 2026)',
    url: DRUG_SEIZURES_URL,
    release: 'April 2026',
    retrievedFrom: 'Cheeku1820/neo4j-docker-demo import/seizures_apr2026/nationwide-drugs-fy23-fy26-apr.csv @ fdd2be37',
    caveats: ['OFO and Border Patrol only; Air and Marine Operations are not included.'],
  },
  'amo-drug-seizures-fy19-fy22.csv': {
    family: 'seizures',
    id: 'cbp-amo-drug-seizures-fy19-fy22',
    publisher: CBP,
    title: 'Air and Marine Operations Drug Seizures, FY2019–FY2022',
    url: DRUG_SEIZURES_URL,
    release: 'FY2022 year-end',
    retrievedFrom: 'ntimbs/CNX_Mapping_Project Drug Border Seizures/amo-drug-seizures-fy19-fy22.csv @ e5fb4d65',
    caveats: ['Air and Marine Operations only.'],
  },
  'amo-drug-seizures-fy23-fy26-dec.csv': {
    family: 'seizures',
    id: 'cbp-amo-drug-seizures-fy23-fy26-dec',
    publisher: CBP,
    title: 'Air and Marine Operations Drug Seizures, FY2023–FY2026 (through December 2025)',
    url: DRUG_SEIZURES_URL,
    release: 'December 2025',
    retrievedFrom: 'ntimbs/CNX_Mapping_Project Drug Border Seizures/amo-drug-seizures-fy23-fy26-dec.csv @ e5fb4d65',
    caveats: ['Air and Marine Operations only.'],
  },
};

/** A file a user imports that we have no catalogue entry for still gets an honest description. */
export function describeUnknownSource(fileName: string, family: SourceDescription['family'], title: string, url: string): SourceDescription {
  return {
    family,
    id: fileName.replace(/\.csv$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    publisher: CBP,
    title,
    url,
    release: 'imported by the user',
    retrievedFrom: fileName,
    caveats: [],
  };
}
