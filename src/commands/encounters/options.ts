// The options of `border-facts encounters`, shared by its declaration and its run code.
import type { PeriodOptions } from '../../domain/periods.js';

export const REGION_ALIASES = { sw: 'southwest', all: 'nationwide', north: 'northern' } as const;

export interface EncounterOptions extends PeriodOptions {
  region: string;
  component: string;
  citizenship?: string;
  demographic?: string;
  state?: string;
  by: string;
  top?: string;
  sort?: string;
  chart?: boolean;
  sector?: string;
  releases?: boolean;
}

/** History, sectors and releases read their own tables, answered by views.ts. */
export function asksForView(options: EncounterOptions): boolean {
  const historyYears = /^(fy|fiscal-year)$/.test(options.by) && /^(usbp|bp)$/.test(options.component) && /^(fy)?1\d{3}/i.test(options.fy ?? '');
  return options.releases === true || options.sector !== undefined || options.by === 'sector' || historyYears;
}
