// The work of `border-facts check`, loaded only when check runs: read the claims, evaluate each
// against the data, render, and set the exit status from --fail-on.
import type { Command } from 'commander';
import { QUALIFIER_WORDS, canonicalQualifier } from '../data/claim-vocabulary.js';
import { bundledClaims, userClaims, type LoadedClaims } from '../data/claims.js';
import { UsageError } from '../errors.js';
import { checkClaims } from '../domain/claims/check-report.js';
import { evaluateClaim } from '../domain/claims/evaluate.js';
import { addOverride, NO_OVERRIDES, parseToleranceSpec, type ToleranceOverrides } from '../domain/claims/tolerance.js';
import { FAIL_ON_CHOICES, type FailOn } from '../domain/claims/verdicts.js';
import { didYouMean } from '../domain/suggest.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckTable } from '../render/check-table.js';
import { colorEnabled, paletteFor } from '../render/color.js';
import { measureContexts, sourcesOfUses } from './check-data.js';
import { globalOptions, loadDataset, writeOut } from './context.js';
import { parseChoice } from './option-values.js';

const FORMATS = ['table', 'json'] as const;

export interface CheckOptions {
  claim?: string;
  failOn: string;
  tolerance?: string[];
  schema?: boolean;
}

export async function runCheck(files: string[], options: CheckOptions, cmd: Command): Promise<void> {
  if (options.schema) {
    writeOut(await claimsJsonSchema());
    return;
  }
  const format = checkFormat(cmd);
  const failOn = parseChoice(options.failOn, FAIL_ON_CHOICES, '--fail-on') as FailOn;
  const overrides = parseTolerances(options.tolerance ?? []);
  const dataset = loadDataset(cmd);
  const loaded: LoadedClaims[] = files.length === 0 ? [bundledClaims(dataset)] : await Promise.all(files.map(userClaims));
  if (options.claim !== undefined) requireClaim(options.claim, loaded);
  const contextFor = measureContexts(dataset);
  const report = checkClaims(loaded, (claim, file, article) => evaluateClaim(claim, file.file, {
    ctx: contextFor(article.asOf),
    overrides,
    sourcesOf: (uses) => sourcesOfUses(dataset, uses),
  }), { ...(options.claim === undefined ? {} : { claimId: options.claim }), failOn });
  const query = {
    files: loaded.map((l) => l.file),
    claim: options.claim ?? null,
    failOn,
    tolerances: options.tolerance ?? [],
  };
  if (format === 'json') {
    writeOut(renderCheckJson(report, query));
  } else {
    const opts = globalOptions(cmd);
    const color = colorEnabled({ isTTY: process.stdout.isTTY === true, env: process.env, noColorFlag: opts.color === false });
    const width = process.stdout.columns ?? (Number(process.env.COLUMNS ?? 0) || 80);
    writeOut(renderCheckTable(report, { palette: await paletteFor(color), width }));
  }
  if (report.failing.length > 0) process.exitCode = 1;
}

/** check writes a table by default, even in a pipe (it has no tsv form). */
function checkFormat(cmd: Command): (typeof FORMATS)[number] {
  const options = globalOptions(cmd);
  if (options.json) return 'json';
  if (options.format === undefined) return 'table';
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`'${options.format}' is not a format of check${didYouMean(options.format, FORMATS)}`, `formats: ${FORMATS.join(', ')}`);
  }
  return options.format as (typeof FORMATS)[number];
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
  const [{ z }, { claimsFileSchema }] = await Promise.all([import('zod'), import('../data/claim-schemas.js')]);
  const schema = z.toJSONSchema(claimsFileSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'border-facts claims file', description: 'Claims of a news article: what to measure and what was claimed (docs/check.md)' }, null, 2)}\n`;
}
