// The drug-seizure series `trace` searches: pounds and events by drug (and all drugs), for CBP's
// nationwide series (OFO + Border Patrol), its Southwest part, and with Air and Marine Operations
// added, summed in one pass over the columns of the seizure summary table.
import { DRUGS } from '../../data/vocabulary.js';
import { DRUG_LABELS } from '../seizures/labels.js';
import type { FigureSeries, FigureUnit } from './figure-series.js';
import { monthIndexOf } from './period-words.js';
import type { ShareSpec } from './trace-index.js';

/** A seizure table's columns, as stored: dictionary indexes, events and pounds. */
export interface SeizureColumns {
  monthDictionary: readonly string[];
  componentDictionary: readonly string[];
  regionDictionary: readonly string[];
  drugDictionary: readonly string[];
  month: ArrayLike<number | null>;
  component: ArrayLike<number | null>;
  region: ArrayLike<number | null>;
  drug: ArrayLike<number | null>;
  events: ArrayLike<number | null>;
  pounds: ArrayLike<number | null>;
}

interface Scope {
  region: 'nationwide' | 'southwest';
  component: 'ofo+usbp' | 'ofo+usbp+amo';
  /** "seized by OFO and Border Patrol nationwide" */
  words: string;
  salience: number;
  weight: number;
  /** Whether a row of this component and region counts in the scope. */
  counts(component: string, region: string): boolean;
}

const SCOPES: readonly Scope[] = [
  {
    region: 'nationwide', component: 'ofo+usbp', words: 'seized by OFO and Border Patrol nationwide', salience: 30, weight: 1,
    counts: (component) => component === 'ofo' || component === 'usbp',
  },
  {
    region: 'southwest', component: 'ofo+usbp', words: 'seized by OFO and Border Patrol at the Southwest border', salience: 31, weight: 2,
    counts: (component, region) => (component === 'ofo' || component === 'usbp') && region === 'southwest',
  },
  {
    region: 'nationwide', component: 'ofo+usbp+amo', words: 'seized by OFO, Border Patrol and Air and Marine Operations nationwide', salience: 32, weight: 2,
    counts: () => true,
  },
];

const DRUG_IDS = ['all', ...DRUGS] as const;

function drugWords(drug: string): string {
  if (drug === 'all') return 'All drugs';
  const label = DRUG_LABELS[drug as keyof typeof DRUG_LABELS] ?? drug;
  return label[0]!.toUpperCase() + label.slice(1);
}

export function seizureSeries(tables: readonly SeizureColumns[]): { series: FigureSeries[]; shares: ShareSpec[] } {
  const indexes = tables.flatMap((t) => t.monthDictionary.map(monthIndexOf));
  if (indexes.length === 0) return { series: [], shares: [] };
  const start = Math.min(...indexes);
  const span = Math.max(...indexes) - start + 1;
  const drugs = DRUG_IDS.length;
  // Slot (scope, drug, measure) → span months; measure 0 = pounds, 1 = events.
  const sums = new Float64Array(SCOPES.length * drugs * 2 * span);
  const slot = (scope: number, drug: number, measure: number) => ((scope * drugs + drug) * 2 + measure) * span;
  // A scope has a month only when every component it sums has rows that month (the Air and
  // Marine Operations release ends months before the nationwide one).
  const componentsSeen = new Map<string, Uint8Array>();
  const stride = drugs * 2 * span;
  for (const table of tables) {
    const monthOffsets = table.monthDictionary.map((m) => monthIndexOf(m) - start);
    const drugIndex = table.drugDictionary.map((d) => DRUG_IDS.indexOf(d as (typeof DRUG_IDS)[number]));
    const seen = table.componentDictionary.map((component) => {
      if (!componentsSeen.has(component)) componentsSeen.set(component, new Uint8Array(span));
      return componentsSeen.get(component)!;
    });
    // Each row is added to the scopes its component and region count in (one to three), per drug;
    // all drugs are summed afterwards, month by month. Columns are read into locals: this loop
    // runs once per row, before any optimising compiler has looked at it.
    const regions = table.regionDictionary.length;
    const classes = table.componentDictionary.flatMap((component) => table.regionDictionary.map((region) =>
      SCOPES.reduce((mask, scope, s) => (scope.counts(component, region) ? mask | (1 << s) : mask), 0)));
    const { month, drug: drugs_, component: components, region: regionColumn, pounds, events } = table;
    const twoSpan = 2 * span;
    for (let r = 0; r < month.length; r++) {
      const drug = drugIndex[drugs_[r]!]!;
      if (drug <= 0) continue;
      const component = components[r]!;
      const offset = monthOffsets[month[r]!]!;
      const p = pounds[r] ?? 0;
      const e = events[r] ?? 0;
      const at = drug * twoSpan + offset;
      const mask = classes[component * regions + regionColumn[r]!]!;
      if (mask & 1) { sums[at]! += p; sums[at + span]! += e; }
      if (mask & 2) { sums[stride + at]! += p; sums[stride + at + span]! += e; }
      if (mask & 4) { sums[2 * stride + at]! += p; sums[2 * stride + at + span]! += e; }
      seen[component]![offset] = 1;
    }
  }
  SCOPES.forEach((_, s) => {
    for (let d = 1; d < drugs; d++) {
      const from = slot(s, d, 0);
      const to = slot(s, 0, 0);
      for (let k = 0; k < 2 * span; k++) sums[to + k]! += sums[from + k]!;
    }
  });
  const covered = SCOPES.map((scope) => {
    const parts = [...componentsSeen].filter(([component]) => scope.counts(component, 'southwest') || scope.counts(component, 'northern') || scope.counts(component, 'coastal-interior'));
    return Uint8Array.from({ length: span }, (_, m) => (parts.length > 0 && parts.every(([, seen]) => seen[m] === 1) ? 1 : 0));
  });
  const series: FigureSeries[] = [];
  const shares: ShareSpec[] = [];
  SCOPES.forEach((scope, s) => {
    const byDrug: FigureSeries[] = [];
    DRUG_IDS.forEach((drug, d) => {
      for (const [measure, unit] of [[0, 'pounds'], [1, 'events']] as [number, FigureUnit][]) {
        const base = slot(s, d, measure);
        // A view of the sums (months a scope does not cover are NaN), never a copy.
        const values = sums.subarray(base, base + span);
        let any = false;
        const scopeCovers = covered[s]!;
        for (let m = 0; m < span; m++) {
          if (!scopeCovers[m]) values[m] = Number.NaN;
          else if (values[m] !== 0) any = true;
        }
        if (!any) continue;
        const label = unit === 'pounds'
          ? `${drugWords(drug)} ${scope.words} (pounds)`
          : `${drug === 'all' ? 'Drug' : drugWords(drug)} seizure events, ${scope.words.replace(/^seized /, '')}`;
        const figures: FigureSeries = {
          id: `seizures:${scope.region}:${scope.component}:${drug}:${unit}`,
          subject: {
            dataset: 'seizures',
            region: scope.region,
            component: scope.component,
            citizenship: null,
            drug,
            label,
            salience: scope.salience + (drug === 'all' ? 0 : 3),
            weight: scope.weight * (drug === 'all' ? 1 : 1.5),
          },
          unit,
          vintage: 'revised',
          start,
          values,
        };
        series.push(figures);
        if (measure === 0) byDrug.push(figures);
      }
    });
    const whole = byDrug.find((f) => f.subject.drug === 'all');
    if (!whole || scope.region !== 'nationwide') return;
    for (const part of byDrug) {
      if (part === whole) continue;
      shares.push({ part, whole, label: `${drugWords(part.subject.drug!)} share of all drugs ${scope.words} (pounds)` });
    }
  });
  return { series, shares };
}
