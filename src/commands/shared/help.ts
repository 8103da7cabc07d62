// Help that teaches: every command's --help shows its examples right under the description,
// before the option list, and the command list gives each command one line (see docs/unix.md).
import { Help, type Argument, type Command, type HelpConfiguration } from 'commander';

/** A command line a user can paste, and what it shows. */
export type Example = readonly [commandLine: string, shows: string];

const EXAMPLES = new WeakMap<Command, readonly Example[]>();

/** Attaches the examples `--help` leads with (two or three real ones). */
export function addExamples<C extends Command>(command: C, examples: readonly Example[]): C {
  EXAMPLES.set(command, examples);
  return command;
}

export function examplesOf(command: Command): readonly Example[] {
  return EXAMPLES.get(command) ?? [];
}

function argumentTerm(argument: Argument): string {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

// Section headings of commander's help ("Options:", "Global Options:", "Commands:", "Arguments:").
const SECTION_HEADING = /^[A-Z][A-Za-z ]*:$/;

function formatHelp(command: Command, helper: Help): string {
  const text = Help.prototype.formatHelp.call(helper, command, helper);
  const examples = examplesOf(command);
  if (examples.length === 0) return text;
  const block = ['Examples:', ...examples.flatMap(([line, shows]) => [`  # ${shows}`, `  ${line}`]), ''];
  const lines = text.split('\n');
  const first = lines.findIndex((line, i) => i > 0 && SECTION_HEADING.test(line));
  lines.splice(first < 0 ? lines.length : first, 0, ...block);
  return lines.join('\n');
}

/** Set on the program before commands are added: commander copies it to every subcommand. */
export const HELP_LAYOUT: HelpConfiguration = {
  formatHelp,
  showGlobalOptions: true,
  // "encounters", "check [files...]": the name and its arguments, so the list stays one line a command.
  subcommandTerm: (command: Command) => [command.name(), ...command.registeredArguments.map(argumentTerm)].join(' '),
};
