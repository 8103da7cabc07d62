// The CBP pages that publish each file kind border-facts imports, as named in
// ../shared/sources/PROVENANCE.md. Each page lists every release of its files as links to
// /sites/default/files/<YYYY-MM>/<name>.csv (older ones under /sites/default/files/assets/documents/
// <YYYY-Mon>/); the page names no "latest", so the newest is worked out from the names (release-links.ts).

export const CBP_BASE_URL = 'https://www.cbp.gov';

export interface DatasetPage {
  /** The file kind (src/import/file-kinds.ts) every CSV of this page must be. */
  kind: string;
  /** How the page calls itself, for messages. */
  title: string;
  /** The page's path below the base URL (a mirror keeps the same paths). */
  path: string;
  /** The names of this kind's CSV files on the page (others, e.g. -aor.csv, are other kinds). */
  fileName: RegExp;
  /** The same, as a reader would write it. */
  files: string;
}

export const DATASET_PAGES: readonly DatasetPage[] = [
  {
    kind: 'encounters-by-state',
    title: 'Nationwide Encounters',
    path: '/document/stats/nationwide-encounters',
    // The same page also lists the -aor.csv files (by area of responsibility): another kind.
    fileName: /^nationwide-encounters-.*-state(?:_\d+)?\.csv$/i,
    files: 'nationwide-encounters-*-state.csv',
  },
  {
    kind: 'southwest-encounters-by-component',
    title: 'Southwest Land Border Encounters',
    path: '/document/stats/southwest-land-border-encounters',
    fileName: /^sbo-encounters-.*\.csv$/i,
    files: 'sbo-encounters-*.csv',
  },
  {
    kind: 'nationwide-drug-seizures',
    title: 'Nationwide Drug Seizures',
    path: '/document/stats/nationwide-drug-seizures',
    fileName: /^nationwide-drugs-.*\.csv$/i,
    files: 'nationwide-drugs-*.csv',
  },
  {
    kind: 'amo-drug-seizures',
    title: 'Air and Marine Operations Drug Seizures',
    path: '/document/stats/amo-drug-seizures',
    fileName: /^amo-drug-seizures-.*\.csv$/i,
    files: 'amo-drug-seizures-*.csv',
  },
];

/** The page's address under a base URL (CBP's, or a mirror's given with --source-url). */
export function pageUrl(base: string, page: DatasetPage): string {
  return `${base.replace(/\/+$/, '')}${page.path}`;
}
