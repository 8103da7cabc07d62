// Builds the border-facts program and is the one place where errors become messages and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { configureEncountersCommand } from './commands/encounters.js';
import { configureScanCommand } from './commands/scan.js';
import { configureSeizuresCommand } from './commands/seizures.js';
import { configureMeetingCommand } from './commands/meeting.js';
import { configureSourcesCommand } from './commands/sources.js';
import { configureTraceCommand } from './commands/trace.js';
import { isKnownError } from './errors.js';
import { escapeControl } from './render/escape.js';
import { VERSION } from './version.js';

const EXIT_INTERNAL = 70;

export function buildProgram(): Command {
  const program = new Command('border-facts')
    .description('Look up U.S.–Mexico border statistics in official CBP data and recompute news claims from it.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--json', 'print JSON (same as --format json)'))
    .addOption(new Option('--format <format>', 'table, tsv, csv, json or ndjson (check adds claimreview, junit, markdown); default table on a terminal, tsv in a pipe'))
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--data-dir <dir>', 'read the dataset in <dir> (also BORDER_FACTS_DATA)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`border-facts: ${text.replace(/^error: /, '')}`),
    })
    .addHelpText('after', `
Examples:
  border-facts encounters --month nov            every November, Southwest border
  border-facts encounters --fy 2020-2024 --by fy
  border-facts sources                           where every number comes from`);
  configureEncountersCommand(program);
  configureSeizuresCommand(program);
  configureMeetingCommand(program);
  configureSourcesCommand(program);
  configureTraceCommand(program);
  configureScanCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (| head) closes the pipe: end quietly, as a Unix tool does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exitCode ??= 0;
    else reportFailure(error);
  });
  const program = buildProgram();
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return;
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    reportFailure(error);
  }
}

function reportFailure(error: unknown): void {
  if (error instanceof CommanderError) {
    // Commander has printed its message (with a suggestion where it has one); help and version are successes.
    process.exitCode = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? 0 : 2;
    return;
  }
  if (isKnownError(error)) {
    const lines = [`border-facts: ${escapeControl(error.message)}`];
    if (error.hint) lines.push(`hint: ${escapeControl(error.hint)}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`border-facts: internal error: ${escapeControl(message)}\n`);
  if ((process.env.DEBUG ?? '').includes('border-facts') && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  } else {
    process.stderr.write('hint: run with DEBUG=border-facts for the stack trace, and please report it\n');
  }
  process.exitCode = EXIT_INTERNAL;
}
