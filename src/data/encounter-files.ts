// Names of the encounters family's data files, shared by the builder and the loader.
export const ENCOUNTER_FILES = {
  monthly: 'encounters-monthly.json',
  state: 'encounters-by-state.json',
  citizenship: 'encounters-by-citizenship.json',
  component: 'encounters-southwest-by-component.json',
  usbpHistory: 'encounters-usbp-history.json',
  /** OHSS's rounded monthly sector sheet, as stored (FY2000 on). */
  sectorsRounded: 'encounters-usbp-sectors-ohss.json',
  /** Border Patrol by sector and month: CBP's exact table where it exists, OHSS's rounded one after. */
  bySector: 'encounters-by-sector.json',
  /** USBP's annual tables, before the monthly ones begin. */
  annualSouthwest: 'encounters-annual-southwest.json',
  annualNationwide: 'encounters-annual-nationwide.json',
  /** Each month's Southwest and nationwide totals in every release that holds it. */
  byRelease: 'encounters-by-release.json',
} as const;
