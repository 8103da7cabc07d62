// Judges claims: measures each one (or each reading, or each part), compares the recomputed
// value with the claimed one under the claim's qualifier and tolerance, falls back on CBP's
// figure as published when the article quoted that, and explains the verdict in words.
import type { Claim, ClaimMeasure, Claimed, ClaimPart, Reading } from '../../data/claim-schemas.js';
import { canonicalQualifier, type Qualifier, type Verdict } from '../../data/claim-vocabulary.js';
import { DataError } from '../../errors.js';
import { ClaimProblem } from './claim-problem.js';
import { describeRange } from './claim-periods.js';
import { claimedText, differenceView, listWords, numberText, ordinal, shownDecimals, words } from './claim-words.js';
import { measureEvent, resolvePeople } from './event-measures.js';
import type { FactMeasurement, MeasureContext, Measurement, NumberMeasurement } from './measurement.js';
import type { DataUse } from './monthly-counts.js';
import { measureNumber } from './number-measures.js';
import { inferPrecision } from './precision.js';
import type { PublishedCandidate } from './published.js';
import { judgeRecord, verdictAt, verdictOver, type NumericClaim } from './qualifiers.js';
import type { ClaimedView, EvidenceSource, Judgement, PublishedView } from './report.js';
import { describeTolerance, parseToleranceSpec, resolveTolerance, type Tolerance, type ToleranceOverrides } from './tolerance.js';
import { combineReadings, severity, worstVerdict } from './verdicts.js';
import { formatDecimal } from '../words.js';
import { REVISION_KIND_WORDS, revisionWords } from '../releases/revisions.js';

export interface Evaluator {
  ctx: MeasureContext;
  overrides: ToleranceOverrides;
  /** The official sources behind the data files a measure used. */
  sourcesOf(uses: readonly DataUse[]): EvidenceSource[];
}

/** Judges one claim. A claims-file problem becomes a data error naming the file, the claim and the field. */
export function evaluateClaim(claim: Claim, file: string, evaluator: Evaluator): Judgement {
  try {
    return judgeClaim(claim, evaluator);
  } catch (error) {
    if (error instanceof ClaimProblem) throw new DataError(`${file}: claim '${claim.id}': ${error.field}: ${error.message}`);
    throw error;
  }
}

function judgeClaim(claim: Claim, evaluator: Evaluator): Judgement {
  if (claim.parts) {
    const parts = claim.parts.map((part, i) => judgeCheck(part, part.id, part.quote ?? null, null, `parts[${i}].`, evaluator, part.tolerance ?? claim.tolerance));
    const verdict = worstVerdict(parts.map((p) => p.verdict));
    const reason = verdict === 'accurate' ? `Every part holds (${parts.length} parts).` : `${partsSummary(parts)}.`;
    return container(claim.id, claim.quote, null, verdict, reason, parts, [], claim.notes);
  }
  const judged = judgeCheck(claim, claim.id, claim.quote, null, '', evaluator, claim.tolerance);
  return { ...judged, notes: claim.notes ?? null };
}

/** "Parts 'a' and 'b' are inaccurate; 'c' is mostly accurate", worst first. */
function partsSummary(parts: readonly Judgement[]): string {
  const groups = [...new Set(parts.map((p) => p.verdict))].filter((v) => v !== 'accurate').sort((a, b) => severity(b) - severity(a));
  return groups.map((verdict, i) => {
    const ids = parts.filter((p) => p.verdict === verdict).map((p) => `'${p.id}'`);
    const noun = i === 0 ? (ids.length === 1 ? 'Part ' : 'Parts ') : '';
    return `${noun}${listWords(ids)} ${ids.length === 1 ? 'is' : 'are'} ${words(verdict)}`;
  }).join('; ');
}

function container(id: string, quote: string | null, label: string | null, verdict: Verdict, reason: string, parts: Judgement[], readings: Judgement[], notes: string | undefined, claimed: ClaimedView | null = null): Judgement {
  const children = [...parts, ...readings];
  return {
    id, quote, label, verdict, reason,
    claimed,
    recomputed: null, difference: null, judgedOn: null, published: null, publishedNote: null, tolerance: null, measure: null,
    caveats: [...new Set(children.flatMap((c) => c.caveats))],
    sources: dedupeSources(children.flatMap((c) => c.sources)),
    readings, parts,
    notes: notes ?? null,
  };
}

type Check = Pick<ClaimPart, 'measure' | 'claimed' | 'readings' | 'notes'>;

function judgeCheck(check: Check, id: string, quote: string | null, label: string | null, path: string, evaluator: Evaluator, tolerance: string | undefined): Judgement {
  if (check.readings) {
    const readings = check.readings.map((reading: Reading, i) =>
      judgeMeasure(reading.measure, reading.claimed ?? check.claimed!, reading.id, null, reading.label, `${path}readings[${i}].`, evaluator, tolerance));
    const { verdict, disagree } = combineReadings(readings.map((r) => r.verdict));
    const summary = readings.map((r) => `${r.label}: ${words(r.verdict)}`).join('; ');
    const values = readings.map((r) => r.recomputed?.text).filter((t): t is string => t !== undefined);
    const reason = disagree
      ? `The readings disagree (${summary}).`
      : readings.every((r) => r.verdict === verdict)
        ? `${readings.length === 2 ? 'Both' : 'All'} readings are ${words(verdict)}${values.length === readings.length ? ` (${values.join('; ')})` : ''}: ${readings[0]!.reason.charAt(0).toLowerCase()}${readings[0]!.reason.slice(1)}`
        : `The readings: ${summary}.`;
    const claimed = check.claimed ? readings.find((r) => r.claimed)?.claimed ?? null : null;
    return container(id, quote, label, verdict, reason, [], readings, check.notes, claimed);
  }
  return { ...judgeMeasure(check.measure!, check.claimed!, id, quote, label, path, evaluator, tolerance), notes: check.notes ?? null };
}

function measure(m: ClaimMeasure, evaluator: Evaluator, path: string): Measurement {
  return 'dataset' in m ? measureNumber(m, evaluator.ctx, `${path}measure`) : measureEvent(m, evaluator.ctx, `${path}measure`);
}

function judgeMeasure(m: ClaimMeasure, claimed: Claimed, id: string, quote: string | null, label: string | null, path: string, evaluator: Evaluator, toleranceText: string | undefined): Judgement {
  const measured = measure(m, evaluator, path);
  if (toleranceText !== undefined) {
    const spec = parseToleranceSpec(toleranceText);
    if (spec?.kind === 'points' && claimed.unit !== 'percent') throw new ClaimProblem(`${path}tolerance`, `'${toleranceText}' is in percentage points, but the claim is in ${claimed.unit}`);
    if (spec && spec.kind !== 'absolute' && claimed.unit === 'date') throw new ClaimProblem(`${path}tolerance`, `a date's tolerance is a number of days, not '${toleranceText}'`);
  }
  const base = {
    id, quote, label,
    measure: { ...measured.view, definition: m },
    caveats: measured.caveats,
    sources: dedupeSources([...evaluator.sourcesOf(measured.uses), ...measured.links]),
    readings: [], parts: [], notes: null,
  };
  const judged = measured.type === 'number'
    ? judgeNumber(measured, claimed, m, evaluator.overrides, toleranceText)
    : judgeFact(measured, claimed, path, toleranceText);
  const publishedSources: EvidenceSource[] = (judged.published?.figures ?? []).map((f) => ({
    id: `published:${f.period.from}:${f.value}`,
    title: `${f.figure}, ${describeRange(f.period.from, f.period.to)}: ${f.release}, ${f.releaseDate}${f.repostOf ? ` (as reproduced or reported from CBP's "${f.repostOf.title}")` : ''}`,
    publisher: f.repostOf ? `U.S. Customs and Border Protection (CBP), as reported by ${new URL(f.sourceUrl).hostname.replace(/^www\./, '')}` : 'U.S. Customs and Border Protection (CBP)',
    url: f.sourceUrl, release: f.release,
    ...(f.repostOf ? { repostOf: f.repostOf } : {}),
  })).flatMap((source) => (source.repostOf?.url
    // The CBP page itself, where the page read names it.
    ? [source, { id: `${source.id}:cbp`, title: `CBP: "${source.repostOf.title}"`, publisher: 'U.S. Customs and Border Protection (CBP)', url: source.repostOf.url, release: source.release! }]
    : [source]));
  return { ...base, ...judged, sources: dedupeSources([...base.sources, ...publishedSources]) };
}

type Judged = Pick<Judgement, 'verdict' | 'reason' | 'claimed' | 'recomputed' | 'difference' | 'judgedOn' | 'published' | 'publishedNote' | 'tolerance'>;

// ---- numbers ----

function judgeNumber(measured: NumberMeasurement, claimed: Claimed, m: ClaimMeasure, overrides: ToleranceOverrides, toleranceText: string | undefined): Judged {
  if (claimed.direction !== undefined && m.kind === 'change' && measured.value !== null) return judgeDirected(measured, claimed, m, overrides, toleranceText);
  return judgeAmount(measured, claimed, m, overrides, toleranceText, m.kind === 'change');
}

/**
 * A change claimed as the words say it: "fell by more than 60%" is a fall whose size is more
 * than 60. The size is judged like any amount; a change the other way is inaccurate.
 */
function judgeDirected(measured: NumberMeasurement, claimed: Claimed, m: ClaimMeasure, overrides: ToleranceOverrides, toleranceText: string | undefined): Judged {
  const value = measured.value!;
  const sign = claimed.direction === 'fall' ? -1 : 1;
  const size: NumberMeasurement = {
    ...measured,
    value: Math.abs(value),
    published: measured.published.filter((c) => Math.sign(c.value) === sign).map((c) => ({ ...c, value: Math.abs(c.value) })),
  };
  const judged = judgeAmount(size, claimed, m, overrides, toleranceText, false);
  const decimals = shownDecimals(measured.unit, judged.claimed?.precision as number);
  const signedText = numberText(value, measured.unit, decimals, true);
  const said = claimed.direction === 'fall' ? 'fell' : 'rose';
  const actual = value > 0 ? 'rose' : value < 0 ? 'fell' : 'did not change';
  const claimedView = judged.claimed ? { ...judged.claimed, text: `${claimed.direction === 'fall' ? 'a fall' : 'a rise'} of ${judged.claimed.text}` } : null;
  const recomputed = judged.recomputed ? { ...judged.recomputed, value, text: signedText } : null;
  if (Math.sign(value) !== sign) {
    return { ...judged, verdict: 'inaccurate', claimed: claimedView, recomputed, reason: `It ${actual}${value === 0 ? '' : ` (${signedText})`}; the claim says it ${said}.` };
  }
  return { ...judged, claimed: claimedView, recomputed, reason: `It ${actual} by ${numberText(Math.abs(value), measured.unit, decimals, false)}: ${judged.reason.charAt(0).toLowerCase()}${judged.reason.slice(1)}` };
}

function judgeAmount(measured: NumberMeasurement, claimed: Claimed, m: ClaimMeasure, overrides: ToleranceOverrides, toleranceText: string | undefined, signed: boolean): Judged {
  const claimedValue = claimed.value as number;
  const qualifier = canonicalQualifier(claimed.qualifier);
  const precision = typeof claimed.precision === 'number' ? claimed.precision : inferPrecision(claimedValue);
  const decimals = shownDecimals(measured.unit, precision);
  const claimedView: ClaimedView = {
    value: claimedValue, unit: claimed.unit, qualifier: claimed.qualifier, meaning: qualifier, precision,
    text: claimedText(claimedValue, claimed.unit, claimed.qualifier, precision, signed),
  };
  const recordBase = qualifier === 'record' ? measured.record?.recordValue ?? 0 : claimedValue;
  const tolerance = resolveTolerance(qualifier, qualifier === 'record' ? 'encounters' : claimed.unit, recordBase, overrides, toleranceText);
  const toleranceView = { text: describeTolerance(tolerance), width: tolerance.width, source: tolerance.source };
  const noPublished = measured.publishable && measured.published.length === 0
    ? measured.publishedGap ?? 'No CBP figure as first published is on file for this measure.'
    : measured.publishedGap ?? null;
  if (measured.value === null) {
    return {
      verdict: 'unverifiable', reason: measured.unverifiable ?? 'The data cannot decide.', claimed: claimedView,
      recomputed: null, difference: null, judgedOn: null, published: null, publishedNote: noPublished, tolerance: toleranceView,
    };
  }
  const value = measured.value;
  const recomputed = { value, lowerBound: measured.lowerBound, text: `${measured.lowerBound ? 'at least ' : ''}${numberText(value, measured.unit, decimals, signed)}` };
  const difference = differenceView(value, claimedValue, measured.unit, decimals);
  if (qualifier === 'record') {
    const record = measured.record!;
    const verdict = judgeRecord(record.rank, record.value, record.recordValue, tolerance.width);
    const reason = verdict === 'accurate'
      ? `Ranks 1st of ${record.of}.`
      : `Ranks ${ordinal(record.rank)} of ${record.of}; the record is ${record.recordLabel} (${numberText(record.recordValue, measured.unit === 'rank' ? 'encounters' : measured.unit, 0)})${verdict === 'mostly-accurate' ? `, within the ${toleranceView.text} tolerance` : ''}.`;
    // A record claim says the value is the record: the difference that matters is the gap to it.
    const gap = differenceView(record.value, record.recordValue, 'encounters', 0);
    const fromRecord = { ...gap, text: gap.absolute === 0 ? '0 (the record)' : `${gap.text} from the record` };
    return { verdict, reason, claimed: claimedView, recomputed: { ...recomputed, text: `${ordinal(record.rank)} of ${record.of}` }, difference: fromRecord, judgedOn: 'data', published: null, publishedNote: null, tolerance: toleranceView };
  }
  const numeric: NumericClaim = { value: claimedValue, qualifier, precision };
  const dataVerdict = measured.lowerBound ? verdictOver(value, Infinity, numeric, tolerance.width) : verdictAt(value, numeric, tolerance.width);
  const candidate = closestCandidate(measured.published, claimedValue);
  const publishedVerdict = candidate ? verdictAt(candidate.value, numeric, tolerance.width) : undefined;
  const onPublished = publishedVerdict !== undefined && severity(publishedVerdict) < severity(dataVerdict);
  const published = candidate ? publishedView(candidate, value, claimedValue, measured, decimals, signed) : null;
  const revision = !onPublished && severity(dataVerdict) > severity('mostly-accurate') ? withinRevision(measured, value, claimedValue) : null;
  const verdict = onPublished ? publishedVerdict! : revision ? 'mostly-accurate' : dataVerdict;
  const judgedValue = onPublished ? candidate!.value : value;
  let reason = verdict === 'unverifiable'
    ? `${recomputed.text.replace(/^at least /, 'Border Patrol alone gives ')}; the total with OFO encounters was never published for ${measured.view.kind === 'value' ? 'this period' : 'these periods'}, so the data cannot decide.`
    : numericReason(verdict, qualifier, judgedValue, claimedValue, measured, tolerance, decimals, signed);
  if (onPublished) {
    const releases = [...new Set(candidate!.figures.map((f) => `${f.release}, ${f.releaseDate}`))].join('; ');
    const revised = `CBP has since revised it to ${recomputed.text} (${published!.revision!.absolute === 0 ? 'unchanged' : stripRelative(published!.revision!.text)}).`;
    reason = verdict === 'accurate' && candidate!.value === claimedValue
      ? `Quotes CBP's figure as published (${releases}) exactly; ${revised}`
      : `Judged on CBP's figure as published, ${published!.text} (${releases}): ${reason.charAt(0).toLowerCase()}${reason.slice(1)} ${revised}`;
  }
  if (revision) reason = revision;
  return { verdict, reason, claimed: claimedView, recomputed, difference, judgedOn: onPublished ? 'published' : revision ? 'revision' : 'data', published, publishedNote: candidate ? measured.publishedGap ?? null : noPublished, tolerance: toleranceView };
}

/**
 * Why a claimed figure that misses today's may still be CBP's figure at the time, or null. Where
 * CBP's first-published figure is documented, CBP's figure at the time lay between it and today's,
 * so the claim must too. Otherwise the allowance measured for this kind of figure (the largest move
 * from a published figure to today's) is the window.
 */
function withinRevision(measured: NumberMeasurement, value: number, claimed: number): string | null {
  if (!measured.revisionAllowance || claimed === value) return null;
  const pct = (x: number) => `${formatDecimal(x * 100, 3)}%`;
  const n = (x: number) => numberText(x, measured.unit, 0);
  const gap = claimed - value;
  const off = `${n(claimed)} is ${n(Math.abs(gap))} (${pct(Math.abs(gap) / Math.abs(value))}) ${gap > 0 ? 'above' : 'below'} today's ${n(value)}`;
  const first = measured.published.filter((c) => c.figures.every((f) => f.vintage === 'first-published'));
  if (first.length > 0) {
    const documented = measured.published.map((c) => c.value);
    if (claimed < Math.min(value, ...documented) || claimed > Math.max(value, ...documented)) return null;
    const farthest = first.reduce((a, c) => (Math.abs(c.value - value) > Math.abs(a.value - value) ? c : a));
    const release = [...new Set(farthest.figures.map((f) => `${f.release}, ${f.releaseDate}`))].join('; ');
    return `Between CBP's figure as first published, ${n(farthest.value)} (${release}), and today's ${n(value)}: ${off}, `
      + 'a figure CBP may have given as it revised the month; judged as CBP\'s figure at the time, not as a misquote.';
  }
  const allowance = measured.revisionAllowance();
  if (!allowance) return null;
  const width = allowance.relative * Math.abs(value);
  if (Math.abs(gap) > width + 1e-9 * Math.max(1, width)) return null;
  const largest = allowance.largest;
  const scope = allowance.scope === 'within-a-year' ? 'within a year of it' : 'in any month (none within a year of it were compared)';
  return `Within CBP's revision allowance: ${off}, and CBP's ${REVISION_KIND_WORDS[allowance.kind]} ${scope} have moved by up to ${pct(allowance.relative)} from publication to today `
    + `(${revisionWords(largest)}, ${largest.between}; ${allowance.compared} compared); judged as CBP's figure at the time, not as a misquote.`;
}

function stripRelative(text: string): string {
  return text.replace(/ \(.*\)$/, '');
}

function closestCandidate(candidates: readonly PublishedCandidate[], claimed: number): PublishedCandidate | undefined {
  return candidates.reduce<PublishedCandidate | undefined>((best, c) => (!best || Math.abs(c.value - claimed) < Math.abs(best.value - claimed) ? c : best), undefined);
}

function publishedView(candidate: PublishedCandidate, dataValue: number, claimed: number, measured: NumberMeasurement, decimals: number, signed: boolean): PublishedView {
  return {
    value: candidate.value,
    text: numberText(candidate.value, measured.unit, decimals, signed),
    formula: candidate.formula,
    figures: candidate.figures.map((f) => ({
      figure: f.figure, period: f.period, value: f.value, release: f.release, releaseDate: f.releaseDate, vintage: f.vintage, sourceUrl: f.sourceUrl,
      repostOf: f.repostOf ? { title: f.repostOf.title, url: f.repostOf.url ?? null } : null, confirmedBy: f.confirmedBy ?? [], note: f.note ?? null,
    })),
    differenceFromClaim: differenceView(candidate.value, claimed, measured.unit, decimals),
    revision: differenceView(dataValue, candidate.value, measured.unit, decimals),
  };
}

function numericReason(verdict: Verdict, qualifier: Qualifier, value: number, claimed: number, measured: NumberMeasurement, tolerance: Tolerance, decimals: number, signed: boolean): string {
  const unit = measured.unit;
  const c = numberText(claimed, unit, decimals === 0 ? 0 : Math.max(0, decimals - 1), signed);
  const gap = differenceView(value, claimed, unit, decimals);
  const off = `${gap.text.replace(/^[+−]/, '').replace(/\(([+−])/, '(')} ${gap.absolute < 0 ? 'below' : 'above'} the claimed ${c}`;
  const tol = tolerancePhrase(tolerance, unit);
  const where = measured.view.kind === 'maximum' || measured.view.kind === 'minimum' ? ` (${measured.view.details[0] ?? ''})` : '';
  switch (qualifier) {
    case 'exact':
      return verdict === 'accurate' ? (value === claimed ? 'Equals the claimed figure.' : `Rounds to the claimed ${c}.`)
        : verdict === 'mostly-accurate' ? `${capital(off)}: more than rounding, within the ${tol} tolerance.`
          : `${capital(off)}, beyond the ${tol} tolerance.`;
    case 'about':
      return verdict === 'accurate' ? `Within the ${tol} tolerance of the claimed ${c}.`
        : verdict === 'mostly-accurate' ? `${capital(off)}: beyond the ${tol} tolerance, within twice it.`
          : `${capital(off)}: more than twice the ${tol} tolerance.`;
    case 'nearly':
      return verdict === 'accurate' ? `Just below the claimed ${c}, within the ${tol} tolerance.`
        : verdict === 'mostly-accurate' ? (value >= claimed ? `It rounds to ${c} rather than falling short of it.` : `${capital(off)}: beyond the ${tol} tolerance, within twice it.`)
          : value >= claimed ? `It is above ${c}, not nearly ${c}.` : `${capital(off)}: more than twice the ${tol} tolerance.`;
    case 'more-than':
      return verdict === 'accurate' ? `Above ${c}${where}.` : verdict === 'mostly-accurate' ? `Not above ${c}, but within the ${tol} tolerance${where}.` : `Not above ${c}${where}.`;
    case 'at-least':
      return verdict === 'accurate' ? `At least ${c}${where}.` : verdict === 'mostly-accurate' ? `${capital(off)}, within the ${tol} tolerance${where}.` : `Below ${c}${where}.`;
    case 'less-than':
      return verdict === 'accurate' ? `Below ${c}${where}.` : verdict === 'mostly-accurate' ? `Not below ${c}, but within the ${tol} tolerance${where}.` : `Not below ${c}${where}.`;
    case 'at-most':
      return verdict === 'accurate' ? `Never above ${c}${where}.` : verdict === 'mostly-accurate' ? `${capital(off)}, within the ${tol} tolerance${where}.` : `Exceeds ${c}${where}.`;
    case 'within': {
      const size = numberText(Math.abs(value), unit, decimals, false);
      const bound = numberText(claimed, unit, decimals, false);
      return verdict === 'accurate' ? `${capital(size)} is within ${bound}.` : verdict === 'mostly-accurate' ? `${capital(size)} is beyond ${bound}, but within the ${tol} tolerance.` : `${capital(size)} is beyond ${bound}.`;
    }
    default:
      return '';
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1-point", "5%", "500": as in "within the 1-point tolerance". */
function tolerancePhrase(tolerance: Tolerance, unit: string): string {
  const trim = (x: number) => String(Number(x.toFixed(3)));
  if (tolerance.kind === 'points') return `${trim(tolerance.width)}-point`;
  if (tolerance.kind === 'relative') return unit === 'percent' ? `${tolerance.text} (${trim(tolerance.width)}-point)` : tolerance.text;
  return formatDecimal(tolerance.amount, Number.isInteger(tolerance.amount) ? 0 : 2);
}

// ---- facts: dates, participants, order, form ----

function judgeFact(measured: FactMeasurement, claimed: Claimed, path: string, toleranceText: string | undefined): Judged {
  const names = measured.names;
  if (measured.type === 'participants' && Array.isArray(claimed.value)) resolvePeople(claimed.value, names, `${path}claimed.value`);
  const claimedView: ClaimedView = {
    value: claimed.value, unit: claimed.unit, qualifier: claimed.qualifier, meaning: canonicalQualifier(claimed.qualifier),
    precision: claimed.unit === 'date' ? (typeof claimed.precision === 'string' ? claimed.precision : datePrecision(String(claimed.value))) : null,
    text: claimedText(claimed.value, claimed.unit, claimed.qualifier, null, false, names),
  };
  const none = { difference: null, judgedOn: null, published: null, publishedNote: null, tolerance: null } as const;
  if (measured.value === null) return { verdict: 'unverifiable', reason: measured.unverifiable ?? 'The data cannot decide.', claimed: claimedView, recomputed: null, ...none };
  const shown = Array.isArray(measured.value) ? measured.value.map((id) => names[id] ?? id).join(', ') : measured.type === 'date' ? measured.value : words(measured.value);
  const recomputed = { value: measured.value, lowerBound: false, text: measured.order && measured.order.days !== 0 ? `${shown} (${numberText(Math.abs(measured.order.days), 'days', 0)})` : shown };
  const result = (verdict: Verdict, reason: string, extra: Partial<Judged> = {}): Judged => ({ verdict, reason, claimed: claimedView, recomputed, ...none, ...extra });
  switch (measured.type) {
    case 'date': {
      const actual = measured.value as string;
      const precision = claimedView.precision as 'day' | 'month' | 'year';
      const claimedDate = String(claimed.value);
      const length = precision === 'day' ? 10 : precision === 'month' ? 7 : 4;
      if (actual.slice(0, length) === claimedDate.slice(0, length)) return result('accurate', `The event was on ${actual}.`);
      const tolerance = toleranceText === undefined ? 0 : Number(toleranceText);
      const days = precision === 'day' ? Math.round((Date.parse(`${actual}T00:00:00Z`) - Date.parse(`${claimedDate}T00:00:00Z`)) / 86_400_000) : null;
      const difference = days === null ? null : { absolute: days, relative: null, text: numberText(days, 'days', 0, true) };
      if (days !== null && Math.abs(days) <= tolerance) return result('mostly-accurate', `The event was on ${actual}, ${numberText(Math.abs(days), 'days', 0)} ${days > 0 ? 'later' : 'earlier'}: within the ${toleranceText} tolerance.`, { difference });
      return result('inaccurate', `The event was on ${actual}, not ${claimedDate}.`, { difference });
    }
    case 'participants': {
      const actual = measured.value as string[];
      const named = claimed.value as string[];
      const absent = named.filter((id) => !actual.includes(id));
      const unnamed = actual.filter((id) => !named.includes(id));
      const others = unnamed.length ? ` Not named: ${listWords(unnamed.map((id) => names[id] ?? id))}.` : '';
      if (absent.length) return result('inaccurate', `${listWords(absent.map((id) => names[id] ?? id))} did not take part.${others}`);
      if (canonicalQualifier(claimed.qualifier) === 'exact' && unnamed.length) return result('mostly-accurate', `Everyone named took part, but not only them.${others}`);
      return result('accurate', `Everyone named took part.${others}`);
    }
    case 'order': {
      const actual = measured.value as string;
      const { event, reference, days } = measured.order!;
      const how = actual === 'same-day' ? 'on the same day as' : `${numberText(Math.abs(days), 'days', 0)} ${actual}`;
      const text = `“${event.title}” (${event.date}) came ${how} “${reference.title}” (${reference.date}).`;
      return actual === claimed.value ? result('accurate', text) : result('inaccurate', `${text.replace(/\.$/, '')}, not ${words(String(claimed.value))}.`);
    }
    case 'form': {
      const actual = measured.value as string;
      if (actual === claimed.value) return result('accurate', `It was a ${words(actual)}.`);
      // The event happened as dated; calling it something it was not is a matter of framing.
      return result('misleading', `It was a ${words(actual)}, not a ${words(String(claimed.value))}.`);
    }
  }
}

function datePrecision(value: string): 'day' | 'month' | 'year' {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

function dedupeSources(sources: readonly EvidenceSource[]): EvidenceSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.id}|${s.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
