// The encounter series `trace` searches: Border Patrol, OFO and total for each region (revised
// data, the monthly series), and by citizenship nationwide and at the Southwest border.
import type { Coverage } from '../../data/vocabulary.js';
import { isFigure, type FigureSeries, type Subject } from './figure-series.js';
import { monthIndexOf } from './period-words.js';
import type { ShareSpec } from './trace-index.js';

export const TRACE_REGIONS = ['southwest', 'nationwide', 'northern', 'other'] as const;
export type TraceRegion = (typeof TRACE_REGIONS)[number];
export type EncounterComponent = 'total' | 'usbp' | 'ofo';

const REGION_WORDS: Record<TraceRegion, string> = {
  southwest: 'Southwest land border',
  nationwide: 'Nationwide',
  northern: 'Northern land border',
  other: 'Other-region (air, sea and coastal)',
};

export function encounterLabel(region: TraceRegion, component: EncounterComponent): string {
  const where = REGION_WORDS[region];
  if (component === 'usbp') return `${where} Border Patrol encounters (between ports of entry)`;
  if (component === 'ofo') return `${where} OFO encounters (at ports of entry)`;
  return `${where} encounters`;
}

export function encounterSubject(region: TraceRegion, component: EncounterComponent): Subject {
  return {
    dataset: 'encounters',
    region,
    component,
    citizenship: null,
    drug: null,
    label: encounterLabel(region, component),
    salience: TRACE_REGIONS.indexOf(region) + (component === 'total' ? 0 : 10),
    weight: component === 'total' ? 1 : 1.5,
  };
}

/** A stored table read column by column (the shape of data/compact-table's ColumnarTable). */
export interface StoredColumns {
  readonly length: number;
  dictionary(name: string): readonly string[];
  raw(name: string): ArrayLike<number | null>;
}

const COMPONENTS = ['total', 'usbp', 'ofo'] as const;

/** One series per region and component from the monthly series table, in one pass over its columns. */
export function encounterSeries(table: StoredColumns): { series: FigureSeries[]; shares: ShareSpec[] } {
  const monthIndexes = table.dictionary('month').map(monthIndexOf);
  const regionNames = table.dictionary('region');
  const months = table.raw('month');
  const regions = table.raw('region');
  const figures = COMPONENTS.map((component) => table.raw(component));
  const coverageColumns = COMPONENTS.map((component) => table.raw(`${component}Coverage`));
  const coverageNames = COMPONENTS.map((component) => table.dictionary(`${component}Coverage`) as readonly Coverage[]);
  const series: FigureSeries[] = [];
  const shares: ShareSpec[] = [];
  const totals = new Map<TraceRegion, FigureSeries>();
  for (const region of TRACE_REGIONS) {
    const code = regionNames.indexOf(region);
    if (code < 0) continue;
    let start = Infinity;
    let end = -Infinity;
    for (let r = 0; r < table.length; r++) {
      if (regions[r] !== code) continue;
      const index = monthIndexes[months[r]!]!;
      if (index < start) start = index;
      if (index > end) end = index;
    }
    if (start > end) continue;
    const span = end - start + 1;
    const values = COMPONENTS.map(() => new Array<number | null>(span).fill(null));
    const coverage = COMPONENTS.map(() => new Array<Coverage>(span).fill('unavailable'));
    for (let r = 0; r < table.length; r++) {
      if (regions[r] !== code) continue;
      const offset = monthIndexes[months[r]!]! - start;
      for (let c = 0; c < COMPONENTS.length; c++) {
        values[c]![offset] = figures[c]![r] ?? null;
        const flag = coverageColumns[c]![r];
        coverage[c]![offset] = flag === null || flag === undefined ? 'unavailable' : coverageNames[c]![flag]!;
      }
    }
    const byComponent = COMPONENTS.map((component, c): FigureSeries => ({
      id: `encounters:${region}:${component}`,
      subject: encounterSubject(region, component),
      unit: 'encounters',
      vintage: 'revised',
      start,
      values: values[c]!,
      coverage: coverage[c]!,
    }));
    series.push(...byComponent);
    const [total, usbp, ofo] = byComponent as [FigureSeries, FigureSeries, FigureSeries];
    totals.set(region, total);
    shares.push(
      { part: usbp, whole: total, label: `Border Patrol share of ${lowerNationwide(encounterLabel(region, 'total'))}` },
      { part: ofo, whole: total, label: `OFO share of ${lowerNationwide(encounterLabel(region, 'total'))}` },
    );
  }
  const nationwide = totals.get('nationwide');
  if (nationwide) {
    for (const region of ['southwest', 'northern', 'other'] as const) {
      const part = totals.get(region);
      if (part) shares.push({ part, whole: nationwide, label: `${REGION_WORDS[region]} share of nationwide encounters` });
    }
  }
  return { series, shares };
}

function lowerNationwide(label: string): string {
  return label.startsWith('Nationwide') ? `n${label.slice(1)}` : label;
}

// ---- by citizenship (the by-state table: every component, FY2020 onward) ----

/** The by-state table's columns, as stored: dictionary indexes and counts. */
export interface CitizenshipColumns {
  monthDictionary: readonly string[];
  regionDictionary: readonly string[];
  citizenshipDictionary: readonly string[];
  month: ArrayLike<number | null>;
  region: ArrayLike<number | null>;
  citizenship: ArrayLike<number | null>;
  count: ArrayLike<number | null>;
}

const CITIZENSHIP_NAMES: Record<string, string> = {
  'CHINA, PEOPLES REPUBLIC OF': 'China',
  'MYANMAR (BURMA)': 'Myanmar (Burma)',
  PHILIPPINES: 'the Philippines',
};

/** "CUBA" → "Cuba", "EL SALVADOR" → "El Salvador". */
export function citizenshipName(value: string): string {
  return CITIZENSHIP_NAMES[value] ?? value.toLowerCase().replace(/(^|[\s(-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function citizenshipPhrase(value: string): string {
  return value === 'OTHER' ? "citizens of other countries (CBP's 'Other' group)" : `citizens of ${citizenshipName(value)}`;
}

/**
 * Monthly sums by citizenship, nationwide and at the Southwest border, in one pass over the
 * columns (no row objects), with the all-citizenship totals the shares divide by.
 */
export function citizenshipSeries(columns: CitizenshipColumns): { series: FigureSeries[]; shares: ShareSpec[] } {
  const monthIndexes = columns.monthDictionary.map(monthIndexOf);
  if (monthIndexes.length === 0) return { series: [], shares: [] };
  const start = Math.min(...monthIndexes);
  const span = Math.max(...monthIndexes) - start + 1;
  const citizenships = columns.citizenshipDictionary.length;
  const southwest = columns.regionDictionary.indexOf('southwest');
  // Slot (citizenship, scope) → span months; scope 0 = nationwide, 1 = Southwest. The last
  // citizenship slot holds the all-citizenship totals.
  const sums = new Float64Array((citizenships + 1) * 2 * span);
  const seen = new Uint8Array(span);
  // Columns read into locals: this loop runs once per row, before any optimising compiler has looked at it.
  const { month, count: counts, citizenship: citizenshipColumn, region } = columns;
  const allCitizenships = citizenships * 2 * span;
  for (let r = 0; r < counts.length; r++) {
    const offset = monthIndexes[month[r]!]! - start;
    const count = counts[r]!;
    const at = citizenshipColumn[r]! * 2 * span + offset;
    seen[offset] = 1;
    sums[at]! += count;
    sums[allCitizenships + offset]! += count;
    if (region[r] === southwest) {
      sums[at + span]! += count;
      sums[allCitizenships + span + offset]! += count;
    }
  }
  // Months the table does not cover are missing (NaN) in every series; each series is a view of
  // the sums, never a copy.
  for (let offset = 0; offset < span; offset++) {
    if (seen[offset]) continue;
    for (let k = offset; k < sums.length; k += span) sums[k] = Number.NaN;
  }
  const slot = (citizenship: number, scope: number) => sums.subarray((citizenship * 2 + scope) * span, (citizenship * 2 + scope + 1) * span);
  const series: FigureSeries[] = [];
  const shares: ShareSpec[] = [];
  const scopes = [['nationwide', 0], ['southwest', 1]] as const;
  const wholes = scopes.map(([region, scope]): FigureSeries => ({
    id: `encounters:${region}:all-citizenships`,
    subject: encounterSubject(region, 'total'),
    unit: 'encounters',
    vintage: 'revised',
    start,
    values: slot(citizenships, scope),
  }));
  columns.citizenshipDictionary.forEach((value, c) => {
    for (const [region, scope] of scopes) {
      const regionWords = region === 'nationwide' ? 'Nationwide' : REGION_WORDS.southwest;
      const part: FigureSeries = {
        id: `encounters:${region}:citizenship:${value}`,
        subject: {
          dataset: 'encounters',
          region,
          component: 'total',
          citizenship: value,
          drug: null,
          label: `${regionWords} encounters of ${citizenshipPhrase(value)}`,
          salience: 20 + scope,
          weight: 2,
        },
        unit: 'encounters',
        vintage: 'revised',
        start,
        values: slot(c, scope),
      };
      series.push(part);
      shares.push({ part, whole: wholes[scope]!, label: `Share of ${citizenshipPhrase(value)} in ${region === 'nationwide' ? 'nationwide' : REGION_WORDS.southwest} encounters` });
    }
  });
  return { series, shares };
}

/**
 * Several citizenships taken together ("Cuba and Venezuela"), nationwide and at the Southwest
 * border, summed from their single-citizenship series, with their share of the region's total.
 */
export function combinedCitizenshipSeries(catalog: { series: readonly FigureSeries[]; shares: readonly ShareSpec[] }, citizenships: readonly string[]): { series: FigureSeries[]; shares: ShareSpec[] } {
  const series: FigureSeries[] = [];
  const shares: ShareSpec[] = [];
  const sorted = [...citizenships].sort();
  for (const region of ['nationwide', 'southwest'] as const) {
    const parts = sorted.map((value) => catalog.series.find((s) => s.id === `encounters:${region}:citizenship:${value}`));
    if (parts.length < 2 || parts.some((part) => part === undefined)) continue;
    const first = parts[0]!;
    const whole = catalog.shares.find((spec) => spec.part === first)?.whole;
    const values = Array.from({ length: first.values.length }, (_, i) => {
      let sum = 0;
      for (const part of parts) {
        const value = part!.values[i];
        if (!isFigure(value)) return null;
        sum += value;
      }
      return sum;
    });
    const names = sorted.map(citizenshipName);
    const phrase = `citizens of ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const where = region === 'nationwide' ? 'Nationwide' : REGION_WORDS.southwest;
    const combined: FigureSeries = {
      id: `encounters:${region}:citizenship:${sorted.join('+')}`,
      subject: { ...first.subject, citizenship: sorted.join(' + '), label: `${where} encounters of ${phrase}` },
      unit: 'encounters',
      vintage: 'revised',
      start: first.start,
      values,
    };
    series.push(combined);
    if (whole) shares.push({ part: combined, whole, label: `Share of ${phrase} in ${region === 'nationwide' ? 'nationwide' : REGION_WORDS.southwest} encounters` });
  }
  return { series, shares };
}
