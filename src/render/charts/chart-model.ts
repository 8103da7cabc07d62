// What a chart of a command's result shows, as plain data: the points, how each was obtained
// (Border Patrol alone, rounded or derived cells, a partial year), the record, the title, units,
// notes and sources. Read from the JSON rows every command already builds, so a command does not
// know charts exist; vega-lite-spec.ts draws it.
import { UsageError } from '../../errors.js';
import { monthLabel, monthLongLabel, splitMonth, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../domain/periods.js';
import { formatDecimal } from '../../domain/words.js';
import type { CommandResult, SourceRef } from '../result.js';

/**
 * How a point was obtained. A Border Patrol-only figure (before FY2020) is not a total and is drawn
 * apart from totals; a partial fiscal or calendar year is drawn apart from whole ones.
 */
export type PointBasis = 'total' | 'border-patrol-only' | 'partial' | 'figure';

export interface ChartPoint {
  /** Unique, in drawing order: "2023-11", "FY2024", "MEXICO", "3". */
  key: string;
  /** The category axis label: "2023", "Nov 2023", "FY2024", "MEXICO". */
  label: string;
  /** The label in a sentence: "November 2023". */
  longLabel: string;
  /** First day of the month for monthly series (a time axis); null otherwise. */
  date: string | null;
  value: number;
  valueText: string;
  basis: PointBasis;
  /** The table's coverage markers of the row's non-exact cells ("~ ~*"), or ''. */
  marker: string;
  /** "2 of 12 months" for a partial year, else null. */
  partial: string | null;
  record: boolean;
  /** trace: first-published or revised. */
  vintage: string | null;
}

export type ChartKind = 'columns' | 'line' | 'bars' | 'dots';

export interface ChartReference {
  value: number;
  label: string;
  low: number;
  high: number;
}

export interface ChartModel {
  kind: ChartKind;
  title: string;
  /** The value axis, with its unit: "Encounters", "Drugs seized (pounds)". */
  valueTitle: string;
  /** Under the title: what is drawn, and for groups the period: "Encounters by fiscal year." */
  subtitle: string;
  /** The category axis: "November of each year", "Fiscal year", "Citizenship". */
  categoryTitle: string;
  /** The same in a sentence: "November of each year", "fiscal year", "citizenship". */
  categoryWords: string;
  /** Whether values are percentages (trace of a percentage). */
  percent: boolean;
  points: ChartPoint[];
  /** trace: the number searched for and its window. */
  reference: ChartReference | null;
  /** The result's notes (record, coverage legend, scope), in order. */
  notes: string[];
  /** "Source: U.S. Customs and Border Protection (CBP), … (November 2025 release)." */
  source: string;
  /** The chart in words, for a screen reader and for anyone who cannot see it. */
  description: string;
}

/** Up to this many periods draw as columns; more as a line over time. */
export const MAX_COLUMNS = 40;

const MARKERS: Record<string, string> = { rounded: '~', derived: '*', 'derived-approx': '~*', 'earlier-release': '^' };
const CATEGORY_TITLES: Record<string, string> = {
  citizenship: 'Citizenship', demographic: 'Demographic', state: 'State', authority: 'Title of authority',
  encounterType: 'Encounter type', region: 'Region', component: 'Component', drug: 'Drug', label: 'Drug',
};

export function chartOf(result: CommandResult): ChartModel {
  if (result.command === 'trace') return traceChart(result);
  if (result.rows.length === 0) throw nothingToDraw(result, 'the result has no rows');
  return result.rows.some((row) => typeof row.period === 'string') ? periodChart(result) : groupChart(result);
}

function nothingToDraw(result: CommandResult, why: string): UsageError {
  return new UsageError(`nothing to chart: ${why}`, `ask ${result.command} for rows (see its --json), or use another --format`);
}

// ---- periods: months, fiscal years, calendar years ----

function periodChart(result: CommandResult): ChartModel {
  const key = result.chartKey ?? 'count';
  const drawn = result.rows.filter((row) => typeof row[key] === 'number');
  if (drawn.length === 0) throw nothingToDraw(result, `no row has a figure (${key}) to draw`);
  const monthly = drawn.every((row) => /^\d{4}-\d{2}$/.test(String(row.period)));
  const monthsOfYear = new Set(drawn.map((row) => (monthly ? splitMonth(String(row.period)).month : 0)));
  const oneMonthOfYear = monthly && monthsOfYear.size === 1;
  const ranked = drawn.filter((row) => row.rank === 1);
  const points = drawn.map((row): ChartPoint => {
    const period = String(row.period);
    const value = row[key] as number;
    const partial = row.complete === false && typeof row.months === 'number' ? `${row.months} of 12 months` : null;
    return {
      key: period,
      label: monthly ? (oneMonthOfYear ? String(splitMonth(period).year) : monthLabel(period)) : period,
      longLabel: monthly ? monthLongLabel(period) : period,
      date: monthly ? `${period}-01` : null,
      value,
      valueText: valueText(value),
      basis: partial ? 'partial' : row.countBasis === 'usbp' && result.query.component === 'all' ? 'border-patrol-only' : 'total',
      marker: coverageMarker(row),
      partial,
      record: drawn.length > 1 && ranked.length === 1 && ranked[0] === row,
      vintage: null,
    };
  });
  const by = String(result.query.by ?? 'month');
  const categoryTitle = oneMonthOfYear ? `${MONTH_NAMES[[...monthsOfYear][0]! - 1]} of each year` : by === 'fy' ? 'Fiscal year' : by === 'year' ? 'Calendar year' : 'Month';
  const kind: ChartKind = points.length > MAX_COLUMNS && monthly ? 'line' : 'columns';
  return finish(result, { kind, categoryTitle, points, reference: null, percent: false });
}

/** The markers the table draws beside the row's non-exact cells. */
function coverageMarker(row: Record<string, unknown>): string {
  const coverage = row.coverage;
  if (coverage === null || typeof coverage !== 'object') return typeof coverage === 'string' ? MARKERS[coverage] ?? '' : '';
  const marks = Object.values(coverage as Record<string, string>).map((c) => MARKERS[c]).filter((m): m is string => m !== undefined);
  return [...new Set(marks)].join(' ');
}

// ---- groups: citizenship, state, drug, region, … ----

function groupChart(result: CommandResult): ChartModel {
  const key = result.chartKey ?? 'count';
  // The "all drugs" row is the sum of the others, not a group beside them.
  const drawn = result.rows.filter((row) => row.isTotal !== true && typeof row[key] === 'number');
  if (drawn.length === 0) throw nothingToDraw(result, `no group has a figure (${key}) to draw`);
  const labelKey = result.columns.find((column) => column.kind === 'text' && !column.machineOnly)?.key ?? 'label';
  const points = drawn.map((row, i): ChartPoint => ({
    key: String(i + 1),
    label: String(row[labelKey] ?? '—'),
    longLabel: String(row[labelKey] ?? '—'),
    date: null,
    value: row[key] as number,
    valueText: valueText(row[key] as number),
    basis: 'figure',
    marker: '',
    partial: null,
    record: drawn.length > 1 && row.rank === 1,
    vintage: null,
  }));
  return finish(result, { kind: 'bars', categoryTitle: CATEGORY_TITLES[labelKey] ?? labelKey, points, reference: null, percent: false });
}

// ---- trace: the figures near a number ----

function traceChart(result: CommandResult): ChartModel {
  const target = result.query.value as number;
  const percent = result.query.unit === 'percent';
  if (result.rows.length === 0) {
    throw new UsageError(`nothing to chart: no figure lies near ${String(result.query.number)}`, 'widen the search with --tolerance (for example --tolerance 2%)');
  }
  const points = result.rows.map((row): ChartPoint => ({
    key: String(row.rank),
    label: `${String(row.rank)}. ${String(row.description)}`,
    longLabel: String(row.description),
    date: null,
    value: row.value as number,
    valueText: percent ? `${formatDecimal(row.value as number, 2)}%` : formatDecimal(row.value as number, Number.isInteger(row.value) ? 0 : 2),
    basis: 'figure',
    marker: coverageMarker(row),
    partial: null,
    record: false,
    vintage: row.vintage === 'first-published' ? `first published ${String(row.released ?? '')}`.trim() : 'revised',
  }));
  const reference: ChartReference = {
    value: target,
    label: `${String(result.query.number)}, the number traced`,
    low: result.query.low as number,
    high: result.query.high as number,
  };
  return finish(result, { kind: 'dots', categoryTitle: 'Figure (closest first)', points, reference, percent });
}

// ---- shared ----

/** Whole numbers: counts are whole, and pounds to the pound are precise enough for a chart label. */
function valueText(value: number): string {
  return formatDecimal(value, 0);
}

function valueTitleOf(result: CommandResult, percent: boolean): string {
  if (percent) return 'Percent';
  if (result.command === 'seizures') return `Drugs seized (${result.query.unit === 'kg' ? 'kilograms' : 'pounds'})`;
  if (result.command === 'trace') return `Value (${String(result.rows[0]?.unit ?? 'count')})`;
  const component = result.query.component;
  return component === 'usbp' ? 'Border Patrol encounters' : component === 'ofo' ? 'OFO encounters' : 'Encounters';
}

type Drawn = Pick<ChartModel, 'kind' | 'categoryTitle' | 'points' | 'reference' | 'percent'>;

function finish(result: CommandResult, drawn: Drawn): ChartModel {
  const title = result.title ?? result.command;
  const valueTitle = valueTitleOf(result, drawn.percent);
  const source = sourceLine(result.sources);
  // Month names keep their capital in a sentence; "Fiscal year" does not.
  const categoryWords = MONTH_NAMES.some((name) => drawn.categoryTitle.startsWith(name)) ? drawn.categoryTitle : drawn.categoryTitle.toLowerCase();
  const subtitle = drawn.kind === 'dots'
    ? `${valueTitle}; the dashed line marks ${drawn.reference?.label ?? 'the number'}, the grey band the tolerance searched.`
    : drawn.kind === 'bars' ? `${valueTitle}, ${periodWords(result.query)}, by ${categoryWords}.` : `${valueTitle} by ${categoryWords}.`;
  const model = { ...drawn, title, valueTitle, subtitle, categoryWords, notes: result.notes, source };
  return { ...model, description: describe(model) };
}

/** The months a grouped result covers, in words: "November 2023", "FY2020–FY2024", "every November". */
export function periodWords(query: Record<string, unknown>): string {
  const selection = query.selection as { first: string | null; last: string | null } | undefined;
  if (selection?.first && selection.last) return rangeWords(selection.first, selection.last);
  const years = (range: unknown, prefix: string) => {
    const { first, last } = range as { first: number; last: number };
    return first === last ? `${prefix}${first}` : `${prefix}${first}–${prefix}${last}`;
  };
  const parts: string[] = [];
  const month = query.month;
  if (typeof month === 'string') {
    const index = MONTH_ABBREVIATIONS.indexOf(month as (typeof MONTH_ABBREVIATIONS)[number]);
    parts.push(index >= 0 ? `every ${MONTH_NAMES[index]}` : monthLongLabel(month));
  }
  if (query.fiscalYears) parts.push(years(query.fiscalYears, 'FY'));
  if (query.calendarYears) parts.push(`calendar ${years(query.calendarYears, '')}`);
  if (typeof query.from === 'string' || typeof query.to === 'string') {
    parts.push([typeof query.from === 'string' ? `from ${monthLongLabel(query.from)}` : '', typeof query.to === 'string' ? `to ${monthLongLabel(query.to)}` : ''].filter(Boolean).join(' '));
  }
  return parts.length > 0 ? parts.join(', ') : 'every month in the data';
}

function rangeWords(first: string, last: string): string {
  return first === last ? monthLongLabel(first) : `${monthLongLabel(first)} to ${monthLongLabel(last)}`;
}

/** "Source: CBP, Nationwide Encounters by state, FY2023–FY2026 (November 2025 release); …". */
export function sourceLine(sources: readonly SourceRef[]): string {
  if (sources.length === 0) return 'Source: border-facts dataset.';
  const byPublisher = new Map<string, string[]>();
  for (const source of sources) {
    const list = byPublisher.get(source.publisher) ?? [];
    list.push(`${source.title}${source.release ? ` (release: ${source.release})` : ''}`);
    byPublisher.set(source.publisher, list);
  }
  return `Source: ${[...byPublisher].map(([publisher, titles]) => `${publisher}: ${titles.join('; ')}`).join('. ')}.`;
}

function describe(drawn: Omit<ChartModel, 'description'>): string {
  const { points, title, valueTitle, source } = drawn;
  const shape = drawn.kind === 'line' ? 'Line chart' : drawn.kind === 'columns' ? 'Column chart' : drawn.kind === 'bars' ? 'Bar chart' : 'Dot chart';
  const sentences = [`${shape}: ${title}. ${valueTitle} by ${drawn.categoryWords}, ${points.length} ${points.length === 1 ? 'value' : 'values'}${points.length > 1 ? `, from ${points[0]!.longLabel} to ${points[points.length - 1]!.longLabel}` : ''}.`];
  if (points.length > 1 && drawn.kind !== 'dots') {
    const high = points.reduce((a, p) => (p.value > a.value ? p : a));
    const low = points.reduce((a, p) => (p.value < a.value ? p : a));
    sentences.push(`Highest: ${high.longLabel}, ${high.valueText}; lowest: ${low.longLabel}, ${low.valueText}.`);
  }
  const record = points.find((p) => p.record);
  if (record) sentences.push(`Marked as the record: ${record.longLabel}, ${record.valueText}.`);
  const bpOnly = points.filter((p) => p.basis === 'border-patrol-only');
  if (bpOnly.length > 0) sentences.push(`${bpOnly.length} ${bpOnly.length === 1 ? 'value counts' : 'values count'} Border Patrol alone (${bpOnly[0]!.longLabel}${bpOnly.length > 1 ? ` to ${bpOnly[bpOnly.length - 1]!.longLabel}` : ''}), drawn hollow: no OFO count exists before FY2020, so they are not totals.`);
  const partial = points.filter((p) => p.partial);
  for (const p of partial) sentences.push(`${p.longLabel} is a partial year (${p.partial}), drawn pale with a dashed outline.`);
  const marked = points.filter((p) => p.marker !== '');
  if (marked.length > 0) sentences.push(`Cells not counted exactly are marked: ${marked.map((p) => `${p.longLabel} ${p.marker}`).join(', ')} (see the notes).`);
  if (drawn.reference) {
    const { reference } = drawn;
    sentences.push(`Each dot is a figure near ${reference.label.replace(/, the number traced$/, '')}, drawn against a line at that number: ${points.map((p) => `${p.label} ${p.valueText} (${p.vintage})`).join('; ')}.`);
  }
  sentences.push(source);
  return sentences.join(' ');
}
