// Article scanning, shared by `border-facts scan <file|->` and `check --article`:
// reads a text, finds every number with its sentence, traces each count and percentage, and
// builds the result and the draft claims file.
import { ARTICLE_MAX_BYTES, FileReadError, readBounded } from '../../data/bounded-files.js';
import type { Dataset } from '../../data/dataset.js';
import type { InputStream } from '../shared/io.js';
import { traceSources } from '../../data/trace-data.js';
import type { ClaimsFile } from '../../data/claim-schemas.js';
import { draftClaims } from '../../domain/article/draft-claims.js';
import { contextMonthKeys } from '../../domain/article/context.js';
import { MAX_LISTED, MAX_TRACED, scanText, traceTargetOf, type ScannedNumber } from '../../domain/article/scan.js';
import type { TraceHit } from '../../domain/trace/trace-index.js';
import { describeTolerance, type Tolerance, type TraceTarget } from '../../domain/trace/target.js';
import { formatCount } from '../../domain/words.js';
import { UsageError } from '../../errors.js';
import type { Column, CommandResult } from '../../render/result.js';
import { sourcesOfFiles } from '../shared/sources-of.js';
import { formatTraceValue, hitRow } from '../trace/result.js';

export interface ArticleScanOptions {
  tolerance: Tolerance;
  /** Matches listed per number. */
  top: number;
  /** Where the text came from: a file name, or '-' for standard input. */
  source: string;
  /** The article's publication date (YYYY-MM-DD) for the draft claims file. */
  published: string;
}

export interface ArticleScan {
  result: CommandResult;
  /** A claims file for the numbers recomputed, in check's format; null when none was. */
  drafts: ClaimsFile | null;
}

/**
 * The text of a file, or of standard input for '-': UTF-8, a leading byte-order mark dropped.
 * Regular files only, within ARTICLE_MAX_BYTES (a FIFO, a device or a huge file is a data error).
 */
export function readArticle(path: string, stdin: InputStream): string {
  let bytes: Buffer;
  try {
    bytes = path === '-' ? stdin.readAll(ARTICLE_MAX_BYTES, 'the article on standard input') : readBounded(path, 'article', `the article '${path}'`);
  } catch (error) {
    const problem = error instanceof FileReadError ? error.problem : 'other';
    if (problem === 'not-regular' || problem === 'too-large') throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = problem === 'missing' || code === 'ENOENT' ? 'no such file' : problem === 'unreadable' || code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read the article ${path === '-' ? 'from standard input' : `'${path}'`}: ${why}`);
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function scanArticle(text: string, dataset: Dataset, options: ArticleScanOptions): ArticleScan {
  const sources = traceSources(dataset);
  const { numbers, untraced, unlisted } = scanText(text, { ...sources.catalog, citizenships: sources.citizenships }, options);
  const rows = numbers.map((n, i) => scannedRow(n, i + 1));
  const traced = numbers.filter((n) => n.traced);
  const recomputed = traced.filter((n) => n.recomputed === true).length;
  const notes = [
    numbers.length === 0
      ? 'No number found in the text.'
      : `${formatCount(numbers.length + unlisted)} number${numbers.length + unlisted === 1 ? '' : 's'} found; ${traced.length} count${traced.length === 1 ? '' : 's'} and percentages traced; ${recomputed} recomputed from the data (a figure that fits the sentence lies within the qualifier's window).`,
    'Dates, years, fiscal years, ordinals and amounts of money are listed but not traced.',
    "Windows: a number without qualifier matches within 0.5% or its rounding; about/approximately ±5%; nearly/almost up to 5% below; more than/at least up to 20% above; less than/at most/never more than up to 20% below. --tolerance replaces them all.",
    'A figure fits the sentence when it agrees with every fact the sentence states (dataset, drug, region, component, citizenship, months, share or change); this is a heuristic reading of the words, so check it.',
  ];
  if (untraced > 0) notes.push(`Only the first ${formatCount(MAX_TRACED)} counts and percentages are traced; ${formatCount(untraced)} more are listed without tracing.`);
  if (unlisted > 0) notes.push(`Only the first ${formatCount(MAX_LISTED)} numbers are listed; ${formatCount(unlisted)} more were found.`);
  const result: CommandResult = {
    command: 'scan',
    query: { article: options.source, tolerance: describeTolerance(options.tolerance), top: options.top },
    columns: SCAN_COLUMNS,
    rows,
    notes,
    sources: sourcesOfFiles(dataset, sources.files),
    title: `Numbers in ${options.source === '-' ? 'standard input' : options.source}`,
  };
  return { result, drafts: draftClaims(numbers, { title: articleTitle(text, options.source), published: options.published }) };
}

/** The first line of the text (a headline), else the file's name. */
function articleTitle(text: string, source: string): string {
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).trim().slice(0, 200);
  return first !== '' ? first : source === '-' ? 'standard input' : source;
}

function scannedRow(n: ScannedNumber, index: number): Record<string, unknown> {
  const target = traceTargetOf(n.found);
  const fit = n.fittingFigure;
  return {
    index,
    line: n.found.line,
    text: n.found.text,
    kind: n.found.kind,
    value: n.found.value,
    qualifier: n.found.qualifier,
    qualifierKind: n.found.qualifierKind,
    sentence: n.found.sentence,
    traced: n.traced,
    recomputed: n.recomputed,
    windowLow: n.window?.low ?? null,
    windowHigh: n.window?.high ?? null,
    figuresInWindow: n.traced ? n.inWindow : null,
    fittingFigure: fit ? hitRow(fit, 1) : null,
    fit: fit ? `${fit.description}: ${formatTraceValue(target, fit.value)} (${vintageOf(fit, target)})` : null,
    matches: n.matches.map((hit, i) => hitRow(hit, i + 1)),
    context: n.context ? { ...n.context, months: contextMonthKeys(n.context) } : null,
  };
}

/** "revised", or "first published 2023-12-22; revised 242,399". */
function vintageOf(hit: TraceHit, target: TraceTarget): string {
  if (hit.vintage === 'revised') return 'revised';
  const released = hit.sources.at(-1)?.released ?? '';
  return hit.revised === null ? `first published ${released}` : `first published ${released}; revised ${formatTraceValue(target, hit.revised)}`;
}

const SCAN_COLUMNS: Column[] = [
  { key: 'line', header: 'Line', kind: 'rank' },
  { key: 'text', header: 'Number', kind: 'text' },
  { key: 'kind', header: 'Kind', kind: 'text' },
  { key: 'qualifier', header: 'Qualifier', kind: 'text' },
  { key: 'recomputed', header: 'Recomputed', kind: 'text', value: (row) => (row.recomputed === null ? null : row.recomputed ? 'yes' : 'no') },
  { key: 'fit', header: 'Figure that fits the sentence', kind: 'text' },
  { key: 'value', header: 'Value', kind: 'number', machineOnly: true },
  { key: 'fittingValue', header: 'Fitting value', kind: 'number', machineOnly: true, value: (row) => (row.fittingFigure as { value: number } | null)?.value ?? null },
  { key: 'sentence', header: 'Sentence', kind: 'text', machineOnly: true },
];
