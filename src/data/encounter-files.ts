// Names of the encounters family's data files, shared by the builder and the loader.
export const ENCOUNTER_FILES = {
  monthly: 'encounters-monthly.json',
  state: 'encounters-by-state.json',
  citizenship: 'encounters-by-citizenship.json',
  component: 'encounters-southwest-by-component.json',
  usbpHistory: 'encounters-usbp-history.json',
} as const;
