// What every command shares: its streams and environment (CommandIO), the global options, the
// dataset (opened on first use) and output.
import type { Command } from 'commander';
import { openDataset, type Dataset } from '../../data/dataset.js';
import { locateDataset, type DatasetLocation } from '../../data/location.js';
import { UsageError } from '../../errors.js';
import { didYouMean } from '../../domain/suggest.js';
import { CHART_FORMATS, outputSettings, renderResult, type OutputSettings } from '../../render/output.js';
import type { CommandResult } from '../../render/result.js';
import type { CommandIO } from './io.js';

export interface GlobalOptions {
  json?: boolean;
  format?: string;
  color?: boolean;
  dataDir?: string;
}

/** One run of one command: what its run code needs besides its own options. */
export interface CommandContext {
  io: CommandIO;
  globals: GlobalOptions;
  /** The command's name, for messages ("'xml' is not a format of encounters"). */
  name: string;
}

export function commandContext(command: Command, io: CommandIO): CommandContext {
  return { io, globals: command.optsWithGlobals<GlobalOptions>(), name: command.name() };
}

export function datasetLocation(ctx: CommandContext): DatasetLocation {
  return locateDataset(ctx.globals.dataDir, ctx.io.env);
}

export function loadDataset(ctx: CommandContext): Dataset {
  const location = datasetLocation(ctx);
  return openDataset(location.dir, location.restoreHint);
}

/** Checks --format against the formats this command can write. */
export function settingsFor(ctx: CommandContext, formats: readonly string[], chart = false): OutputSettings {
  const { format } = ctx.globals;
  if (format !== undefined && !formats.includes(format)) {
    if ((CHART_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`'${format}' is not a format of ${ctx.name}: its result is not a series to draw`, `charts are drawn for encounters, seizures and trace; ${ctx.name} writes ${formats.join(', ')}`);
    }
    throw new UsageError(`'${format}' is not a format of ${ctx.name}${didYouMean(format, formats)}`, `formats: ${formats.join(', ')}`);
  }
  return outputSettings(ctx.globals, ctx.io.stdout, ctx.io.env, chart);
}

export function writeOut(ctx: CommandContext, text: string): void {
  ctx.io.stdout.write(text);
}

/** A message for the user on stderr (never data). */
export function say(ctx: CommandContext, text: string): void {
  ctx.io.stderr.write(`${text}\n`);
}

export async function emit(ctx: CommandContext, result: CommandResult, formats: readonly string[], chart = false): Promise<void> {
  writeOut(ctx, await renderResult(result, settingsFor(ctx, formats, chart)));
}
