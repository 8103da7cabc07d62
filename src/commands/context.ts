// What every command shares: the global options, the dataset (opened on first use) and output.
import type { Command } from 'commander';
import { openDataset, type Dataset } from '../data/dataset.js';
import { locateDataset, type DatasetLocation } from '../data/location.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../domain/suggest.js';
import { CHART_FORMATS, outputSettings, renderResult, type OutputSettings } from '../render/output.js';
import type { CommandResult } from '../render/result.js';

export interface GlobalOptions {
  json?: boolean;
  format?: string;
  color?: boolean;
  dataDir?: string;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function datasetLocation(command: Command): DatasetLocation {
  return locateDataset(globalOptions(command).dataDir);
}

export function loadDataset(command: Command): Dataset {
  const location = datasetLocation(command);
  return openDataset(location.dir, location.restoreHint);
}

/** Checks --format against the formats this command can write. */
export function settingsFor(command: Command, formats: readonly string[], chart = false): OutputSettings {
  const options = globalOptions(command);
  if (options.format !== undefined && !formats.includes(options.format)) {
    if ((CHART_FORMATS as readonly string[]).includes(options.format)) {
      throw new UsageError(`'${options.format}' is not a format of ${command.name()}: its result is not a series to draw`, `charts are drawn for encounters, seizures and trace; ${command.name()} writes ${formats.join(', ')}`);
    }
    throw new UsageError(`'${options.format}' is not a format of ${command.name()}${didYouMean(options.format, formats)}`, `formats: ${formats.join(', ')}`);
  }
  return outputSettings(options, process.stdout, process.env, chart);
}

export function writeOut(text: string): void {
  process.stdout.write(text);
}

export async function emit(command: Command, result: CommandResult, formats: readonly string[], chart = false): Promise<void> {
  writeOut(await renderResult(result, settingsFor(command, formats, chart)));
}
