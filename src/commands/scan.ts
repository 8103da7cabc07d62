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

function parseDate(raw: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]) {
    throw new UsageError(`--published: '${raw}' is not a date; use YYYY-MM-DD, for example 2023-12-28`);
  }
  return match[0];
}
const DEFAULT_MATCHES = 3;

interface ScanOptions {
  tolerance?: string;
  top?: string;
  draftClaims?: string;
  published?: string;
}

export function configureScanCommand(program: Command): void {
  program
    .command('scan')
    .description('find every number in an article and trace each in the data (what check --article runs)')
    .argument('<file>', "the article as UTF-8 text, or '-' for standard input")
    .option('--tolerance <t>', 'replace the qualifier windows: 1% or 0.005 (relative), ±100 (absolute), 0 (exact)')
    .option('--top <n>', `matches listed per number in JSON (default ${DEFAULT_MATCHES})`)
    .option('--draft-claims <out.json>', "write a claims file (check's format) for the numbers recomputed")
    .option('--published <date>', "the article's publication date for the draft claims, YYYY-MM-DD (default: today)")
    .addHelpText('after', `
Examples:
  border-facts scan article.txt
  pbpaste | border-facts scan - --json | jq '.rows[] | select(.recomputed == false)'
  border-facts scan article.txt --draft-claims claims.json`)
    .action(async (file: string, options: ScanOptions, cmd: Command) => {
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
    });
}
