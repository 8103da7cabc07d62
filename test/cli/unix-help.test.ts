// Help that teaches: the command list gives one line a command, every command's --help leads with
// real examples (before its options), and they run.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { bfCommand, runShell } from '../support/unix.js';

/** The lines of a help section ("Commands:", "Options:") up to the blank line that ends it. */
function section(help: string, heading: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Every command path reachable from the program's help, e.g. ['encounters'], ['data', 'import']. */
function commandPaths(path: string[] = []): string[][] {
  // Commands nest two deep at most (data import); deeper means the help was misread.
  if (path.length > 2) throw new Error(`no command nests this deep: ${path.join(' ')}`);
  const help = runCli([...path, '--help'], { env: { COLUMNS: undefined } }).stdout;
  const names = section(help, 'Commands:').map((line) => line.trim().split(/\s+/)[0]!).filter((name) => name !== 'help');
  return names.flatMap((name) => [[...path, name], ...commandPaths([...path, name])]);
}

const PATHS = commandPaths();

describe('border-facts --help', () => {
  it('lists every command on one line, in 80 columns', () => {
    const help = runCli(['--help']).stdout;
    const lines = section(help, 'Commands:');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      // A wrapped description would continue on a line indented past the command names.
      expect(line, line).toMatch(/^ {2}\S/);
      expect(line.length).toBeLessThanOrEqual(80);
    }
    expect(lines.map((line) => line.trim().split(/\s+/)[0])).toEqual(expect.arrayContaining(['encounters', 'sources', 'completion', 'help']));
  });

  it('leads with examples, then the options', () => {
    const help = runCli(['--help']).stdout;
    expect(help.indexOf('Examples:')).toBeGreaterThan(0);
    expect(help.indexOf('Examples:')).toBeLessThan(help.indexOf('Options:'));
  });
});

describe.each(PATHS.map((path) => [path.join(' '), path] as const))('border-facts %s --help', (_name, path) => {
  const help = runCli([...path, '--help']).stdout;

  it('shows two or three examples before its options, each a border-facts command with what it shows', () => {
    const examples = section(help, 'Examples:');
    const at = help.indexOf('Examples:');
    expect(at, 'an Examples: section').toBeGreaterThan(0);
    expect(at).toBeLessThan(help.indexOf('Options:'));
    const commands = examples.filter((line) => !line.trimStart().startsWith('#'));
    const comments = examples.filter((line) => line.trimStart().startsWith('#'));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    expect(commands.length).toBeLessThanOrEqual(3);
    expect(comments.length).toBe(commands.length);
    for (const line of commands) expect(line).toMatch(new RegExp(`border-facts ${path.join(' ')}\\b`));
  });

  it('lists the global options too', () => {
    expect(section(help, 'Global Options:').join('\n')).toMatch(/--json[\s\S]*--format[\s\S]*--no-color[\s\S]*--data-dir/);
  });
});

describe('the examples of encounters and sources run as printed', () => {
  for (const path of [['encounters'], ['sources']]) {
    const examples = section(runCli([...path, '--help']).stdout, 'Examples:').filter((line) => !line.trimStart().startsWith('#'));
    for (const example of examples) {
      it(example.trim(), () => {
        // Up to the first pipe: the rest (jq) may not be installed.
        const command = example.trim().split(' | ')[0]!.replace(/^border-facts /, '');
        const words = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!);
        const run = runShell(`${bfCommand(words)} | head -c 100000`);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout.length).toBeGreaterThan(0);
      });
    }
  }
});
