// What a measure yields before it is judged: the recomputed value, how it was computed in
// words, the caveats that apply, and where the figures came from.
import type { DatasetName, Unit } from '../../data/claim-vocabulary.js';
import type { ClaimFilters } from '../../data/claim-schemas.js';
import type { PublishedFigures } from '../../data/published-figure-schemas.js';
import type { MeasureView, EvidenceSource } from './report.js';
import type { DataUse, MonthlyCounts } from './monthly-counts.js';
import type { PublishedCandidate } from './published.js';
import type { EventSource } from './event-source.js';
import type { PublicationCalendar } from '../releases/calendar.js';
import type { MonthKey } from '../periods.js';
import type { RevisionAllowance, RevisionKind } from '../releases/revisions.js';

interface MeasurementBase {
  view: MeasureView;
  caveats: string[];
  /** Data files behind the value (turned into sources with the manifest). */
  uses: DataUse[];
  /** Other sources: event facts' URLs. */
  links: EvidenceSource[];
  /** Why the data cannot decide, when it cannot. */
  unverifiable?: string;
}

export interface NumberMeasurement extends MeasurementBase {
  type: 'number';
  unit: Unit;
  value: number | null;
  lowerBound: boolean;
  /** False for measures no published figure can answer (ranks, sets, events). */
  publishable: boolean;
  /** The measure recomputed from CBP's figures as published by the article's date. */
  published: PublishedCandidate[];
  /** A documented search that found no published figure. */
  publishedGap?: string;
  /** Figures CBP's updates print (totals, Border Patrol, OFO): how far such a monthly figure moves after publication (src/domain/releases/revisions.ts); null for several months. */
  revisionAllowance?: () => RevisionAllowance | null;
  /** Rank measures: the record, for record claims' tolerance. */
  record?: { rank: number; of: number; value: number; recordValue: number; recordLabel: string };
}

export interface FactMeasurement extends MeasurementBase {
  type: 'date' | 'participants' | 'order' | 'form';
  /** A YYYY-MM-DD date, participant ids, before/after/same-day, or a form. */
  value: string | string[] | null;
  /** Words for each id that can appear in claims or results (participants, forms). */
  names: Record<string, string>;
  /** For order: both events, and the days from the reference event to the event. */
  order?: { event: { date: string; title: string }; reference: { date: string; title: string }; days: number };
}

export type Measurement = NumberMeasurement | FactMeasurement;

/** What measures read, each loaded on first use. */
export interface MeasureContext {
  asOf: string;
  counts(dataset: DatasetName, filters: ClaimFilters, field: string): { counts: MonthlyCounts; filters: ClaimFilters };
  published(): PublishedFigures | null;
  /** The day each data month was first published (one rule: src/domain/releases/calendar.ts). */
  calendar(): PublicationCalendar;
  /** How far CBP's published figures of a kind have moved since, near these months, measured from the data (null: never observed). */
  revisionAllowance(kind: RevisionKind, from: MonthKey, to: MonthKey): RevisionAllowance | null;
  events(): EventSource;
}
