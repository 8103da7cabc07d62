// `border-facts scan <file|->`: every number in a text, traced in the data (the engine of
// `check --article`, which will call scanArticle once check lands).
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseTolerance, type Tolerance } from '../domain/trace/target.js';
import { UsageError } from '../errors.js';
import { readArticle, scanArticle } from './article-scan.js';
import { emit, loadDataset } from './context.js';
import { parsePositiveInteger } from './option-values.js';

const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson'] as const;
const DEFAULT_MATCHES = 3;

interface ScanOptions {
  tolerance?: string;
  top?: string;
  draftClaims?: string;
}

export function configureScanCommand(program: Command): void {
  program
    .command('scan')
    .description('find every number in an article and trace each in the data (what check --article runs)')
    .argument('<file>', "the article as UTF-8 text, or '-' for standard input")
    .option('--tolerance <t>', 'replace the qualifier windows: 1% or 0.005 (relative), ±100 (absolute), 0 (exact)')
    .option('--top <n>', `matches listed per number in JSON (default ${DEFAULT_MATCHES})`)
    .option('--draft-claims <out.json>', 'write a draft claims file for the numbers recomputed')
    .addHelpText('after', `
Examples:
  border-facts scan article.txt
  pbpaste | border-facts scan - --json | jq '.rows[] | select(.recomputed == false)'
  border-facts scan article.txt --draft-claims claims.json`)
    .action(async (file: string, options: ScanOptions, cmd: Command) => {
      const tolerance: Tolerance = options.tolerance === undefined ? { kind: 'default' } : parseTolerance(options.tolerance);
      const top = options.top === undefined ? DEFAULT_MATCHES : parsePositiveInteger(options.top, '--top');
      const text = readArticle(file);
      const dataset = loadDataset(cmd);
      const { result, drafts } = scanArticle(text, dataset, { tolerance, top, source: file });
      if (options.draftClaims !== undefined) {
        try {
          writeFileSync(options.draftClaims, `${JSON.stringify(drafts, null, 2)}\n`);
        } catch (error) {
          throw new UsageError(`cannot write the draft claims to '${options.draftClaims}': ${(error as Error).message}`);
        }
        process.stderr.write(`border-facts: wrote ${drafts.claims.length} draft claim${drafts.claims.length === 1 ? '' : 's'} to ${options.draftClaims}\n`);
      }
      await emit(cmd, result, FORMATS);
    });
}
