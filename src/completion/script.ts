// `border-facts completion <shell>`: the script for one shell, generated from the live program.
import type { Command } from 'commander';
import type { Shell } from '../commands/completion/command.js';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import { completionTree, type OfferedValues } from './tree.js';
import { zshScript } from './zsh.js';

export function completionScript(shell: Shell, program: Command, offered: OfferedValues): string {
  const tree = completionTree(program, offered);
  switch (shell) {
    case 'bash': return bashScript(tree);
    case 'zsh': return zshScript(tree);
    case 'fish': return fishScript(tree);
  }
}
