// `border-facts data update`: bring in CBP's newest releases from CBP's own site, in one command.
// This file declares the command; update-run.ts carries it out (loaded only when run, with
// the HTTP client behind it).
import type { Command } from 'commander';
import { commandContext } from '../shared/context.js';
import { addExamples } from '../shared/help.js';
import type { CommandIO } from '../shared/io.js';

export interface UpdateOptions {
  into?: string;
  dryRun?: boolean;
  check?: boolean;
  sourceUrl?: string;
  timeout?: string;
  retries?: string;
  maxSize?: string;
}

export function configureUpdateCommand(data: Command, io: CommandIO): void {
  const update = data
    .command('update')
    .summary("fetch CBP's newest releases from cbp.gov and merge them in")
    .description("find the newest CSV on each of CBP's dataset pages (nationwide encounters, Southwest encounters by component, nationwide and Air and Marine Operations drug seizures), download and validate them, and merge them into your dataset, with a report of what changed")
    .option('--into <dir>', 'the dataset directory to write (default: $XDG_DATA_HOME/border-facts, else ~/.local/share/border-facts)')
    .option('--dry-run', 'download and validate, and report what would change, without writing anything')
    .option('--check', 'write nothing; exit 1 when a newer release exists, 0 when the dataset is current (for CI schedules)')
    .option('--source-url <url>', 'the site to read the pages from, e.g. a mirror laid out like cbp.gov (default https://www.cbp.gov; also BORDER_FACTS_SOURCE_URL)')
    .option('--timeout <seconds>', 'give up on a connection that sends nothing for this long (default 30)')
    .option('--retries <n>', 'try again this many times after a 5xx answer, a timeout or a dropped connection (default 3)')
    .option('--max-size <size>', 'refuse a file larger than this, e.g. 50MB, 800kB (default 50MB)')
    .addHelpText('after', `
Nothing is written unless every page, every download and every row is good; the new dataset
replaces the old one in a single rename. HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.
Where cbp.gov refuses a program (a 403), download the file in a browser and use 'data import'.`)
    .action(async (options: UpdateOptions, cmd: Command) => {
      const { runUpdate } = await import('./update-run.js');
      await runUpdate(options, commandContext(cmd, io));
    });
  addExamples(update, [
    ['border-facts data update --dry-run', 'which releases are newer than your dataset, and what they would change'],
    ['border-facts data update --check || border-facts data update', 'in a scheduled CI job: update only when CBP has published something new'],
    ['border-facts data update --source-url https://mirror.example.org/cbp', 'read the same pages from a mirror'],
  ]);
}
