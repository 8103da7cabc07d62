// Builds the border-facts program and is the one place where errors become messages and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { configureCheckCommand } from './commands/check.js';
import { configureCompletionCommand } from './commands/completion.js';
import { configureDataCommand } from './commands/data.js';
import { configureEncountersCommand } from './commands/encounters.js';
import { configureScanCommand } from './commands/scan.js';
import { configureSeizuresCommand } from './commands/seizures.js';
import { configureMeetingCommand } from './commands/meeting.js';
import { checkHelpTopic, commandOnLine, commandPath } from './commands/command-line.js';
import { addExamples, HELP_LAYOUT } from './commands/help.js';
import { offerValues } from './commands/offered-values.js';
import { configureSourcesCommand } from './commands/sources.js';
import { configureTraceCommand } from './commands/trace.js';
import { isKnownError } from './errors.js';
import { escapeControl } from './render/escape.js';
import { FORMATS } from './render/output.js';
import { VERSION } from './version.js';

/** The documented exit codes (docs/unix.md); `check` sets claimFailed itself, as process.exitCode. */
export const EXIT = { ok: 0, claimFailed: 1, usage: 2, data: 3, internal: 70 } as const;

export function buildProgram(): Command {
  const program = new Command('border-facts')
    .description('Look up U.S.–Mexico border statistics in official CBP data and recompute news claims from it.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--json', 'print JSON (same as --format json)'))
    .addOption(new Option('--format <format>', 'table, tsv, csv, json or ndjson; svg or vega-lite for a chart (encounters, seizures, trace); check adds claimreview, junit, markdown, html; default table on a terminal, tsv in a pipe'))
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--data-dir <dir>', 'read the dataset in <dir> (also BORDER_FACTS_DATA)')
    .showSuggestionAfterError(true)
    .exitOverride()
    // Set before any command is added: commander copies both to every subcommand.
    .configureHelp(HELP_LAYOUT)
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      // Help is never styled; strip whatever a description might carry.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      // reportFailure prints commander's errors, in the same shape as ours.
      outputError: () => {},
    })
    .addHelpText('after', "\nRun 'border-facts <command> --help' for a command's examples and options.");
  addExamples(program, [
    ['border-facts encounters --month nov', 'every November on the Southwest border, the record named'],
    ['border-facts encounters --fy 2020-2024 --by fy --json', 'fiscal-year totals as JSON, for jq or a script'],
    ['border-facts sources', 'where every number comes from'],
  ]);
  offerValues(program, { '--format': FORMATS });
  configureEncountersCommand(program);
  configureSeizuresCommand(program);
  configureMeetingCommand(program);
  configureCheckCommand(program);
  configureSourcesCommand(program);
  configureTraceCommand(program);
  configureScanCommand(program);
  configureDataCommand(program);
  configureCompletionCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (error) => reportFailure(error));
  // Nowhere left to report a failure of stderr itself.
  process.stderr.on('error', () => {});
  // Whatever escapes the command's promise still becomes one line and a documented code.
  process.on('uncaughtException', (error) => reportFailure(error));
  process.on('unhandledRejection', (reason) => reportFailure(reason));
  const program = buildProgram();
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return;
    }
    checkHelpTopic(program, argv);
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    reportFailure(error, program, argv);
  }
}

// Commander ends these by throwing; they are answers, not failures.
const COMMANDER_ANSWERS = ['commander.helpDisplayed', 'commander.version'];

function reportFailure(error: unknown, program?: Command, argv: readonly string[] = []): void {
  const systemError = error as NodeJS.ErrnoException | null;
  // A reader that stops early (| head) closes the pipe: end quietly, as a Unix tool does.
  if (systemError?.code === 'EPIPE') {
    process.exitCode ??= EXIT.ok;
    return;
  }
  if (error instanceof CommanderError) {
    if (COMMANDER_ANSWERS.includes(error.code) || (error.code === 'commander.help' && error.exitCode === 0)) {
      process.exitCode = EXIT.ok;
      return;
    }
    // A command group run without its subcommand: commander printed its help on stderr.
    if (error.code === 'commander.help') {
      process.exitCode = EXIT.usage;
      return;
    }
    writeFailure(commanderMessage(error.message), program ? commanderHint(error, program, argv) : undefined);
    process.exitCode = EXIT.usage;
    return;
  }
  if (isKnownError(error)) {
    writeFailure(error.message, error.hint);
    process.exitCode = error.exitCode;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = debugging() && error instanceof Error ? error.stack : undefined;
  // Output that cannot be written (a full disk) is the system's failure, not a bug to report.
  const outputFailed = systemError?.syscall === 'write';
  const hint = stack || outputFailed ? undefined : 'run with DEBUG=border-facts for the stack trace, and please report it';
  writeFailure(outputFailed ? `cannot write the output: ${message}` : `internal error: ${message}`, hint);
  if (stack) process.stderr.write(`${stack}\n`);
  process.exitCode = EXIT.internal;
}

function writeFailure(message: string, hint: string | undefined): void {
  const lines = [`border-facts: ${escapeControl(message)}`];
  if (hint) lines.push(`hint: ${escapeControl(hint)}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

/** DEBUG=border-facts (or a list naming it, or *), as the debug package reads it. */
function debugging(): boolean {
  return (process.env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === '*' || name.startsWith('border-facts'));
}

/** "error: unknown command 'x'\n(Did you mean y?)" → "unknown command 'x'; did you mean 'y'?" */
function commanderMessage(text: string): string {
  const [first = '', ...rest] = text.trim().replace(/^error: /, '').split('\n');
  const guess = /\(Did you mean (one of )?(.+?)\?\)/.exec(rest.join(' '));
  if (!guess) return first;
  const names = guess[2]!.split(', ').map((name) => `'${name}'`).join(', ');
  return `${first}; did you mean ${guess[1] ?? ''}${names}?`;
}

function commanderHint(error: CommanderError, program: Command, argv: readonly string[]): string | undefined {
  if (/Did you mean/.test(error.message)) return undefined;
  const { command } = commandOnLine(program, argv);
  const path = commandPath(command);
  if (error.code === 'commander.unknownCommand') {
    const names = command.commands.map((sub) => sub.name());
    return `commands: ${names.join(', ')} (see '${path} --help')`;
  }
  return `see '${path} --help' for its options and examples`;
}
