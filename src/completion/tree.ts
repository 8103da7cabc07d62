// The command tree as shell completion sees it, read from the live commander program, so every
// command, option and offered value registered today or added later is completed.
import type { Argument, Command, Option } from 'commander';

/**
 * What to offer for an option or argument, completed on `command` (commands/offered-values.ts,
 * passed in so this chunk stays separate): a command may offer more for an option it inherits.
 */
export type OfferedValues = (target: Option | Argument, command?: Command) => readonly string[] | undefined;

/** What a value is (`name` from its placeholder, as in `--region <region>`) and what to offer for it. */
export type ValueHint =
  | { kind: 'choices'; name: string; values: readonly string[] }
  | { kind: 'file'; name: string }
  | { kind: 'directory'; name: string }
  | { kind: 'any'; name: string };

export interface OptionSpec {
  /** "-h", "--help", "--no-color" */
  flags: string[];
  description: string;
  /** Present when the option takes a value in the next word (or after '='). */
  value?: ValueHint;
}

export interface ArgumentSpec {
  name: string;
  variadic: boolean;
  value: ValueHint;
}

export interface CommandSpec {
  /** Words after the program name: [] for the program, ['data', 'import'] for a nested command. */
  path: string[];
  name: string;
  description: string;
  /** Own options, then the ancestors' (commander parses those anywhere on the line). */
  options: OptionSpec[];
  arguments: ArgumentSpec[];
  subcommands: CommandSpec[];
}

// Values a shell can offer as plain words (no spaces or quotes to survive three quoting rules).
const PLAIN_WORD = /^[\w.,:@%+/=-]+$/;

function hintFor(name: string, offered: readonly string[] | undefined): ValueHint {
  const words = offered?.filter((value) => PLAIN_WORD.test(value));
  if (words && words.length > 0) return { kind: 'choices', name, values: words };
  if (/dir/i.test(name)) return { kind: 'directory', name };
  if (/file|path/i.test(name)) return { kind: 'file', name };
  return { kind: 'any', name };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

function flagsOf(option: Option): string[] {
  return [option.short, option.long].filter((flag): flag is string => flag !== undefined);
}

/** The option as completed on `command`, which may offer its own values for an inherited option. */
function optionSpec(option: Option, offeredValues: OfferedValues, command: Command): OptionSpec {
  const spec: OptionSpec = { flags: flagsOf(option), description: firstLine(option.description) };
  if (option.required) {
    const placeholder = /<([^>]+)>/.exec(option.flags)?.[1] ?? option.attributeName();
    spec.value = hintFor(placeholder.replace(/\.\.\.$/, ''), offeredValues(option, command));
  }
  return spec;
}

function argumentSpec(argument: Argument, offeredValues: OfferedValues, siblings: readonly string[], isHelp: boolean): ArgumentSpec {
  const value: ValueHint = isHelp ? { kind: 'choices', name: argument.name(), values: siblings } : hintFor(argument.name(), offeredValues(argument));
  return { name: argument.name(), variadic: argument.variadic, value };
}

function visibleOptions(command: Command): Option[] {
  // createHelp() knows about the lazily made help option; hidden options stay hidden.
  return command.createHelp().visibleOptions(command);
}

export function completionTree(command: Command, offered: OfferedValues, path: string[] = [], inherited: readonly Option[] = []): CommandSpec {
  const own = visibleOptions(command);
  const ownFlags = new Set(own.flatMap(flagsOf));
  const all = [...own, ...inherited.filter((option) => !flagsOf(option).some((flag) => ownFlags.has(flag)))];
  const options = all.map((option) => optionSpec(option, offered, command));
  // Only non-help ancestor options are inherited: each command has its own --help.
  const passedOn = all.filter((option) => !flagsOf(option).includes('--help'));
  const children = command.createHelp().visibleCommands(command);
  const names = children.map((child) => child.name()).filter((name) => name !== 'help');
  return {
    path,
    name: command.name(),
    description: firstLine(command.summary() || command.description()),
    options,
    arguments: command.registeredArguments.map((argument) => argumentSpec(argument, offered, names, false)),
    subcommands: children.map((child) =>
      child.name() === 'help' && child.registeredArguments.length > 0
        ? helpSpec(child, offered, [...path, 'help'], names, passedOn)
        : completionTree(child, offered, [...path, child.name()], passedOn),
    ),
  };
}

/** commander's implicit `help [command]`: its argument is one of its siblings. */
function helpSpec(help: Command, offered: OfferedValues, path: string[], siblings: readonly string[], inherited: readonly Option[]): CommandSpec {
  return {
    path,
    name: 'help',
    description: firstLine(help.description()),
    options: inherited.map((option) => optionSpec(option, offered, help)),
    arguments: help.registeredArguments.map((argument) => argumentSpec(argument, offered, siblings, true)),
    subcommands: [],
  };
}

/** Every command of the tree, parents before children. */
export function allCommands(root: CommandSpec): CommandSpec[] {
  return [root, ...root.subcommands.flatMap(allCommands)];
}
