// The claims-file format: what to measure and what was claimed, never a verdict. Validated with
// these schemas at build time (the bundled article claims) and when a user passes a file; the
// run-time engine only imports the inferred types. `check --schema` prints them as JSON Schema.
import { z } from 'zod';
import {
  AVERAGE_UNITS, BOUND_QUALIFIERS, DATASETS, DATE_PRECISIONS, DIRECTIONS, ENCOUNTER_COMPONENTS, ENCOUNTER_FILTERS, ENCOUNTER_REGIONS, EVENT_ORDERS,
  LOWEST_WORDS, PERIOD_UNITS, QUALIFIER_WORDS, RANK_ORDERS, RANK_SETS, SEIZURE_COMPONENTS, SEIZURE_FILTERS,
  SEIZURE_QUANTITIES, SEIZURE_REGIONS, TOLERANCE_PATTERN, UNITS, UNITS_OF_KIND, canonicalQualifier,
} from './claim-vocabulary.js';
import { EVENT_FORMS } from './event-schemas.js';
import { DEMOGRAPHICS, ENCOUNTER_TYPES, TITLES } from './vocabulary.js';

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a YYYY-MM month');
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a YYYY-MM-DD date');
const year = z.number().int().min(1900).max(2100);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens');
const nonEmpty = z.string().trim().min(1);

/** One schema for the filters of both datasets; the measure checks that each belongs to its dataset. */
export const filtersSchema = z.strictObject({
  region: z.enum([...new Set([...ENCOUNTER_REGIONS, ...SEIZURE_REGIONS])]).optional()
    .describe('encounters: southwest (default), northern, other, nationwide; seizures: nationwide (default), southwest, northern, coastal-interior'),
  component: z.enum(ENCOUNTER_COMPONENTS).optional().describe('encounters: all (default), usbp (Border Patrol, between ports), ofo (at ports)'),
  citizenship: z.array(nonEmpty).min(1).optional().describe('encounters: citizenships as in the data, case-insensitive, e.g. ["cuba", "venezuela"]'),
  demographic: z.array(z.enum(DEMOGRAPHICS)).min(1).optional(),
  state: z.array(nonEmpty).min(1).optional().describe('encounters: state codes, e.g. ["TX"]'),
  title: z.array(z.enum(TITLES)).min(1).optional(),
  encounterType: z.array(z.enum(ENCOUNTER_TYPES)).min(1).optional(),
  drugs: z.array(nonEmpty).min(1).optional().describe('seizures: drug names or aliases, e.g. ["methamphetamine"]; default every drug'),
  components: z.array(z.enum(SEIZURE_COMPONENTS)).min(1).optional().describe('seizures: default ["ofo", "usbp"], CBP\'s nationwide drug-seizure series'),
  quantity: z.enum(SEIZURE_QUANTITIES).optional().describe('seizures: pounds (default) or events'),
  sector: z.array(nonEmpty).min(1).optional().describe('encounters: Border Patrol sectors, case-insensitive, e.g. ["rio grande valley"] or ["rgv", "tucson"]; Border Patrol counts only'),
  office: z.array(nonEmpty).min(1).optional().describe('seizures: areas of responsibility (field offices and sectors), e.g. ["san diego field office"]'),
}).meta({ id: 'Filters' });
export type ClaimFilters = z.infer<typeof filtersSchema>;

/** One period: a month, a fiscal year (to date with `through`), a calendar year, or a range of months. */
export const periodSchema = z.strictObject({
  month: monthKey.optional(),
  fiscalYear: year.optional(),
  through: monthKey.optional().describe('with fiscalYear: the last month of a fiscal-year-to-date total'),
  calendarYear: year.optional(),
  from: monthKey.optional(),
  to: monthKey.optional(),
}).superRefine((period, ctx) => {
  const forms = [period.month !== undefined, period.fiscalYear !== undefined, period.calendarYear !== undefined, period.from !== undefined || period.to !== undefined];
  if (forms.filter(Boolean).length !== 1) {
    ctx.addIssue({ code: 'custom', message: 'give exactly one of month, fiscalYear (optionally with through), calendarYear, or from and to' });
    return;
  }
  if (period.through !== undefined && period.fiscalYear === undefined) ctx.addIssue({ code: 'custom', path: ['through'], message: 'through goes with fiscalYear' });
  if ((period.from === undefined) !== (period.to === undefined)) ctx.addIssue({ code: 'custom', path: [period.from === undefined ? 'from' : 'to'], message: 'a range needs both from and to' });
  if (period.from !== undefined && period.to !== undefined && period.from > period.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `the range runs backwards: ${period.from} is after ${period.to}` });
  if (period.through !== undefined && period.fiscalYear !== undefined) {
    const first = `${period.fiscalYear - 1}-10`;
    const last = `${period.fiscalYear}-09`;
    if (period.through < first || period.through > last) ctx.addIssue({ code: 'custom', path: ['through'], message: `${period.through} is not in FY${period.fiscalYear} (${first} to ${last})` });
  }
}).meta({ id: 'Period' });
export type ClaimPeriod = z.infer<typeof periodSchema>;

const yearRange = z.strictObject({ from: year.optional(), to: year.optional() });

/** A set of periods for a maximum or minimum: every month (or year) that meets all the conditions. */
export const periodSetSchema = z.strictObject({
  monthOfYear: z.number().int().min(1).max(12).optional().describe('only this month of each year, 1 = January'),
  fiscalYears: yearRange.optional(),
  calendarYears: yearRange.optional(),
  from: monthKey.optional(),
  to: monthKey.optional(),
  per: z.enum(PERIOD_UNITS).optional().describe('compare months (default), fiscal years or calendar years'),
}).meta({ id: 'PeriodSet' });
export type ClaimPeriodSet = z.infer<typeof periodSetSchema>;

const dataset = z.enum(DATASETS);

const valueMeasure = z.strictObject({ kind: z.literal('value'), dataset, filters: filtersSchema.optional(), period: periodSchema });
const shareMeasure = z.strictObject({
  kind: z.literal('share'), dataset,
  numerator: filtersSchema.describe('what is counted on top of the fraction bar'),
  denominator: filtersSchema.describe('what it is a share of'),
  period: periodSchema.describe('the numerator\'s period (and the denominator\'s, unless denominatorPeriod is given)'),
  denominatorPeriod: periodSchema.optional().describe('the denominator\'s period, when it differs from the numerator\'s'),
});
const averageMeasure = z.strictObject({
  kind: z.literal('average'), dataset, filters: filtersSchema.optional(),
  period: periodSchema.describe('the whole span averaged over, e.g. {"from": "2018-10", "to": "2022-09"} for FY2019–FY2022'),
  per: z.enum(AVERAGE_UNITS).describe('month, day (calendar days), fiscal-year or calendar-year: the span must hold whole units'),
});
const perDayMeasure = z.strictObject({
  kind: z.literal('per-day'), dataset, filters: filtersSchema.optional(),
  period: periodSchema.describe('the period whose total is divided by its calendar days'),
});
const changeMeasure = z.strictObject({
  kind: z.literal('change'), dataset, filters: filtersSchema.optional(),
  from: periodSchema, to: periodSchema,
  as: z.enum(['percent', 'difference']).optional().describe('percent change (default) or the difference in the dataset\'s unit'),
});
const rankMeasure = z.strictObject({
  kind: z.literal('rank'), dataset, filters: filtersSchema.optional(),
  period: periodSchema.describe('the period ranked: a month, or a whole fiscal or calendar year'),
  among: z.enum(RANK_SETS).describe('same-month: that month in every year; all-months; fiscal-years; calendar-years'),
  order: z.enum(RANK_ORDERS).optional().describe('highest (default) or lowest first'),
  since: monthKey.optional().describe('compare only from this month on (default: the start of the data)'),
});
const extremeMeasure = (kind: 'maximum' | 'minimum') => z.strictObject({
  kind: z.literal(kind), dataset, filters: filtersSchema.optional(), over: periodSetSchema,
});
const eventId = slug.describe('an event id of the events dataset (border-facts meeting --timeline --json)');
const eventDate = z.strictObject({ kind: z.literal('event-date'), event: eventId });
const eventParticipants = z.strictObject({ kind: z.literal('event-participants'), event: eventId });
const eventOrder = z.strictObject({ kind: z.literal('event-order'), event: eventId, relativeTo: eventId });
const daysBetween = z.strictObject({ kind: z.literal('days-between'), from: eventId, to: eventId });
const eventForm = z.strictObject({ kind: z.literal('event-form'), event: eventId });

export const measureSchema = z.discriminatedUnion('kind', [
  valueMeasure, shareMeasure, averageMeasure, perDayMeasure, changeMeasure, rankMeasure, extremeMeasure('maximum'), extremeMeasure('minimum'),
  eventDate, eventParticipants, eventOrder, daysBetween, eventForm,
]).superRefine((measure, ctx) => {
  if (!('dataset' in measure)) return;
  const filterSets: [ClaimFilters | undefined, (string | number)[]][] = measure.kind === 'share'
    ? [[measure.numerator, ['numerator']], [measure.denominator, ['denominator']]]
    : [[measure.filters, ['filters']]];
  const allowed: readonly string[] = measure.dataset === 'encounters' ? ENCOUNTER_FILTERS : SEIZURE_FILTERS;
  const regions: readonly string[] = measure.dataset === 'encounters' ? ENCOUNTER_REGIONS : SEIZURE_REGIONS;
  for (const [filters, path] of filterSets) {
    if (!filters) continue;
    for (const key of Object.keys(filters)) {
      if (!allowed.includes(key)) ctx.addIssue({ code: 'custom', path: [...path, key], message: `'${key}' is not a filter of ${measure.dataset} (its filters: ${allowed.join(', ')})` });
    }
    if (filters.sector !== undefined && filters.component === 'ofo') ctx.addIssue({ code: 'custom', path: [...path, 'sector'], message: 'sectors are Border Patrol\'s: a sector filter cannot count OFO encounters' });
    if (filters.region !== undefined && !regions.includes(filters.region)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'region'], message: `'${filters.region}' is not a region of ${measure.dataset} (its regions: ${regions.join(', ')})` });
    }
  }
  if (measure.kind === 'average' && (measure.per === 'fiscal-year' || measure.per === 'calendar-year')) {
    const first = measure.period.from ?? (measure.period.month ?? (measure.period.fiscalYear !== undefined ? `${measure.period.fiscalYear - 1}-10` : `${measure.period.calendarYear}-01`));
    const startMonth = measure.per === 'fiscal-year' ? '10' : '01';
    if (measure.period.month !== undefined || measure.period.through !== undefined || first.slice(5) !== startMonth || (measure.period.to !== undefined && measure.period.to.slice(5) !== (measure.per === 'fiscal-year' ? '09' : '12'))) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: `an average per ${measure.per} needs whole ${measure.per === 'fiscal-year' ? 'fiscal years (October to September)' : 'calendar years (January to December)'}` });
    }
  }
  if (measure.kind === 'share' && measure.dataset === 'seizures' && (measure.numerator.quantity ?? 'pounds') !== (measure.denominator.quantity ?? 'pounds')) {
    ctx.addIssue({ code: 'custom', path: ['numerator', 'quantity'], message: 'a share divides like by like: numerator and denominator need the same quantity' });
  }
  if (measure.kind === 'rank') {
    const wantsYear = measure.among === 'fiscal-years' ? 'fiscalYear' : measure.among === 'calendar-years' ? 'calendarYear' : 'month';
    if (measure.period[wantsYear] === undefined || (wantsYear === 'fiscalYear' && measure.period.through !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: `ranking among ${measure.among} needs period.${wantsYear}${wantsYear === 'fiscalYear' ? ' (a whole year, no through)' : ''}` });
    }
  }
}).meta({ id: 'Measure' });
export type ClaimMeasure = z.infer<typeof measureSchema>;

export const claimedSchema = z.strictObject({
  value: z.union([z.number(), z.string().min(1), z.array(slug).min(1)])
    .describe('a number; a date (YYYY-MM-DD, YYYY-MM or YYYY); before/after/same-day; a form; or participant ids'),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIER_WORDS).describe('exact, about, nearly, more-than, at-least, less-than, at-most, record, or a synonym'),
  precision: z.union([z.number().positive(), z.enum(DATE_PRECISIONS)]).optional()
    .describe('the rounding unit of the claimed number (80% → 1; 1.5 million → 100000); default: its last written digit'),
  direction: z.enum(DIRECTIONS).optional()
    .describe('change measures: rise or fall, as the words say ("fell by more than 60%" = value 60, more-than, fall); the value is then the size of the change'),
}).meta({ id: 'Claimed' });
export type Claimed = z.infer<typeof claimedSchema>;

const tolerance = z.string().regex(TOLERANCE_PATTERN, 'expected a tolerance such as "5%", "2pp" or "1000"')
  .describe('overrides the qualifier\'s default: "5%" of the claimed value, "2pp" percentage points, or an amount in the claim\'s unit');

export const readingSchema = z.strictObject({
  id: slug,
  label: nonEmpty.describe('the reading in words, e.g. "calendar years before 2022"'),
  measure: measureSchema,
  claimed: claimedSchema.optional().describe('when this reading claims something else than the claim\'s own claimed'),
}).meta({ id: 'Reading' });
export type Reading = z.infer<typeof readingSchema>;

const checkFields = {
  measure: measureSchema.optional(),
  claimed: claimedSchema.optional(),
  readings: z.array(readingSchema).min(2).optional().describe('two or more ways to read the claim; when they disagree the claim is misleading'),
  tolerance: tolerance.optional(),
  notes: z.string().optional(),
};

/** A measured statement: a claimed value and either one measure or several readings. */
function refineCheck(check: { measure?: ClaimMeasure | undefined; claimed?: Claimed | undefined; readings?: Reading[] | undefined }, ctx: z.RefinementCtx, claimedRequired: boolean): void {
  if (check.measure !== undefined && check.readings !== undefined) ctx.addIssue({ code: 'custom', path: ['readings'], message: 'give either measure or readings, not both' });
  if (!claimedRequired) return;
  if (check.measure === undefined && check.readings === undefined) ctx.addIssue({ code: 'custom', path: ['measure'], message: 'a claim needs a measure (or readings, or parts)' });
  if (check.claimed === undefined && !(check.readings?.every((r) => r.claimed !== undefined) ?? false)) ctx.addIssue({ code: 'custom', path: ['claimed'], message: 'a claim needs a claimed value' });
  const pairs: [ClaimMeasure, Claimed | undefined, (string | number)[]][] = check.measure
    ? [[check.measure, check.claimed, []]]
    : (check.readings ?? []).map((r, i) => [r.measure, r.claimed ?? check.claimed, ['readings', i]]);
  for (const [measure, claimed, path] of pairs) if (claimed) refineClaimed(measure, claimed, ctx, path);
}

/** The claimed value must be something the measure can produce. */
function refineClaimed(measure: ClaimMeasure, claimed: Claimed, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const at = (field: string) => [...path, 'claimed', field];
  // What the measure gives: the dataset's own unit for values, sets and differences; percent for shares and percent changes; and so on.
  const datasetUnit = 'dataset' in measure ? (measure.dataset === 'encounters' ? 'encounters' : (measure.kind !== 'share' && measure.filters?.quantity === 'events') ? 'seizure-events' : 'pounds') : undefined;
  const units: readonly string[] = measure.kind === 'change' ? [(measure.as ?? 'percent') === 'percent' ? 'percent' : datasetUnit!]
    : datasetUnit !== undefined && ['value', 'maximum', 'minimum', 'average', 'per-day'].includes(measure.kind) ? [datasetUnit]
      : UNITS_OF_KIND[measure.kind];
  if (!units.includes(claimed.unit)) {
    ctx.addIssue({ code: 'custom', path: at('unit'), message: `${measure.kind === 'change' && units[0] === 'percent' ? 'a percent change is claimed in percent (or set "as": "difference")' : `this ${measure.kind} measure gives ${units.join(' or ')}, not ${claimed.unit}`}` });
    return;
  }
  const qualifier = canonicalQualifier(claimed.qualifier);
  if (claimed.direction !== undefined) {
    if (measure.kind !== 'change') ctx.addIssue({ code: 'custom', path: at('direction'), message: 'a direction (rise or fall) goes with a change measure' });
    else if (typeof claimed.value === 'number' && claimed.value < 0) ctx.addIssue({ code: 'custom', path: at('value'), message: `with a direction the value is the size of the change: write ${-claimed.value}, not ${claimed.value}` });
  } else if (measure.kind === 'change' && typeof claimed.value === 'number' && claimed.value < 0 && BOUND_QUALIFIERS.includes(qualifier)) {
    ctx.addIssue({
      code: 'custom', path: at('value'),
      message: `'${claimed.qualifier}' ${claimed.value} bounds a signed change, which reads backwards for a fall; write the size of the change with its direction: "value": ${-claimed.value}, "qualifier": "${claimed.qualifier}", "direction": "fall"`,
    });
  }
  const numeric = ['encounters', 'pounds', 'seizure-events', 'percent', 'rank', 'days'].includes(claimed.unit);
  if (numeric && typeof claimed.value !== 'number') ctx.addIssue({ code: 'custom', path: at('value'), message: `a claim in ${claimed.unit} needs a number` });
  if (qualifier === 'record') {
    if (measure.kind !== 'rank') ctx.addIssue({ code: 'custom', path: at('qualifier'), message: `'${claimed.qualifier}' is judged by a rank measure` });
    else {
      if (claimed.value !== 1) ctx.addIssue({ code: 'custom', path: at('value'), message: 'a record claims rank 1' });
      const lowest = LOWEST_WORDS.includes(claimed.qualifier);
      if (lowest !== ((measure.order ?? 'highest') === 'lowest')) ctx.addIssue({ code: 'custom', path: at('qualifier'), message: `'${claimed.qualifier}' needs the rank measure's order to be ${lowest ? 'lowest' : 'highest'}` });
    }
  }
  if (claimed.unit === 'date') {
    if (typeof claimed.value !== 'string' || !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(claimed.value)) ctx.addIssue({ code: 'custom', path: at('value'), message: 'a date is YYYY-MM-DD, YYYY-MM or YYYY' });
    if (qualifier !== 'exact') ctx.addIssue({ code: 'custom', path: at('qualifier'), message: 'a date is claimed exact (at its precision)' });
  }
  if (claimed.unit === 'order' && !(EVENT_ORDERS as readonly unknown[]).includes(claimed.value)) ctx.addIssue({ code: 'custom', path: at('value'), message: `an order is one of ${EVENT_ORDERS.join(', ')}` });
  if (claimed.unit === 'form' && !(EVENT_FORMS as readonly unknown[]).includes(claimed.value)) ctx.addIssue({ code: 'custom', path: at('value'), message: `a form is one of ${EVENT_FORMS.join(', ')}` });
  if (claimed.unit === 'participants') {
    if (!Array.isArray(claimed.value)) ctx.addIssue({ code: 'custom', path: at('value'), message: 'participants are a list of participant ids' });
    if (qualifier !== 'exact' && qualifier !== 'at-least') ctx.addIssue({ code: 'custom', path: at('qualifier'), message: 'participants are claimed exact (exactly these) or at-least (these among others)' });
  }
  if (['order', 'form'].includes(claimed.unit) && qualifier !== 'exact') ctx.addIssue({ code: 'custom', path: at('qualifier'), message: `${claimed.unit === 'order' ? 'an order' : 'a form'} is claimed exact` });
  if (typeof claimed.precision === 'string' && claimed.unit !== 'date') ctx.addIssue({ code: 'custom', path: at('precision'), message: 'day, month or year precision is for dates' });
  if (typeof claimed.precision === 'number' && !numeric) ctx.addIssue({ code: 'custom', path: at('precision'), message: 'a numeric precision is for numbers' });
}

export const partSchema = z.strictObject({
  id: slug,
  quote: z.string().optional().describe('the words of the quote this part checks'),
  ...checkFields,
}).superRefine((part, ctx) => refineCheck(part, ctx, true)).meta({ id: 'Part' });
export type ClaimPart = z.infer<typeof partSchema>;

export const claimSchema = z.strictObject({
  id: slug,
  quote: nonEmpty.describe('the words of the article, verbatim'),
  ...checkFields,
  parts: z.array(partSchema).min(2).optional().describe('several checkable statements in one quote; the claim takes its worst part\'s verdict'),
}).superRefine((claim, ctx) => {
  if (claim.parts !== undefined) {
    for (const field of ['measure', 'claimed', 'readings'] as const) {
      if (claim[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `a claim with parts keeps its ${field} in each part` });
    }
    const seen = new Set<string>();
    claim.parts.forEach((part, i) => {
      if (seen.has(part.id)) ctx.addIssue({ code: 'custom', path: ['parts', i, 'id'], message: `part id '${part.id}' is used twice` });
      seen.add(part.id);
    });
    return;
  }
  refineCheck(claim, ctx, true);
}).meta({ id: 'Claim' });
export type Claim = z.infer<typeof claimSchema>;

export const articleSchema = z.strictObject({
  title: nonEmpty,
  url: z.url().nullable().optional(),
  publisher: z.string().optional(),
  published: isoDate.describe('the publication date'),
  asOf: isoDate.optional().describe('the date rank and record claims are judged at (default: published): only data CBP had published by then counts'),
}).meta({ id: 'Article' });
export type Article = z.infer<typeof articleSchema>;

export const claimsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  article: articleSchema,
  claims: z.array(claimSchema).min(1),
}).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.claims.forEach((claim, i) => {
    if (seen.has(claim.id)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'id'], message: `claim id '${claim.id}' is used twice` });
    seen.add(claim.id);
  });
});
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
