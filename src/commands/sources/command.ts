// `border-facts sources`: where every number comes from, which dataset is in use, and which
// release each table's fiscal years are taken from. This file declares the command; run.ts answers it.
import type { Command } from 'commander';
import { commandContext } from '../shared/context.js';
import { addExamples } from '../shared/help.js';
import type { CommandIO } from '../shared/io.js';

export function configureSourcesCommand(program: Command, io: CommandIO): void {
  const command = program
    .command('sources')
    .summary('where every number comes from: files, URLs, sha256')
    .description('The provenance of the dataset: which dataset is in use, and for each official file its publisher, URL, release, coverage, row count, sha256 and the fiscal years it supplies.');
  addExamples(command, [
    ['border-facts sources', 'the dataset in use and each official file behind it, its release and URL'],
    ["border-facts sources --json | jq -r '.rows[].url'", 'just the download addresses'],
    ["border-facts sources --json | jq '.rows[] | {file, usedFor}'", 'which fiscal years of which table each file supplies'],
  ]);
  command.action(async (_options: unknown, cmd: Command) => {
    const { runSources } = await import('./run.js');
    await runSources(commandContext(cmd, io));
  });
}
