// Builds the seizures data files: one release per fiscal year for each stored table, rows in a
// stable order (month, component, region, area, drug) so that rebuilds and diffs are predictable.
import { encodeTable } from '../data/compact-table.js';
import type { SeizureMonthlyRow, SeizureRow } from '../data/schemas.js';
import { SEIZURE_COLUMNS, SEIZURE_FILES, SEIZURE_MONTHLY_COLUMNS } from '../data/seizure-files.js';
import { compareText } from '../domain/ranking.js';
import { coverageOf, type DatasetFile } from './dataset-files.js';
import type { DataFamily } from './families.js';
import { mergeReleases, type Release } from './releases.js';
import { amoDrugSeizureFile, nationwideDrugSeizureFile } from './seizure-files.js';

export const seizuresFamily: DataFamily = {
  name: 'seizures',
  kinds: [
    { kind: nationwideDrugSeizureFile, table: SEIZURE_FILES.nationwide },
    { kind: amoDrugSeizureFile, table: SEIZURE_FILES.amo },
  ],
  build: (releasesByTable) => buildSeizureFiles(
    releasesByTable.get(SEIZURE_FILES.nationwide) ?? [],
    releasesByTable.get(SEIZURE_FILES.amo) ?? [],
  ),
  // `data import` reports revisions per drug: "fentanyl pounds, Mar 2026: before → after".
  revisionGroups: { [SEIZURE_FILES.nationwide]: ['drug'], [SEIZURE_FILES.amo]: ['drug'] },
};

export function buildSeizureFiles(nationwideReleases: Release<SeizureRow>[], amoReleases: Release<SeizureRow>[]): DatasetFile[] {
  const nationwide = seizureTable(SEIZURE_FILES.nationwide, nationwideReleases,
    "Drug seizures by month, component (OFO, Border Patrol), region, area of responsibility and drug: CBP's nationwide series");
  const amo = seizureTable(SEIZURE_FILES.amo, amoReleases,
    'Air and Marine Operations drug seizures by month, region, branch and drug (not part of the nationwide series)');
  const monthly = sumOverAreas([...nationwide.rows, ...amo.rows]);
  return [
    nationwide.file,
    amo.file,
    {
      path: SEIZURE_FILES.monthly,
      family: 'seizures',
      description: 'Drug seizures by month, component (OFO, Border Patrol, AMO), region and drug: both tables summed over area and land filter',
      text: encodeTable(SEIZURE_FILES.monthly.replace(/\.json$/, ''), SEIZURE_MONTHLY_COLUMNS, monthly),
      rows: monthly.length,
      coverage: coverageOf(monthly.map((row) => row.month)),
      derivedFrom: [SEIZURE_FILES.nationwide, SEIZURE_FILES.amo],
    },
  ];
}

// Claims about drugs never name an area of responsibility: summed over areas the two tables are a
// fifth of their size, so `check` reads them fast. Pounds are added in stored order.
export function sumOverAreas(rows: readonly SeizureRow[]): SeizureMonthlyRow[] {
  const sums = new Map<string, SeizureMonthlyRow>();
  for (const row of rows) {
    const key = `${row.month}|${row.component}|${row.region}|${row.drug}`;
    const sum = sums.get(key);
    if (sum) {
      sum.events += row.events;
      sum.pounds += row.pounds;
    } else {
      sums.set(key, { month: row.month, component: row.component, region: row.region, drug: row.drug, events: row.events, pounds: row.pounds });
    }
  }
  return [...sums.keys()].sort().map((key) => sums.get(key)!);
}

function seizureTable(path: string, releases: Release<SeizureRow>[], description: string): { file: DatasetFile; rows: SeizureRow[] } {
  const merged = mergeReleases(releases, (row) => row.month);
  const rows = [...merged.rows].sort(byKey);
  return { rows, file: {
    path,
    family: 'seizures',
    description,
    text: encodeTable(path.replace(/\.json$/, ''), SEIZURE_COLUMNS, rows),
    rows: rows.length,
    coverage: coverageOf(rows.map((row) => row.month)),
    fiscalYearReleases: merged.fiscalYearReleases,
    monthReleases: merged.monthReleases,
  } };
}

function byKey(a: SeizureRow, b: SeizureRow): number {
  return compareText(a.month, b.month)
    || compareText(a.component, b.component)
    || compareText(a.region, b.region)
    || compareText(a.landFilter, b.landFilter)
    || compareText(a.area, b.area)
    || compareText(a.drug, b.drug);
}
