// `border-facts completion bash|zsh|fish`: prints a completion script generated from the command
// tree at run time, so commands added later complete too. The generator loads only here.
import type { Command } from 'commander';
import type { CommandIO } from '../shared/io.js';
import { addExamples } from '../shared/help.js';
import { offeredValues, offerValues } from '../shared/offered-values.js';
import { parseChoice } from '../shared/option-values.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function configureCompletionCommand(program: Command, io: CommandIO): void {
  const command = program
    .command('completion')
    .summary('print a shell completion script (bash, zsh, fish)')
    .description('Print a completion script for bash, zsh or fish, generated from the commands and options of this border-facts.')
    .argument('<shell>', 'bash, zsh or fish');
  addExamples(command, [
    ['echo \'source <(border-facts completion bash)\' >> ~/.bashrc', 'bash: load completion in every new shell'],
    ['border-facts completion zsh > "${fpath[1]}/_border-facts"', 'zsh: install into the first $fpath directory (then restart zsh)'],
    ['border-facts completion fish > ~/.config/fish/completions/border-facts.fish', 'fish: install for your user'],
  ]);
  offerValues(command, { shell: SHELLS });
  command.action(async (shell: string, _options: unknown, cmd: Command) => {
    const which = parseChoice(shell, SHELLS, 'completion');
    const { completionScript } = await import('../../completion/script.js');
    let root = cmd;
    while (root.parent) root = root.parent;
    io.stdout.write(completionScript(which, root, offeredValues));
  });
}
