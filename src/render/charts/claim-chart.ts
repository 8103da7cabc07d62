// The small chart beside a claim in the HTML report: the series around the figure, the claim's
// period marked and labelled with the recomputed value, the claimed value as a dashed line (where
// it has a level in the series' unit), Border Patrol-only periods hollow, approximate ones marked.
import type { TopLevelSpec } from 'vega-lite';
import type { ClaimSeries, SeriesPoint } from '../../domain/claims/claim-series.js';
import { formatDecimal } from '../../domain/words.js';
import { CHART_COLORS, CHART_FONT, VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

export interface ClaimChart {
  spec: TopLevelSpec;
  title: string;
  /** The chart in words: its text alternative. */
  description: string;
}

const WIDTH = 460;
const HEIGHT = 150;
const MAX_COLUMNS = 30;
const UNIT_WORDS: Record<ClaimSeries['unit'], string> = { encounters: 'Encounters', pounds: 'Pounds', 'seizure-events': 'Seizure events', percent: 'Percent' };

function amount(value: number, unit: ClaimSeries['unit']): string {
  return unit === 'percent' ? `${formatDecimal(value, 1)}%` : formatDecimal(value, 0);
}

const LINE_WORDS = { bp: 'Border Patrol only (no total before FY2020)', total: 'Total' } as const;

type Kind = 'focus' | 'border-patrol-only' | 'other';
const KIND_WORDS: Record<Kind, string> = {
  focus: "The claim's period",
  'border-patrol-only': 'Border Patrol only (no total before FY2020)',
  other: 'Other periods',
};

export function claimChart(series: ClaimSeries): ClaimChart | null {
  const points = series.points.filter((p): p is SeriesPoint & { value: number } => p.value !== null);
  if (points.length === 0) return null;
  const title = `${capitalise(series.what)}, ${series.per}`;
  const values = points.map((p) => {
    const kind: Kind = p.focus ? 'focus' : p.borderPatrolOnly ? 'border-patrol-only' : 'other';
    return {
      ...p,
      kind: KIND_WORDS[kind],
      valueText: amount(p.value, series.unit),
      // A change's two periods sit side by side: their letters fit, their values are in the caption.
      focusText: series.focusLabels[p.key] ?? `Recomputed ${amount(p.value, series.unit)}`,
      mark: [p.approximate ? '~' : '', p.key === series.recordKey ? 'Record' : ''].filter(Boolean).join(' '),
    };
  });
  const kinds = (Object.keys(KIND_WORDS) as Kind[]).filter((k) => values.some((v) => v.kind === KIND_WORDS[k]));
  const fills: Record<Kind, string> = { focus: CHART_COLORS.series, 'border-patrol-only': '#ffffff', other: '#8fb0cf' };
  const columns = points.length <= MAX_COLUMNS;
  const x = columns
    ? { field: 'label', type: 'ordinal', sort: null, title: null, axis: { labelAngle: points.length > 10 ? -50 : 0, labelFontSize: 10 } }
    : { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: null, axis: { format: '%Y', labelFontSize: 10 } };
  const y = { field: 'value', type: 'quantitative', title: UNIT_WORDS[series.unit], axis: { format: series.unit === 'percent' ? '.0f' : ',d', tickCount: 4 } };
  const data = values.map((v) => ({ ...v, date: `${v.key.slice(0, 7)}-01`, line: v.borderPatrolOnly ? LINE_WORDS.bp : LINE_WORDS.total }));
  const lines = [LINE_WORDS.bp, LINE_WORDS.total].filter((l) => data.some((d) => d.line === l));
  const marks: Record<string, unknown>[] = columns
    ? [{
        mark: { type: 'bar', stroke: CHART_COLORS.series },
        encoding: {
          x, y,
          fill: { field: 'kind', type: 'nominal', scale: { domain: kinds.map((k) => KIND_WORDS[k]), range: kinds.map((k) => fills[k]) }, legend: { title: null, orient: 'bottom', direction: 'horizontal', labelLimit: 0, symbolType: 'square', symbolStrokeColor: CHART_COLORS.series } },
          strokeWidth: { condition: { test: 'datum.focus', value: 2.5 }, value: 1 },
        },
      }]
    : [
        {
          // Border Patrol-only stretches dashed, totals solid: the break at FY2020 stays visible.
          mark: { type: 'line', color: '#4a6f96', strokeWidth: 1.5 },
          encoding: {
            x, y,
            strokeDash: { field: 'line', type: 'nominal', scale: { domain: lines, range: lines.map((l) => (l === LINE_WORDS.bp ? [5, 3] : [1, 0])) }, legend: lines.length > 1 ? { title: null, orient: 'bottom', direction: 'horizontal', labelLimit: 0, symbolType: 'stroke' } : null },
          },
        },
        { mark: { type: 'point', filled: true, size: 70, color: CHART_COLORS.series }, transform: [{ filter: 'datum.focus' }], encoding: { x, y } },
      ];
  marks.push({
    mark: { type: 'text', dy: -5, baseline: 'bottom', fontSize: 10, color: CHART_COLORS.ink, ...(columns ? {} : { align: 'right', dx: -6 }) },
    transform: [{ filter: "datum.mark != ''" }],
    encoding: { x, y, text: { field: 'mark' } },
  });
  marks.push({
    // Above the plot, over its period: a taller neighbour cannot hide it.
    mark: { type: 'text', baseline: 'bottom', fontSize: 11, fontWeight: 'bold', color: CHART_COLORS.ink, align: 'center' },
    transform: [{ filter: 'datum.focus' }],
    encoding: { x, y: { value: -4 }, text: { field: 'focusText' } },
  });
  if (series.claimed) {
    marks.push(
      { data: { values: [series.claimed] }, mark: { type: 'rule', color: CHART_COLORS.reference, strokeWidth: 2, strokeDash: [6, 3] }, encoding: { y: { field: 'value', type: 'quantitative' } } },
      {
        data: { values: [{ ...series.claimed, label: `Claimed ${amount(series.claimed.value, series.unit)}` }] },
        mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, fontSize: 11, fontWeight: 'bold', color: CHART_COLORS.reference, x: 'width' },
        encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
      },
    );
  }
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    description: '',
    background: 'white',
    padding: 6,
    width: columns ? Math.min(WIDTH, Math.max(200, points.length * 24)) : WIDTH,
    height: HEIGHT,
    data: { values: data },
    layer: marks,
    config: { aria: false, font: CHART_FONT, view: { stroke: null }, axis: { labelColor: CHART_COLORS.ink, titleColor: CHART_COLORS.ink, gridColor: '#dddddd', domainColor: '#595959', tickColor: '#595959' }, legend: { labelColor: CHART_COLORS.ink } },
  } as unknown as TopLevelSpec;
  const description = describe(series, points, title);
  (spec as { description: string }).description = description;
  return { spec, title, description };
}

function describe(series: ClaimSeries, points: readonly (SeriesPoint & { value: number })[], title: string): string {
  const shape = points.length <= MAX_COLUMNS ? 'Column chart' : 'Line chart';
  const sentences = [`${shape}: ${title}, ${points.length} ${points.length === 1 ? 'period' : 'periods'} from ${points[0]!.label} to ${points[points.length - 1]!.label}.`];
  const focus = points.filter((p) => p.focus);
  if (focus.length > 0) sentences.push(`The claim's ${focus.length === 1 ? 'period' : 'periods'}, drawn dark with a thick outline: ${focus.map((p) => `${p.label} ${series.focusLabels[p.key] ? `(${series.focusLabels[p.key]}) ` : ''}${amount(p.value, series.unit)}`).join(', ')}.`);
  if (series.claimed) sentences.push(`The claimed value, a dashed line: ${series.claimed.text}.`);
  if (series.claimedNote) sentences.push(series.claimedNote);
  const record = points.find((p) => p.key === series.recordKey);
  if (record) sentences.push(`Record: ${record.label}, ${amount(record.value, series.unit)}.`);
  const high = points.reduce((a, p) => (p.value > a.value ? p : a));
  const low = points.reduce((a, p) => (p.value < a.value ? p : a));
  if (points.length > 2) sentences.push(`Highest ${high.label} (${amount(high.value, series.unit)}), lowest ${low.label} (${amount(low.value, series.unit)}).`);
  const bpOnly = points.filter((p) => p.borderPatrolOnly);
  if (bpOnly.length > 0) sentences.push(`${bpOnly.length} ${bpOnly.length === 1 ? 'period counts' : 'periods count'} Border Patrol alone, drawn ${points.length <= MAX_COLUMNS ? 'hollow' : 'dashed'}: no OFO count exists before FY2020.`);
  const approximate = points.filter((p) => p.approximate);
  if (approximate.length > 0) sentences.push(`Marked ~ (a rounded or derived figure went in): ${approximate.map((p) => p.label).join(', ')}.`);
  return sentences.join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
