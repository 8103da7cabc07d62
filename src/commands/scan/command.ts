// `border-facts scan <file|->`: every number in a text, traced in the data; `check --article`
// runs the same scan.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseTolerance, type Tolerance } from '../../domain/trace/target.js';
import { UsageError } from '../../errors.js';
import { readArticle, scanArticle } from './article-scan.js';
import { emit, loadDataset } from '../shared/context.js';
import { addExamples } from '../shared/help.js';
import { offerValues } from '../shared/offered-values.js';
import { parsePositiveInteger } from '../shared/option-values.js';
import { FORMATS } from '../../render/output.js';

function parseDate(raw: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]) {
    throw new UsageError(`--published: '${raw}' is not a date; use YYYY-MM-DD, for example 2023-12-28`);
  }
  return match[0];
}
const DEFAULT_MATCHES = 3;

export interface ScanOptions {
  tolerance?: string;
  top?: string;
  draftClaims?: string;
  published?: string;
}

export function configureScanCommand(program: Command): void {
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
  command.action(runScan);
}

/** Scans one article and traces its numbers; `check --article` runs this too. */
export async function runScan(file: string, options: ScanOptions, cmd: Command): Promise<void> {
  const tolerance: Tolerance = options.tolerance === undefined ? { kind: 'default' } : parseTolerance(options.tolerance);
  const top = options.top === undefined ? DEFAULT_MATCHES : parsePositiveInteger(options.top, '--top');
  const published = options.published === undefined ? new Date().toISOString().slice(0, 10) : parseDate(options.published);
  const text = readArticle(file);
  const dataset = loadDataset(cmd);
  const { result, drafts } = scanArticle(text, dataset, { tolerance, top, source: file, published });
  if (options.draftClaims !== undefined) {
    if (drafts === null) {
      process.stderr.write('border-facts: no number was recomputed, so no draft claims were written\n');
    } else {
      try {
        writeFileSync(options.draftClaims, `${JSON.stringify(drafts, null, 2)}\n`);
      } catch (error) {
        throw new UsageError(`cannot write the draft claims to '${options.draftClaims}': ${(error as Error).message}`);
      }
      process.stderr.write(`border-facts: wrote ${drafts.claims.length} draft claim${drafts.claims.length === 1 ? '' : 's'} to ${options.draftClaims}\n`);
    }
  }
  await emit(cmd, result, FORMATS);
}
