// `border-facts encounters`: CBP encounters by month, year, region, component or detail.
// This file declares the command; encounters-run.ts answers it.
import type { Command } from 'commander';
import { COMPONENT_CHOICES, GROUPINGS } from '../domain/encounters/query.js';
import type { PeriodOptions } from '../domain/periods.js';
import { SERIES_REGIONS } from '../data/vocabulary.js';
import { addExamples } from './help.js';
import { offerValues } from './offered-values.js';
import { SERIES_FORMATS } from '../render/output.js';
import { addPeriodOptions } from './period-options.js';

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
}

export function configureEncountersCommand(program: Command): void {
  const command = program
    .command('encounters')
    .summary('CBP encounters by month, year, region or citizenship')
    .description('CBP encounters by month, year, region, component, citizenship and more: Border Patrol since FY2000, all of CBP since FY2020.');
  addPeriodOptions(command)
    .option('--region <region>', 'southwest (sw), northern, other or nationwide (all)', 'southwest')
    .option('--component <component>', 'all, usbp (Border Patrol, between ports) or ofo (Field Operations, at ports)', 'all')
    .option('--citizenship <list>', 'comma-separated citizenships, e.g. cuba,venezuela')
    .option('--demographic <list>', "comma-separated: 'single adults', fmua, uac, 'accompanied minors'")
    .option('--state <list>', 'comma-separated state codes, e.g. tx,az')
    .option('--by <grouping>', GROUPINGS.join(', '), 'month')
    .option('--top <n>', 'keep only the n rows with the highest counts')
    .option('--sort <order>', 'period or count (default: period for periods without --top, else count)')
    .option('--chart', 'draw bars in the table');
  addExamples(command, [
    ['border-facts encounters --month nov', 'every November since FY2000 on the Southwest border, the record named'],
    ['border-facts encounters --fy 2020-2024 --by fy --format svg', 'Southwest fiscal-year totals as an SVG chart to publish (> chart.svg)'],
    ["border-facts encounters --month 2023-10 --region all --by citizenship --top 5 --json | jq '.rows'", 'the five largest citizenships nationwide in October 2023, as JSON'],
  ]);
  offerValues(command, {
    '--format': SERIES_FORMATS,
    '--region': [...SERIES_REGIONS, ...Object.keys(REGION_ALIASES)],
    '--component': [...COMPONENT_CHOICES, 'bp'],
    '--demographic': ['fmua', 'uac'],
    '--by': GROUPINGS,
    '--sort': ['period', 'count'],
  });
  command.action(async (options: EncounterOptions, cmd: Command) => {
    // The query and presentation code loads only when encounters runs.
    const { runEncounters } = await import('./encounters-run.js');
    await runEncounters(options, cmd);
  });
}
