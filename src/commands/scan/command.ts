// `border-facts scan <file|->`: every number in a text, traced in the data; `check --article`
// runs the same scan. This file declares the command; run.ts answers it.
import type { Command } from 'commander';
import { commandContext } from '../shared/context.js';
import { addExamples } from '../shared/help.js';
import type { CommandIO } from '../shared/io.js';
import { offerValues } from '../shared/offered-values.js';
import { DEFAULT_MATCHES, type ScanOptions } from './options.js';

export function configureScanCommand(program: Command, io: CommandIO): void {
  const command = program
    .command('scan')
    .summary('find and trace every number in an article')
    .description('Find every number in a text (counts, percentages, money, dates told apart, qualifiers kept) and trace each count and percentage in the data, reading the sentence for what it counts. This is what check --article runs.')
    .argument('<file>', "the article as UTF-8 text, or '-' for standard input")
    .option('--tolerance <t>', 'replace the qualifier windows: 1% or 0.005 (relative), ±100 (absolute), 0 (exact)')
    .option('--top <n>', `matches listed per number in JSON (default ${DEFAULT_MATCHES})`)
    .option('--draft-claims <out.json>', "write a claims file (check's format) for the numbers recomputed")
    .option('--published <date>', "the article's publication date for the draft claims, YYYY-MM-DD (default: today)");
  addExamples(command, [
    ['border-facts scan article.txt', 'every number of an article, traced in the data'],
    ["border-facts scan - --json < draft.txt | jq '.rows[] | select(.recomputed == false)'", 'the numbers of a draft the data does not bear out'],
    ['border-facts scan draft.txt --draft-claims claims.json', 'a claims file to start from, for border-facts check'],
  ]);
  offerValues(command, { '--tolerance': ['0', '1%', '0.005', '±100'] });
  command.action(async (file: string, options: ScanOptions, cmd: Command) => {
    const { runScan } = await import('./run.js');
    await runScan(file, options, commandContext(cmd, io));
  });
}
