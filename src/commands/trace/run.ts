// Answers `border-facts trace <number>`: the target and window from the options, then the search.
import { parseTolerance, parseTraceTarget, type Tolerance } from '../../domain/trace/target.js';
import { SERIES_FORMATS } from '../../render/output.js';
import { emit, loadDataset, type CommandContext } from '../shared/context.js';
import { parsePositiveInteger } from '../shared/option-values.js';
import { DEFAULT_TOP, type TraceOptions } from './options.js';
import { traceResult } from './result.js';

export async function runTrace(number: string, options: TraceOptions, ctx: CommandContext): Promise<void> {
  const target = parseTraceTarget(number);
  const tolerance: Tolerance = options.tolerance === undefined ? { kind: 'default' } : parseTolerance(options.tolerance);
  const top = options.top === undefined ? DEFAULT_TOP : parsePositiveInteger(options.top, '--top');
  const dataset = loadDataset(ctx);
  await emit(ctx, traceResult(dataset, target, tolerance, top), SERIES_FORMATS);
}
