// `--format svg` and `--format vega-lite`: a result as a chart file, or as the spec that draws it.
import type { CommandResult } from '../result.js';
import { chartOf } from './chart-model.js';
import { renderSvgDocument } from './chart-svg.js';
import { vegaLiteSpec } from './vega-lite-spec.js';

export async function renderChart(result: CommandResult, format: 'svg' | 'vega-lite'): Promise<string> {
  const model = chartOf(result);
  const spec = vegaLiteSpec(model);
  if (format === 'vega-lite') return `${JSON.stringify(spec, null, 2)}\n`;
  return renderSvgDocument(spec, { title: model.title, description: model.description });
}
