// `border-facts check [files...]`: recomputes a news article's claims from the data and gives
// each a verdict, with evidence; exit 1 when a verdict is at or worse than --fail-on (for CI).
import type { Command } from 'commander';
import type { CommandIO } from '../shared/io.js';
import { commandContext } from '../shared/context.js';
import { FAIL_ON_CHOICES } from '../../domain/claims/verdicts.js';
import { CHECK_FORMATS } from '../../render/check-formats.js';
import type { CheckOptions } from './run.js';
import { UsageError } from '../../errors.js';

interface ArticleOptions {
  article?: string;
  draftClaims?: string;
  published?: string;
}
import { addExamples } from '../shared/help.js';
import { offerValues } from '../shared/offered-values.js';

export function configureCheckCommand(program: Command, io: CommandIO): void {
  const command = program.command('check')
    .summary("recompute a news article's claims: verdicts and evidence")
    .description('recompute the claims of a news article from the data and give each a verdict')
    .argument('[files...]', 'claims files (JSON, see --schema); default: the claims of the bundled article')
    .option('--claim <id>', 'check only the claim with this id')
    .option('--fail-on <verdict>', `exit 1 when a claim is this or worse: ${FAIL_ON_CHOICES.join(', ')}`, 'inaccurate')
    .option('--tolerance <qualifier=amount>', 'override a default tolerance: about=10%, nearly=3pp, exact=500 (repeatable)', (value: string, all: string[] | undefined) => [...(all ?? []), value])
    .option('--schema', 'print the JSON Schema of claims files')
    .option('--article <file>', "instead of claims, find every number in an article (a file, or '-' for standard input) and trace it in the data")
    .option('--draft-claims <out.json>', 'with --article: write a draft claims file for the numbers it could recompute')
    .option('--published <date>', "with --article: the article's publication date for the draft claims (YYYY-MM-DD)")
    .addHelpText('after', `
Verdicts, best to worst: accurate, mostly-accurate, unverifiable, misleading,
inaccurate. Exit status: 0 when no claim is at or worse than --fail-on (default
inaccurate), 1 when one is, 2 for a bad option, 3 for a bad claims file or data.

Formats (--format): table (the default), json, claimreview (schema.org JSON-LD),
junit (a test report for CI), markdown (for a pull request), html (a fact-check
page with charts); the exit status is the same in each. docs/check-formats.md
shows them.`)
    .action(async (files: string[], options: CheckOptions & ArticleOptions, cmd: Command) => {
      if (options.article !== undefined) {
        if (files.length > 0) throw new UsageError('check --article reads an article, not claims files: give one or the other');
        // The same scan as `border-facts scan`: every number of the text, traced.
        const { runScan } = await import('../scan/run.js');
        await runScan(options.article, { draftClaims: options.draftClaims, published: options.published }, commandContext(cmd, io));
        return;
      }
      // The claims engine loads only when check runs: other commands do not parse it at start-up.
      const { runCheck } = await import('./run.js');
      await runCheck(files, options, commandContext(cmd, io));
    });
  addExamples(command, [
    ['border-facts check', 'the bundled article, every claim recomputed, with verdicts'],
    ['border-facts check claims.json --fail-on misleading', 'your own claims in CI: exit 1 when one is misleading or worse'],
    ['border-facts check --article draft.txt --draft-claims claims.json', 'every number of a draft traced, and a claims file to start from'],
  ]);
  // --format is a global option; on check it offers check's own formats.
  offerValues(command, { '--fail-on': FAIL_ON_CHOICES, '--format': CHECK_FORMATS });
}
