// `border-facts trace <number>`: every figure in the data equal to a number or within a tolerance.
// This file declares the command; run.ts answers it.
import type { Command } from 'commander';
import type { CommandIO } from '../shared/io.js';
import { commandContext } from '../shared/context.js';
import { addExamples } from '../shared/help.js';
import { offerValues } from '../shared/offered-values.js';
import { SERIES_FORMATS } from '../../render/output.js';
import { DEFAULT_TOP, type TraceOptions } from './options.js';

export function configureTraceCommand(program: Command, io: CommandIO): void {
  const command = program
    .command('trace')
    .summary('where a number comes from: every figure near it')
    .description('Find where a number comes from: every figure in the data equal to it or within a tolerance, revised or as first published, closest first.')
    .argument('<number>', 'a count (242,418, 242418, 483k, 1.2m) or a percentage (35%, -35% after --)')
    .option('--tolerance <t>', 'how close: 1% or 0.005 (relative), ±100 (absolute), 0 (exact); default 0.5% or the rounding of the number')
    .option('--top <n>', `show the n closest figures (default ${DEFAULT_TOP})`);
  addExamples(command, [
    ['border-facts trace 483404', 'the Southwest FY2024 total through November 2023, as published and as revised'],
    ['border-facts trace 35% --top 5', 'shares, and changes on the month or the year before, near 35%'],
    ['border-facts trace 1.2m --tolerance 2% --json', 'every figure within 2% of 1.2 million, as JSON'],
  ]);
  offerValues(command, { '--tolerance': ['0', '1%', '0.005', '±100'], '--format': SERIES_FORMATS });
  command.action(async (number: string, options: TraceOptions, cmd: Command) => {
    const { runTrace } = await import('./run.js');
    await runTrace(number, options, commandContext(cmd, io));
  });
}

