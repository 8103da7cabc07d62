// `border-facts encounters`: CBP encounters by month, year, region, component or detail.
// This file declares the command; run.ts answers it.
import type { Command } from 'commander';
import type { CommandIO } from '../shared/io.js';
import { commandContext } from '../shared/context.js';
import { COMPONENT_CHOICES, GROUPINGS } from '../../domain/encounters/query.js';
import { SERIES_REGIONS } from '../../data/vocabulary.js';
import { addExamples } from '../shared/help.js';
import { offerValues } from '../shared/offered-values.js';
import { addPeriodOptions } from '../shared/period-options.js';
import { SECTOR_WORDS } from '../../domain/places/sectors.js';
import { REGION_ALIASES, type EncounterOptions } from './options.js';
import { SERIES_FORMATS } from '../../render/output.js';

export function configureEncountersCommand(program: Command, io: CommandIO): void {
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
    .option('--sector <list>', 'comma-separated Border Patrol sectors, e.g. rgv,tucson (Border Patrol only)')
    .option('--releases', 'with --month YYYY-MM: the month\'s figure in every release that holds it, with publication dates')
    .option('--by <grouping>', `${GROUPINGS.join(', ')}, sector`, 'month')
    .option('--top <n>', 'keep only the n rows with the highest counts')
    .option('--sort <order>', 'period or count (default: period for periods without --top, else count)')
    .option('--chart', 'draw bars in the table');
  addExamples(command, [
    ['border-facts encounters --month nov', 'every November since FY2000 on the Southwest border, the record named'],
    ['border-facts encounters --fy 1960-2025 --by fy --component usbp', 'Border Patrol\'s whole Southwest record, annual-only years marked'],
    ['border-facts encounters --fy 2020-2024 --by fy --format svg', 'Southwest fiscal-year totals as an SVG chart to publish (> chart.svg)'],
  ]);
  offerValues(command, {
    '--format': SERIES_FORMATS,
    '--region': [...SERIES_REGIONS, ...Object.keys(REGION_ALIASES)],
    '--component': [...COMPONENT_CHOICES, 'bp'],
    '--demographic': ['fmua', 'uac'],
    '--by': [...GROUPINGS, 'sector'],
    '--sector': SECTOR_WORDS,
    '--sort': ['period', 'count'],
  });
  command.action(async (options: EncounterOptions, cmd: Command) => {
    // The query and presentation code loads only when encounters runs.
    const { runEncounters } = await import('./run.js');
    await runEncounters(options, commandContext(cmd, io));
  });
}
