// The command tree as shell completion sees it, read from the live commander program, so every
// command, option and offered value registered today or added later is completed.
import type { Argument, Command, Option } from 'commander';

/** What to offer for an option or argument (commands/offered-values.ts, passed in so this chunk stays separate). */
export type OfferedValues = (target: Option | Argument) => readonly string[] | undefined;

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

function optionSpec(option: Option, offeredValues: OfferedValues): OptionSpec {
  const flags = [option.short, option.long].filter((flag): flag is string => flag !== undefined);
  const spec: OptionSpec = { flags, description: firstLine(option.description) };
  if (option.required) {
    const placeholder = /<([^>]+)>/.exec(option.flags)?.[1] ?? option.attributeName();
    spec.value = hintFor(placeholder.replace(/\.\.\.$/, ''), offeredValues(option));
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

export function completionTree(command: Command, offered: OfferedValues, path: string[] = [], inherited: OptionSpec[] = []): CommandSpec {
  const own = visibleOptions(command).map((option) => optionSpec(option, offered));
  const ownFlags = new Set(own.flatMap((option) => option.flags));
  const options = [...own, ...inherited.filter((option) => !option.flags.some((flag) => ownFlags.has(flag)))];
  // Only non-help ancestor options are inherited: each command has its own --help.
  const passedOn = options.filter((option) => !option.flags.includes('--help'));
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
function helpSpec(help: Command, offered: OfferedValues, path: string[], siblings: readonly string[], inherited: OptionSpec[]): CommandSpec {
  return {
    path,
    name: 'help',
    description: firstLine(help.description()),
    options: inherited,
    arguments: help.registeredArguments.map((argument) => argumentSpec(argument, offered, siblings, true)),
    subcommands: [],
  };
}

/** Every command of the tree, parents before children. */
export function allCommands(root: CommandSpec): CommandSpec[] {
  return [root, ...root.subcommands.flatMap(allCommands)];
}
