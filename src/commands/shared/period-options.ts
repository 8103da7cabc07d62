// The period options that encounters and seizures share.
import type { Command } from 'commander';
import { MONTH_ABBREVIATIONS } from '../../domain/periods.js';
import { offerValues } from './offered-values.js';

export function addPeriodOptions(command: Command): Command {
  command
    .option('--month <month>', "nov, November or 11 (that month in every year), or 2023-11 (one month)")
    .option('--fy <years>', 'fiscal year or range, e.g. 2024 or 2020-2024 (FY N runs Oct N-1 to Sep N)')
    .option('--year <years>', 'calendar year or range, e.g. 2023 or 2019-2023')
    .option('--from <YYYY-MM>', 'first month')
    .option('--to <YYYY-MM>', 'last month');
  return offerValues(command, { '--month': MONTH_ABBREVIATIONS });
}
