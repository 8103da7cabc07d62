// The output policy in one place: which format, whether colour, how wide; then the renderer.
import { colorEnabled, paletteFor } from './color.js';
import { renderDelimited } from './delimited.js';
import { renderJson, renderNdjson } from './json.js';
import type { CommandResult } from './result.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputSettings {
  format: Format;
  color: boolean;
  width: number;
  chart: boolean;
}

export interface GlobalOutputOptions {
  json?: boolean;
  format?: string;
  color?: boolean;
}

/** --json wins over --format; the default is a table on a terminal and tsv in a pipe. */
export function outputSettings(options: GlobalOutputOptions, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, chart = false): OutputSettings {
  const isTTY = stream.isTTY === true;
  const format = (options.json ? 'json' : options.format ?? (isTTY ? 'table' : 'tsv')) as Format;
  return {
    format,
    color: format === 'table' && colorEnabled({ isTTY, env, noColorFlag: options.color === false }),
    width: Math.max(60, stream.columns ?? (Number(env.COLUMNS ?? 0) || 100)),
    chart,
  };
}

export async function renderResult(result: CommandResult, settings: OutputSettings): Promise<string> {
  switch (settings.format) {
    case 'json': return renderJson(result);
    case 'ndjson': return renderNdjson(result);
    case 'tsv': return renderDelimited(result, '\t');
    case 'csv': return renderDelimited(result, ',');
    case 'table': return renderTable(result, { palette: await paletteFor(settings.color), color: settings.color, width: settings.width, chart: settings.chart });
  }
}
