// Reads a raw command line the way commander will: which command it names (skipping option values)
// and what follows. Used to aim hints at the right --help, and to answer `help <typo>`.
import type { Command } from 'commander';
import { didYouMean } from '../../domain/suggest.js';
import { UsageError } from '../../errors.js';

export interface CommandOnLine {
  command: Command;
  /** Words after the command that are not options or option values. */
  operands: string[];
}

function takesValue(command: Command, word: string): boolean {
  if (word.includes('=')) return false;
  for (let at: Command | null = command; at; at = at.parent) {
    if (at.options.some((option) => option.required && (option.long === word || option.short === word))) return true;
  }
  return false;
}

function subcommandNamed(command: Command, word: string): Command | undefined {
  return command.commands.find((sub) => sub.name() === word || sub.aliases().includes(word));
}

/** The deepest command named on the line (commander reports its errors from there). */
export function commandOnLine(program: Command, argv: readonly string[]): CommandOnLine {
  let command = program;
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (word.startsWith('-') && word.length > 1) {
      if (takesValue(command, word)) i++;
      continue;
    }
    const sub = operands.length === 0 ? subcommandNamed(command, word) : undefined;
    if (sub) command = sub;
    else operands.push(word);
  }
  return { command, operands };
}

export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/**
 * `border-facts help <word>` where <word> names no command: commander would print the whole help on
 * stderr; a typo deserves "did you mean" instead.
 */
export function checkHelpTopic(program: Command, argv: readonly string[]): void {
  const { command, operands } = commandOnLine(program, argv);
  if (operands[0] !== 'help' || operands.length < 2 || subcommandNamed(command, 'help')) return;
  const topic = operands[1]!;
  if (subcommandNamed(command, topic)) return;
  const names = command.commands.map((sub) => sub.name());
  throw new UsageError(`unknown command '${topic}'${didYouMean(topic, names)}`, `commands: ${names.join(', ')}`);
}
