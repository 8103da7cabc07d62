// Builds the border-facts program and is the one place where errors become messages and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { configureCheckCommand } from './commands/check/command.js';
import { configureCompletionCommand } from './commands/completion/command.js';
import { configureDataCommand } from './commands/data/command.js';
import { configureEncountersCommand } from './commands/encounters/command.js';
import { configureScanCommand } from './commands/scan/command.js';
import { configureSeizuresCommand } from './commands/seizures/command.js';
import { configureMeetingCommand } from './commands/meeting/command.js';
import { checkHelpTopic, commandOnLine, commandPath } from './commands/shared/command-line.js';
import { addExamples, HELP_LAYOUT } from './commands/shared/help.js';
import { offerValues } from './commands/shared/offered-values.js';
import { configureSourcesCommand } from './commands/sources/command.js';
import { configureTraceCommand } from './commands/trace/command.js';
import { isKnownError, QuietFailure } from './errors.js';
import { processIO, type CommandIO } from './commands/shared/io.js';
import { escapeControl } from './render/escape.js';
import { FORMATS } from './render/output.js';
import { VERSION } from './version.js';

/** The documented exit codes (docs/unix.md); `check` ends with claimFailed through a QuietFailure. */
export const EXIT = { ok: 0, claimFailed: 1, usage: 2, data: 3, internal: 70 } as const;

export function buildProgram(io: CommandIO): Command {
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
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
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
  configureEncountersCommand(program, io);
  configureSeizuresCommand(program, io);
  configureMeetingCommand(program, io);
  configureCheckCommand(program, io);
  configureSourcesCommand(program, io);
  configureTraceCommand(program, io);
  configureScanCommand(program, io);
  configureDataCommand(program, io);
  configureCompletionCommand(program, io);
  return program;
}

/**
 * Runs one command line with the given streams and returns its exit status: what the binary does
 * with the real process, and what tests do in-process with fake streams.
 */
export async function runProgram(argv: readonly string[], io: CommandIO): Promise<number> {
  const program = buildProgram(io);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    checkHelpTopic(program, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportFailure(error, io, program, argv);
  }
}

/** The binary's entry (bin/border-facts.js): the real process, its signals and its exit status. */
export async function main(argv: string[]): Promise<void> {
  const io = processIO();
  const fail = (error: unknown) => {
    process.exitCode = reportFailure(error, io);
  };
  process.stdout.on('error', fail);
  // Nowhere left to report a failure of stderr itself.
  process.stderr.on('error', () => {});
  // Whatever escapes the command's promise still becomes one line and a documented code.
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  const status = await runProgram(argv, io);
  // An EPIPE reported meanwhile (| head) has already set the status.
  process.exitCode ??= status;
}

// Commander ends these by throwing; they are answers, not failures.
const COMMANDER_ANSWERS = ['commander.helpDisplayed', 'commander.version'];

/** Says what went wrong (one line, and a hint) and returns the documented exit status. */
function reportFailure(error: unknown, io: CommandIO, program?: Command, argv: readonly string[] = []): number {
  const systemError = error as NodeJS.ErrnoException | null;
  // A reader that stops early (| head) closes the pipe: end quietly, as a Unix tool does.
  if (systemError?.code === 'EPIPE') return EXIT.ok;
  if (error instanceof QuietFailure) return error.exitCode;
  if (error instanceof CommanderError) {
    if (COMMANDER_ANSWERS.includes(error.code) || (error.code === 'commander.help' && error.exitCode === 0)) return EXIT.ok;
    // A command group run without its subcommand: commander printed its help on stderr.
    if (error.code === 'commander.help') return EXIT.usage;
    writeFailure(io, commanderMessage(error.message), program ? commanderHint(error, program, argv) : undefined);
    return EXIT.usage;
  }
  if (isKnownError(error)) {
    writeFailure(io, error.message, error.hint);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = debugging(io.env) && error instanceof Error ? error.stack : undefined;
  // Output that cannot be written (a full disk) is the system's failure, not a bug to report.
  const outputFailed = systemError?.syscall === 'write';
  const hint = stack || outputFailed ? undefined : 'run with DEBUG=border-facts for the stack trace, and please report it';
  writeFailure(io, outputFailed ? `cannot write the output: ${message}` : `internal error: ${message}`, hint);
  if (stack) io.stderr.write(`${stack}\n`);
  return EXIT.internal;
}

function writeFailure(io: CommandIO, message: string, hint: string | undefined): void {
  const lines = [`border-facts: ${escapeControl(message)}`];
  if (hint) lines.push(`hint: ${escapeControl(hint)}`);
  io.stderr.write(`${lines.join('\n')}\n`);
}

/** DEBUG=border-facts (or a list naming it, or *), as the debug package reads it. */
function debugging(env: CommandIO['env']): boolean {
  return (env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === '*' || name.startsWith('border-facts'));
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
