// The work of `border-facts check`, loaded only when check runs: read the claims, evaluate each
// against the data, render, and set the exit status from --fail-on.
import { QUALIFIER_WORDS, canonicalQualifier } from '../../data/claim-vocabulary.js';
import { bundledClaims, userClaims, type LoadedClaims } from '../../data/claims.js';
import { QuietFailure, UsageError } from '../../errors.js';
import { addOverride, NO_OVERRIDES, parseToleranceSpec, type ToleranceOverrides } from '../../domain/claims/tolerance.js';
import { FAIL_ON_CHOICES, type FailOn } from '../../domain/claims/verdicts.js';
import { didYouMean } from '../../domain/suggest.js';
import type { CheckReport } from '../../domain/claims/report.js';
import { CHECK_FORMATS, type CheckFormat } from '../../render/check-formats.js';
import { renderCheckJson } from '../../render/check-json.js';
import { renderCheckTable } from '../../render/check-table.js';
import { colorEnabled, paletteFor } from '../../render/color.js';
import { evaluateClaimsFiles } from './evaluation.js';
import { loadDataset, writeOut, type CommandContext } from '../shared/context.js';
import { parseChoice } from '../shared/option-values.js';
import type { Dataset } from '../../data/dataset.js';

export interface CheckOptions {
  claim?: string;
  failOn: string;
  tolerance?: string[];
  schema?: boolean;
}

export async function runCheck(files: string[], options: CheckOptions, ctx: CommandContext): Promise<void> {
  if (options.schema) {
    writeOut(ctx, await claimsJsonSchema());
    return;
  }
  const format = checkFormat(ctx);
  const failOn = parseChoice(options.failOn, FAIL_ON_CHOICES, '--fail-on') as FailOn;
  const overrides = parseTolerances(options.tolerance ?? []);
  const dataset = loadDataset(ctx);
  const loaded: LoadedClaims[] = files.length === 0 ? [bundledClaims(dataset)] : await Promise.all(files.map(userClaims));
  if (options.claim !== undefined) requireClaim(options.claim, loaded);
  const report = evaluateClaimsFiles(dataset, loaded, { ...(options.claim === undefined ? {} : { claimId: options.claim }), failOn, overrides });
  const query = {
    files: loaded.map((l) => l.file),
    claim: options.claim ?? null,
    failOn,
    tolerances: options.tolerance ?? [],
  };
  writeOut(ctx, await render(format, report, query, ctx, dataset));
  // Every format exits alike: only the verdicts and --fail-on decide the status.
  if (report.failing.length > 0) throw new QuietFailure(1);
}

/** The formats for other tools load only when asked for; table and json stay in this chunk. */
async function render(format: CheckFormat, report: CheckReport, query: Record<string, unknown>, ctx: CommandContext, dataset: Dataset): Promise<string> {
  switch (format) {
    case 'json': return renderCheckJson(report, query);
    case 'claimreview': {
      const { renderCheckClaimReview } = await import('../../render/check-claimreview.js');
      return renderCheckClaimReview(report, { reviewDate: reviewDate(ctx.io.env, ctx.io.now()) });
    }
    case 'junit': {
      const { renderCheckJunit } = await import('../../render/check-junit.js');
      return renderCheckJunit(report);
    }
    case 'html': {
      // A chart of the series around each figure needs the data again; Vega loads only here.
      const { checkHtml } = await import('./html.js');
      return checkHtml(dataset, report, reviewDate(ctx.io.env, ctx.io.now()));
    }
    case 'markdown': {
      const { renderCheckMarkdown } = await import('../../render/check-markdown.js');
      return renderCheckMarkdown(report);
    }
    case 'table': {
      const { stdout, env } = ctx.io;
      const color = colorEnabled({ isTTY: stdout.isTTY === true, env, noColorFlag: ctx.globals.color === false });
      const width = stdout.columns ?? (Number(env.COLUMNS ?? 0) || 80);
      return renderCheckTable(report, { palette: await paletteFor(color), width });
    }
  }
}

/** check writes a table by default, even in a pipe (it has no tsv form). */
function checkFormat(ctx: CommandContext): CheckFormat {
  const options = ctx.globals;
  if (options.json) return 'json';
  if (options.format === undefined) return 'table';
  if (!(CHECK_FORMATS as readonly string[]).includes(options.format)) {
    if (options.format === 'svg' || options.format === 'vega-lite') {
      throw new UsageError(`'${options.format}' is not a format of check: its charts come in the html report`, `use --format html; formats: ${CHECK_FORMATS.join(', ')}`);
    }
    throw new UsageError(`'${options.format}' is not a format of check${didYouMean(options.format, CHECK_FORMATS)}`, `formats: ${CHECK_FORMATS.join(', ')}`);
  }
  return options.format as CheckFormat;
}

/**
 * The date a review is published: the day of the run (UTC), or SOURCE_DATE_EPOCH's day when set,
 * the reproducible-builds convention, so a CI job or a document can pin it.
 */
function reviewDate(env: CommandContext['io']['env'], now: Date): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10);
  const date = /^\d{1,15}$/.test(epoch.trim()) ? new Date(Number(epoch.trim()) * 1000) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new UsageError(`SOURCE_DATE_EPOCH '${epoch}' is not a time in seconds since 1970-01-01`, 'unset it, or set it to a Unix time such as 1704067200');
  }
  return date.toISOString().slice(0, 10);
}

function parseTolerances(values: readonly string[]): ToleranceOverrides {
  let overrides = NO_OVERRIDES;
  for (const value of values) {
    const match = /^([a-z-]+)=(.+)$/.exec(value.trim().toLowerCase());
    const word = match?.[1];
    if (!match || word === undefined || !(QUALIFIER_WORDS as readonly string[]).includes(word)) {
      const guess = word === undefined ? '' : didYouMean(word, QUALIFIER_WORDS);
      throw new UsageError(`--tolerance '${value}' is not <qualifier>=<amount>${guess}`, 'for example about=10%, nearly=3pp (percentage points) or exact=500 (in the claim\'s unit)');
    }
    const spec = parseToleranceSpec(match[2]!);
    if (!spec) throw new UsageError(`--tolerance '${value}': '${match[2]}' is not an amount`, 'use 10% (of the claimed value), 3pp (percentage points) or 500 (in the claim\'s unit)');
    overrides = addOverride(overrides, canonicalQualifier(word), spec);
  }
  return overrides;
}

function requireClaim(id: string, loaded: readonly LoadedClaims[]): void {
  const ids = loaded.flatMap((l) => l.document.claims.map((c) => c.id));
  if (!ids.includes(id)) throw new UsageError(`--claim: no claim '${id}'${didYouMean(id, ids)}`, `claims: ${ids.join(', ')}`);
}

async function claimsJsonSchema(): Promise<string> {
  const [{ z }, { claimsFileSchema }] = await Promise.all([import('zod'), import('../../data/claim-schemas.js')]);
  const schema = z.toJSONSchema(claimsFileSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'border-facts claims file', description: 'Claims of a news article: what to measure and what was claimed (docs/check.md)' }, null, 2)}\n`;
}
