// Answers `border-facts scan <file|->` (and `check --article`): reads the text, scans it, writes the
// draft claims file when asked, and emits the numbers.
import { writeFileSync } from 'node:fs';
import { parseTolerance, type Tolerance } from '../../domain/trace/target.js';
import { UsageError } from '../../errors.js';
import { FORMATS } from '../../render/output.js';
import { emit, loadDataset, say, type CommandContext } from '../shared/context.js';
import { parsePositiveInteger } from '../shared/option-values.js';
import { readArticle, scanArticle } from './article-scan.js';
import { DEFAULT_MATCHES, type ScanOptions } from './options.js';

function parseDate(raw: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]) {
    throw new UsageError(`--published: '${raw}' is not a date; use YYYY-MM-DD, for example 2023-12-28`);
  }
  return match[0];
}

/** Scans one article and traces its numbers; `check --article` runs this too. */
export async function runScan(file: string, options: ScanOptions, ctx: CommandContext): Promise<void> {
  const tolerance: Tolerance = options.tolerance === undefined ? { kind: 'default' } : parseTolerance(options.tolerance);
  const top = options.top === undefined ? DEFAULT_MATCHES : parsePositiveInteger(options.top, '--top');
  const published = options.published === undefined ? ctx.io.now().toISOString().slice(0, 10) : parseDate(options.published);
  const text = readArticle(file, ctx.io.stdin);
  const dataset = loadDataset(ctx);
  const { result, drafts } = scanArticle(text, dataset, { tolerance, top, source: file, published });
  if (options.draftClaims !== undefined) {
    if (drafts === null) {
      say(ctx, 'border-facts: no number was recomputed, so no draft claims were written');
    } else {
      try {
        writeFileSync(options.draftClaims, `${JSON.stringify(drafts, null, 2)}\n`);
      } catch (error) {
        throw new UsageError(`cannot write the draft claims to '${options.draftClaims}': ${(error as Error).message}`);
      }
      say(ctx, `border-facts: wrote ${drafts.claims.length} draft claim${drafts.claims.length === 1 ? '' : 's'} to ${options.draftClaims}`);
    }
  }
  await emit(ctx, result, FORMATS);
}
