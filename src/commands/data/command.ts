// `border-facts data import <files...>` and `border-facts data reset`: bring CBP's newest releases
// into the user's dataset safely, or go back to the dataset bundled with the package.
// This file declares the commands; data-run.ts carries them out.
import type { Command } from 'commander';
import type { CommandIO } from '../shared/io.js';
import { commandContext } from '../shared/context.js';
import { addExamples } from '../shared/help.js';
import { configureUpdateCommand } from './update.js';

export interface ImportOptions {
  into?: string;
  dryRun?: boolean;
  allowShrink?: boolean;
}

export interface ResetOptions {
  into?: string;
}

export function configureDataCommand(program: Command, io: CommandIO): void {
  const data = program
    .command('data')
    .summary('fetch or import newer CBP releases, or reset the data')
    .description('bring a newer official CBP release into your dataset (fetched from cbp.gov, or a file you downloaded), or return to the bundled one');
  addExamples(data, [
    ['border-facts data import ~/Downloads/nationwide-encounters-fy23-fy26-nov-state.csv', 'merge a newer release into your dataset, with a report of what changed'],
    ['border-facts data import --dry-run ~/Downloads/sbo-encounters-fy22-fy25-aug.csv', 'validate a download and see what it would change, writing nothing'],
    ['border-facts data reset', 'go back to the dataset bundled with border-facts'],
  ]);

  const importCommand = data
    .command('import')
    .summary('merge official CBP CSV files into your dataset')
    .description('validate official CBP CSV files and merge them into a dataset directory, with a report of what changed')
    .argument('<files...>', 'CSV files as downloaded from cbp.gov (nationwide encounters by state, Southwest encounters by component, ...)')
    .option('--into <dir>', 'the dataset directory to write (default: $XDG_DATA_HOME/border-facts, else ~/.local/share/border-facts)')
    .option('--dry-run', 'validate and report what would change, without writing anything')
    .option('--allow-shrink', 'import even where a month loses more than a revision would (a file cut short is refused without it); the loss is reported as removed')
    .addHelpText('after', `
Each fiscal year is taken whole from the newest release that covers it; a month that release lacks
is kept from the older one. Nothing is written unless every row of every file is valid and no month
shrinks beyond a revision; the new dataset replaces the old one in a single rename.`)
    .action(async (files: string[], options: ImportOptions, cmd: Command) => {
      const { runImport } = await import('./run.js');
      await runImport(files, options, commandContext(cmd, io));
    });

  addExamples(importCommand, [
    ['border-facts data import ~/Downloads/nationwide-encounters-fy23-fy26-nov-state.csv', 'merge a newer release into your dataset'],
    ["border-facts data import --dry-run ~/Downloads/sbo-encounters-fy22-fy25-aug.csv --json | jq '.rows[] | select(.change == \"revised\")'", 'the months a release would revise, as JSON'],
    ['border-facts data import --into ./border-data sbo-encounters-fy22-fy25-aug.csv && border-facts --data-dir ./border-data encounters --month aug', 'a dataset of your own beside the default one'],
  ]);

  configureUpdateCommand(data, io);

  const resetCommand = data
    .command('reset')
    .summary('remove the imported dataset')
    .description('remove the imported dataset, so commands read the bundled one again')
    .option('--into <dir>', 'the dataset directory to remove (default: the one data import writes)')
    .addHelpText('after', `
Only a directory holding a border-facts dataset is removed, and only if it holds nothing else.`)
    .action(async (options: ResetOptions, cmd: Command) => {
      const { runReset } = await import('./run.js');
      await runReset(options, commandContext(cmd, io));
    });
  addExamples(resetCommand, [
    ['border-facts data reset', 'back to the bundled dataset'],
    ['border-facts data reset --into ./border-data', 'remove a dataset directory of your own'],
  ]);
}
