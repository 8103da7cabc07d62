// A chart model as a Vega-Lite spec with its data inline: what `--format vega-lite` prints and what
// chart-svg.ts renders. Plain JSON (no Vega code loads here), so it opens in the Vega editor,
// Observable or a newsroom's own pipeline unchanged.
import type { TopLevelSpec } from 'vega-lite';
import { wrapLines } from '../wrap.js';
import type { ChartModel, ChartPoint, PointBasis } from './chart-model.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Colours chosen for contrast on white: ink 16:1, the series 8.6:1, notes 10:1 (WCAG AA wants 4.5:1 for text, 3:1 for marks). */
export const CHART_COLORS = { ink: '#1a1a1a', series: '#1f4e79', pale: '#b9cde0', notes: '#3d3d3d', band: '#e8e8e8', reference: '#8a1c14' } as const;
export const CHART_FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';

const COLUMN_STEP = 22;
const BAR_STEP = 20;
const LINE_WIDTH = 720;
const DOT_PLOT_WIDTH = 300;
const HEIGHT = 300;
/** Characters of 10-pixel footnote text that fit a pixel width (estimated as Vega does without a canvas). */
const charsIn = (pixels: number) => Math.max(60, Math.floor(pixels / 6));

/** The words of each way a point was obtained, as the legend shows them. */
function basisWords(model: ChartModel): Record<PointBasis, string> {
  const total = model.valueTitle === 'Encounters' ? 'CBP total (Border Patrol + OFO)' : model.valueTitle;
  return {
    total,
    'border-patrol-only': 'Border Patrol only: no OFO count before FY2020, not a total',
    partial: 'Partial year (months so far)',
    figure: model.valueTitle,
  };
}

interface Datum extends ChartPoint {
  series: string;
  annotation: string;
}

export function vegaLiteSpec(model: ChartModel): TopLevelSpec {
  const words = basisWords(model);
  const values: Datum[] = model.points.map((point) => ({
    ...point,
    series: words[point.basis],
    annotation: [point.marker, point.partial ?? ''].filter((text) => text !== '').join(' '),
  }));
  const present = (Object.keys(words) as PointBasis[]).filter((basis) => model.points.some((p) => p.basis === basis));
  const chartWidth = model.kind === 'columns' ? Math.max(420, model.points.length * columnStep(model)) : model.kind === 'line' ? LINE_WIDTH : model.kind === 'dots' ? 760 : 560;
  const footer = [...model.notes.map((note) => `Note: ${note}`), model.source].flatMap((line) => wrapLines(line, charsIn(chartWidth + 120)));
  const body = model.kind === 'bars' ? barLayers(model) : model.kind === 'dots' ? dotLayers(model) : model.kind === 'line' ? lineLayers(model, present, words) : columnLayers(model, present, words);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: model.description,
    background: 'white',
    padding: 12,
    title: { text: model.title, anchor: 'start', fontSize: 16, color: CHART_COLORS.ink, subtitle: wrapLines(model.subtitle, 110), subtitleColor: CHART_COLORS.notes, subtitleFontSize: 11, offset: 12 },
    data: { values: values as unknown as Record<string, unknown>[] },
    vconcat: [{
      ...body,
      title: { text: footer, orient: 'bottom', anchor: 'start', fontSize: 10, fontWeight: 'normal', color: CHART_COLORS.notes, offset: 16, lineHeight: 13 },
    }],
    config: {
      // One image with one text alternative (chart-svg.ts), not a tree of unnamed marks.
      aria: false,
      font: CHART_FONT,
      view: { stroke: null },
      axis: { labelColor: CHART_COLORS.ink, titleColor: CHART_COLORS.ink, domainColor: '#595959', tickColor: '#595959', gridColor: '#dddddd', labelFontSize: 11, titleFontSize: 12 },
      legend: { labelColor: CHART_COLORS.ink, titleColor: CHART_COLORS.ink, labelFontSize: 11, labelLimit: 480, orient: 'top', direction: 'vertical' },
    },
  } as TopLevelSpec;
}


const valueAxis = (model: ChartModel) => ({ field: 'value', type: 'quantitative', title: model.valueTitle, axis: { format: model.percent ? '.1f' : ',d', grid: true } });

/** Fill, outline and dash say how a point was obtained (not colour alone): solid, hollow, pale and dashed. */
function basisEncoding(present: readonly PointBasis[], words: Record<PointBasis, string>) {
  const fills: Record<PointBasis, string> = { total: CHART_COLORS.series, 'border-patrol-only': '#ffffff', partial: CHART_COLORS.pale, figure: CHART_COLORS.series };
  const dashes: Record<PointBasis, number[]> = { total: [1, 0], 'border-patrol-only': [1, 0], partial: [4, 2], figure: [1, 0] };
  const domain = present.map((basis) => words[basis]);
  const legend = present.length > 1 ? { title: null, symbolType: 'square', symbolSize: 160, symbolStrokeWidth: 1.5, labelLimit: 0 } : null;
  return {
    fill: { field: 'series', type: 'nominal', scale: { domain, range: present.map((b) => fills[b]) }, legend },
    strokeDash: { field: 'series', type: 'nominal', scale: { domain, range: present.map((b) => dashes[b]) }, legend },
  };
}

function recordAndMarkers(x: Record<string, unknown>, y: Record<string, unknown>) {
  return [
    { mark: { type: 'text', dy: -7, fontSize: 11, color: CHART_COLORS.ink, baseline: 'bottom' }, transform: [{ filter: "datum.annotation != ''" }], encoding: { x, y, text: { field: 'annotation' } } },
    {
      mark: { type: 'text', dy: -20, fontSize: 11, fontWeight: 'bold', color: CHART_COLORS.ink, baseline: 'bottom', align: 'center' },
      transform: [{ filter: 'datum.record' }, { calculate: "'Record: ' + datum.valueText", as: 'recordText' }],
      encoding: { x, y, text: { field: 'recordText' } },
    },
  ];
}

const slanted = (model: ChartModel) => model.points.length > 12;

/** Level labels need room: about 7 pixels a character, and room for "2 of 12 months". */
function columnStep(model: ChartModel): number {
  if (slanted(model)) return COLUMN_STEP;
  const widest = Math.max(...model.points.map((p) => Math.max(p.label.length, p.partial ? 9 : 0)));
  return Math.max(COLUMN_STEP, widest * 7 + 10);
}

function columnLayers(model: ChartModel, present: readonly PointBasis[], words: Record<PointBasis, string>) {
  const x = { field: 'label', type: 'ordinal', sort: null, title: model.categoryTitle, axis: { labelAngle: slanted(model) ? -50 : 0 } };
  const y = valueAxis(model);
  return {
    width: { step: columnStep(model) },
    height: HEIGHT,
    layer: [
      {
        mark: { type: 'bar', stroke: CHART_COLORS.series, strokeWidth: 1.5 },
        encoding: { x, y, ...basisEncoding(present, words), strokeWidth: { condition: { test: 'datum.record', value: 3 }, value: 1.5 } },
      },
      ...recordAndMarkers(x, y),
    ],
  };
}

function lineLayers(model: ChartModel, present: readonly PointBasis[], words: Record<PointBasis, string>) {
  const x = { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: model.categoryTitle, axis: { format: '%Y', labelAngle: 0 } };
  const y = valueAxis(model);
  const dashes: Record<PointBasis, number[]> = { total: [1, 0], 'border-patrol-only': [5, 3], partial: [2, 2], figure: [1, 0] };
  return {
    width: LINE_WIDTH,
    height: HEIGHT,
    layer: [
      {
        mark: { type: 'line', color: CHART_COLORS.series, strokeWidth: 1.8 },
        encoding: {
          x, y,
          strokeDash: { field: 'series', type: 'nominal', scale: { domain: present.map((b) => words[b]), range: present.map((b) => dashes[b]) }, legend: present.length > 1 ? { title: null, symbolType: 'stroke', symbolStrokeWidth: 2, symbolSize: 300, labelLimit: 0 } : null },
        },
      },
      {
        mark: { type: 'point', shape: 'triangle-up', size: 28, color: CHART_COLORS.ink, filled: true },
        transform: [{ filter: "datum.marker != ''" }],
        encoding: { x, y, shape: { datum: 'Rounded or derived cells (markers as in the table; see the notes)', type: 'nominal', scale: { range: ['triangle-up'] }, legend: { title: null, labelLimit: 0 } } },
      },
      { mark: { type: 'point', size: 90, color: CHART_COLORS.ink, filled: false, strokeWidth: 2 }, transform: [{ filter: 'datum.record' }], encoding: { x, y } },
      {
        mark: { type: 'text', dy: -12, fontSize: 11, fontWeight: 'bold', color: CHART_COLORS.ink, align: 'right', baseline: 'bottom' },
        transform: [{ filter: 'datum.record' }, { calculate: "'Record: ' + datum.label + ', ' + datum.valueText", as: 'recordText' }],
        encoding: { x, y, text: { field: 'recordText' } },
      },
    ],
  };
}

function barLayers(model: ChartModel) {
  const y = { field: 'label', type: 'ordinal', sort: null, title: model.categoryTitle, axis: { labelLimit: 260 } };
  const x = valueAxis(model);
  return {
    width: 560,
    height: { step: BAR_STEP },
    layer: [
      { mark: { type: 'bar', color: CHART_COLORS.series, stroke: CHART_COLORS.series }, encoding: { x, y, strokeWidth: { condition: { test: 'datum.record', value: 3 }, value: 0 } } },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: CHART_COLORS.ink },
        transform: [{ calculate: "datum.record ? datum.valueText + ' (largest)' : datum.valueText", as: 'barText' }],
        encoding: { x, y, text: { field: 'barText' } },
      },
    ],
  };
}

function dotLayers(model: ChartModel) {
  const reference = model.reference!;
  const values = model.points.map((p) => p.value);
  const low = Math.min(reference.low, ...values);
  const high = Math.max(reference.high, ...values);
  const pad = (high - low) * 0.08 || Math.abs(reference.value) * 0.01 || 1;
  const x = { ...valueAxis(model), scale: { zero: false, domain: [low - pad, high + pad], nice: false } };
  // Ranks on the axis; each figure's name is written to the right of the plot, whole.
  const y = { field: 'key', type: 'ordinal', sort: null, title: '#', axis: { labelFontWeight: 'bold' } };
  return {
    width: DOT_PLOT_WIDTH,
    height: { step: 26 },
    layer: [
      { data: { values: [reference] }, mark: { type: 'rect', color: CHART_COLORS.band }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
      { data: { values: [reference] }, mark: { type: 'rule', color: CHART_COLORS.reference, strokeWidth: 2, strokeDash: [6, 3] }, encoding: { x: { field: 'value', type: 'quantitative' } } },
      {
        mark: { type: 'point', size: 80, color: CHART_COLORS.series, filled: true, opacity: 1 },
        encoding: { x, y, shape: { field: 'vintage', type: 'nominal', title: null, scale: { range: ['diamond', 'circle', 'square', 'triangle-up'] }, legend: { labelLimit: 0 } } },
      },
      {
        mark: { type: 'text', align: 'left', fontSize: 11, color: CHART_COLORS.ink },
        transform: [{ calculate: "datum.valueText + (datum.marker == '' ? '' : ' ' + datum.marker) + '  ' + datum.longLabel + ' (' + datum.vintage + ')'", as: 'dotText' }],
        encoding: { x: { value: DOT_PLOT_WIDTH + 14 }, y, text: { field: 'dotText' } },
      },
    ],
  };
}
