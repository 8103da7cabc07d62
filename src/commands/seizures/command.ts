// `border-facts seizures`: CBP drug seizures by drug, month, region or component.
// This file declares the command; seizures-run.ts answers it.
import type { Command } from 'commander';
import type { CommandIO } from '../shared/io.js';
import { commandContext } from '../shared/context.js';
import { SEIZURE_GROUPINGS } from '../../domain/seizures/query.js';
import type { PeriodOptions } from '../../domain/periods.js';
import { addExamples } from '../shared/help.js';
import { offerValues } from '../shared/offered-values.js';
import { addPeriodOptions } from '../shared/period-options.js';
import { SERIES_FORMATS } from '../../render/output.js';

export interface SeizureOptions extends PeriodOptions {
  drug?: string;
  region: string;
  component?: string;
  by: string;
  compare?: string;
  unit: string;
  chart?: boolean;
  office?: string;
  aor?: string;
}

export function configureSeizuresCommand(program: Command, io: CommandIO): void {
  const command = program
    .command('seizures')
    .summary('CBP drug seizures by drug, month, region or component')
    .description("CBP drug seizures in pounds and events, by drug, month, fiscal year, region or component (default: OFO + Border Patrol, nationwide: CBP's nationwide series)");
  addExamples(command, [
    ['border-facts seizures --month 2023-11 --compare previous-month', 'Nov 2023 by drug beside Oct 2023, with the change (OFO + Border Patrol, nationwide)'],
    ['border-facts seizures --fy 2019-2025 --by fy --drug fentanyl --chart', 'fentanyl seized per fiscal year, with bars'],
    ['border-facts seizures --fy 2023 --drug fentanyl --region sw --by office', 'where along the Southwest border fentanyl was seized in FY2023'],
  ]);
  addPeriodOptions(command)
    .option('--drug <list>', 'comma-separated drugs: fentanyl, methamphetamine (meth), cocaine (coke), heroin, marijuana (weed), ecstasy (mdma), ketamine, khat, lsd, other-drugs, all')
    .option('--region <region>', 'southwest (sw), northern, coastal-interior or nationwide (all)', 'nationwide')
    .option('--component <component>', 'ofo, usbp, amo or all, or a comma list (default: ofo,usbp: CBP\'s nationwide series, without Air and Marine Operations)')
    .option('--office <list>', 'comma-separated areas of responsibility: field offices and sectors, e.g. "san diego field office"')
    .option('--aor <list>', 'the same as --office')
    .option('--by <grouping>', SEIZURE_GROUPINGS.join(', '), 'drug')
    .option('--compare <period>', 'previous-month or previous-year: add the figures of the period before and the change')
    .option('--unit <unit>', 'lb or kg', 'lb')
    .option('--chart', 'draw bars in the table')
    .action(async (options: SeizureOptions, cmd: Command) => {
      // The query and presentation code loads only when seizures runs.
      const { runSeizures } = await import('./run.js');
      await runSeizures(options, commandContext(cmd, io));
    });
  offerValues(command, {
    '--format': SERIES_FORMATS,
    '--drug': ['fentanyl', 'methamphetamine', 'meth', 'cocaine', 'heroin', 'marijuana', 'ecstasy', 'ketamine', 'khat', 'lsd', 'other-drugs', 'all'],
    '--region': ['southwest', 'sw', 'northern', 'coastal-interior', 'nationwide', 'all'],
    '--component': ['ofo', 'usbp', 'amo', 'all'],
    '--by': SEIZURE_GROUPINGS,
    '--office': ['san-diego-field-office', 'tucson-field-office', 'laredo-field-office', 'el-paso-field-office', 'san-diego-sector', 'tucson-sector', 'rio-grande-valley-sector'],
    '--aor': ['san-diego-field-office', 'tucson-field-office', 'laredo-field-office', 'el-paso-field-office', 'san-diego-sector', 'tucson-sector', 'rio-grande-valley-sector'],
    '--compare': ['previous-month', 'previous-year'],
    '--unit': ['lb', 'kg'],
  });
}
