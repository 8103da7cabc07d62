// The formats `check` writes: its own (a claim block is not a row of cells, so no tsv or csv) and
// four for other tools and readers. A plain constant, read at start-up by the command's help and completion.
export const CHECK_FORMATS = ['table', 'json', 'claimreview', 'junit', 'markdown', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
