// The output policy in one place: which format, whether colour, how wide; then the renderer.
import { paletteFor, streamColor } from './color.js';
import { renderDelimited } from './delimited.js';
import { renderJson, renderNdjson } from './json.js';
import type { CommandResult } from './result.js';

export const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson'] as const;
/** Pictures of a result: for commands whose rows make a series or groups (encounters, seizures, trace). */
export const CHART_FORMATS = ['svg', 'vega-lite'] as const;
export const SERIES_FORMATS = [...FORMATS, ...CHART_FORMATS] as const;
export type Format = (typeof SERIES_FORMATS)[number];

export interface OutputSettings {
  format: Format;
  color: boolean;
  /** Columns a table may use; Infinity when nothing limits it (a file or pipe without COLUMNS). */
  width: number;
  chart: boolean;
}

export interface GlobalOutputOptions {
  json?: boolean;
  format?: string;
  color?: boolean;
}

export interface OutputStream {
  isTTY?: boolean;
  columns?: number;
}

/** --json wins over --format; the default is a table on a terminal and tsv in a pipe. */
export function outputSettings(options: GlobalOutputOptions, stream: OutputStream, env: Readonly<Record<string, string | undefined>>, chart = false): OutputSettings {
  const isTTY = stream.isTTY === true;
  const format = (options.json ? 'json' : options.format ?? (isTTY ? 'table' : 'tsv')) as Format;
  return {
    format,
    // Only tables are ever coloured: tsv, csv and JSON are for programs.
    color: format === 'table' && streamColor(stream, env, options.color === false),
    width: tableWidth(stream, env),
    chart,
  };
}

/** COLUMNS when set (the user's word), else the terminal's width, else no limit. */
export function tableWidth(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  if (stream.isTTY === true && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  return Infinity;
}

export async function renderResult(result: CommandResult, settings: OutputSettings): Promise<string> {
  switch (settings.format) {
    case 'json': return renderJson(result);
    case 'ndjson': return renderNdjson(result);
    case 'tsv': return renderDelimited(result, '\t');
    case 'csv': return renderDelimited(result, ',');
    case 'svg':
    case 'vega-lite': {
      // The chart code, and Vega behind it, load only for these formats.
      const { renderChart } = await import('./charts/render-chart.js');
      return renderChart(result, settings.format);
    }
    case 'table': {
      // The table renderer (and cli-table3 behind it) loads only when a table is drawn.
      const { renderTable } = await import('./table.js');
      return renderTable(result, { palette: await paletteFor(settings.color), color: settings.color, width: settings.width, chart: settings.chart });
    }
  }
}
