// The words of a claims file, as plain constants: the zod schemas build on them at validation
// time, and the run-time engine uses them without loading zod.
import { SERIES_REGIONS } from './vocabulary.js';

/** What a measure computes. */
export const MEASURE_KINDS = [
  'value', 'share', 'change', 'rank', 'maximum', 'minimum', 'average', 'per-day',
  'event-date', 'event-participants', 'event-order', 'days-between', 'event-form',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const DATASETS = ['encounters', 'seizures'] as const;
export type DatasetName = (typeof DATASETS)[number];

/** The canonical qualifiers; every synonym below maps onto one of them. */
export const QUALIFIERS = ['exact', 'about', 'nearly', 'more-than', 'at-least', 'less-than', 'at-most', 'within', 'record'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const QUALIFIER_SYNONYMS: Readonly<Record<string, Qualifier>> = {
  approximately: 'about', roughly: 'about', around: 'about',
  almost: 'nearly', 'just-under': 'nearly',
  over: 'more-than', above: 'more-than',
  under: 'less-than', below: 'less-than', 'fewer-than': 'less-than',
  'never-more-than': 'at-most', 'no-more-than': 'at-most',
  highest: 'record', busiest: 'record', most: 'record', lowest: 'record', fewest: 'record',
};

/** Every qualifier word a claims file may use. */
export const QUALIFIER_WORDS = [...QUALIFIERS, ...Object.keys(QUALIFIER_SYNONYMS)] as const;

export function canonicalQualifier(word: string): Qualifier {
  return (QUALIFIERS as readonly string[]).includes(word) ? (word as Qualifier) : QUALIFIER_SYNONYMS[word]!;
}

/** Record words that speak of the lowest value; a rank measure's `order` must agree with them. */
export const LOWEST_WORDS: readonly string[] = ['lowest', 'fewest'];

export const UNITS = [
  'encounters', 'pounds', 'seizure-events', 'percent', 'rank',
  'date', 'days', 'participants', 'order', 'form',
] as const;
export type Unit = (typeof UNITS)[number];

/** The units each measure kind can produce. */
export const UNITS_OF_KIND: Readonly<Record<MeasureKind, readonly Unit[]>> = {
  value: ['encounters', 'pounds', 'seizure-events'],
  average: ['encounters', 'pounds', 'seizure-events'],
  'per-day': ['encounters', 'pounds', 'seizure-events'],
  maximum: ['encounters', 'pounds', 'seizure-events'],
  minimum: ['encounters', 'pounds', 'seizure-events'],
  share: ['percent'],
  change: ['percent', 'encounters', 'pounds', 'seizure-events'],
  rank: ['rank'],
  'event-date': ['date'],
  'event-participants': ['participants'],
  'event-order': ['order'],
  'days-between': ['days'],
  'event-form': ['form'],
};

export const EVENT_ORDERS = ['before', 'after', 'same-day'] as const;
export type EventOrder = (typeof EVENT_ORDERS)[number];

export const RANK_SETS = ['same-month', 'all-months', 'fiscal-years', 'calendar-years'] as const;
export const RANK_ORDERS = ['highest', 'lowest'] as const;
export const PERIOD_UNITS = ['month', 'fiscal-year', 'calendar-year'] as const;
/** What an average is per: a month, a calendar day, a fiscal or a calendar year. */
export const AVERAGE_UNITS = ['month', 'day', 'fiscal-year', 'calendar-year'] as const;
export type AverageUnit = (typeof AVERAGE_UNITS)[number];
/** The direction a change is claimed in, as the words say it ("fell by more than 60%"). */
export const DIRECTIONS = ['rise', 'fall'] as const;
/** Qualifiers that bound a value: a negative bound on a change is written with a direction instead. */
export const BOUND_QUALIFIERS: readonly Qualifier[] = ['more-than', 'at-least', 'less-than', 'at-most', 'within', 'nearly'];
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export const ENCOUNTER_REGIONS = SERIES_REGIONS;
export const ENCOUNTER_COMPONENTS = ['all', 'usbp', 'ofo'] as const;
export const SEIZURE_REGIONS = ['southwest', 'northern', 'coastal-interior', 'nationwide'] as const;
export const SEIZURE_COMPONENTS = ['ofo', 'usbp', 'amo'] as const;
export const SEIZURE_QUANTITIES = ['pounds', 'events'] as const;

/** Filters that belong to one dataset only: a claim naming one on the other dataset is an error. */
export const ENCOUNTER_FILTERS = ['region', 'component', 'citizenship', 'demographic', 'state', 'title', 'encounterType', 'sector'] as const;
export const SEIZURE_FILTERS = ['region', 'drugs', 'components', 'quantity', 'office'] as const;

/** A tolerance: "5%" of the claimed value, "2pp" percentage points, or a plain amount in the claim's unit. */
export const TOLERANCE_PATTERN = /^\d+(?:\.\d+)?(?:%|pp)?$/;

/** Verdicts from best to worst: the order of --fail-on and of "the worst part". */
export const VERDICTS = ['accurate', 'mostly-accurate', 'unverifiable', 'misleading', 'inaccurate'] as const;
export type Verdict = (typeof VERDICTS)[number];
