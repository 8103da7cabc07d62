// What a sentence says about the number in it, for ranking trace hits: which dataset (drug
// seizures or encounters), drug, region, component, citizenships, months and statistic (a share
// or a change). Heuristics over one sentence (at most a few hundred characters): words right after
// the number first ("55% in methamphetamine"), then the nearest word in the sentence; region and
// period carry over from the previous sentence of the paragraph ("Nearly 80% of these encounters").
import type { Subject } from '../trace/figure-series.js';
import type { HitShape } from '../trace/trace-index.js';
import { monthKeyAt } from '../trace/period-words.js';
import { citizenshipName } from '../trace/encounter-series.js';
import type { FoundNumber } from './numbers.js';

export interface ClaimContext {
  dataset: 'encounters' | 'seizures' | null;
  /** A drug id, or 'all' for "total drug seizures". */
  drug: string | null;
  region: 'southwest' | 'northern' | 'nationwide' | null;
  component: 'usbp' | 'ofo' | null;
  /** Citizenship values of the data named in the sentence ("CUBA", "VENEZUELA"). */
  citizenships: string[];
  /** Absolute month indexes the claim is about, where the sentence pins them down. */
  months: number[] | null;
  /** Months of the year (1–12) when the year is open, with an optional "prior to" bound. */
  monthsOfYear: number[] | null;
  beforeYear: number | null;
  fiscalYears: number[] | null;
  years: number[] | null;
  statistic: 'change' | 'share' | null;
}

/** How article words name CBP drug types (ids as in the seizure data). */
export const DRUG_WORDS: Record<string, readonly string[]> = {
  methamphetamine: ['methamphetamine', 'meth '],
  fentanyl: ['fentanyl'],
  cocaine: ['cocaine'],
  heroin: ['heroin'],
  marijuana: ['marijuana', 'cannabis'],
  ecstasy: ['ecstasy', 'mdma'],
  ketamine: ['ketamine'],
  lsd: ['lsd'],
  khat: ['khat'],
  all: ['total drug', 'all drug', 'total seizures', 'overall drug'],
};
const SEIZURE_WORDS = ['seizure', 'seized', 'drug', 'narcotic', 'fentanyl', 'methamphetamine', 'cocaine', 'heroin', 'marijuana'];
const ENCOUNTER_WORDS = ['encounter', 'migrant', 'apprehen', 'crossing', 'immigrant', 'asylum', 'border crossers'];
const REGION_WORDS: Record<'southwest' | 'northern' | 'nationwide', readonly string[]> = {
  southwest: ['southern border', 'southwest border', 'southwestern border', 'south-west border', 'mexico border', 'mexican border', 'southwest land border'],
  northern: ['northern border', 'canadian border', 'canada border'],
  nationwide: ['nationwide', 'in the united states', 'across the country', 'all of cbp', 'across all borders'],
};
const COMPONENT_WORDS: Record<'usbp' | 'ofo', readonly string[]> = {
  usbp: ['outside ports of entry', 'between ports of entry', 'between the ports', 'border patrol', 'outside of ports'],
  ofo: ['at ports of entry', 'at the ports', 'field operations', 'ofo'],
};
const CHANGE_WORDS = ['rise', 'rose', 'increase', 'jump', 'surge', 'grew', 'growth', 'drop', 'decline', 'fell', 'fall', 'decrease', 'up ', 'down ', 'more than in', 'higher than', 'lower than'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const BEFORE_WORDS = ['prior to ', 'before ', 'until '];
const CLAUSE_LENGTH = 60;

interface Occurrence {
  at: number;
  key: string;
}

const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();

/** Where `word` starts a word in `text` (so "up " is not found in "group "), from `from` on. */
function wordIndex(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1])) return at;
  }
  return -1;
}

function hasWord(text: string, word: string): boolean {
  return wordIndex(text, word) >= 0;
}

/** Every occurrence of each keyword in `text` (bounded: a sentence is at most a few hundred characters). */
function occurrences(text: string, words: Record<string, readonly string[]>): Occurrence[] {
  const found: Occurrence[] = [];
  for (const [key, list] of Object.entries(words)) {
    for (const word of list) {
      for (let at = wordIndex(text, word); at >= 0; at = wordIndex(text, word, at + word.length)) found.push({ at, key });
    }
  }
  return found;
}

/** The keyword in the clause right after the number, else the one nearest to it in the sentence. */
function nearestKey(sentence: string, from: number, to: number, words: Record<string, readonly string[]>): string | null {
  const all = occurrences(sentence, words);
  if (all.length === 0) return null;
  const clauseEnd = clauseEndAfter(sentence, to);
  const inClause = all.filter((o) => o.at >= to && o.at < clauseEnd).sort((a, b) => a.at - b.at);
  if (inClause.length > 0) return inClause[0]!.key;
  const distance = (o: Occurrence) => (o.at >= to ? o.at - to : from - o.at);
  return all.sort((a, b) => distance(a) - distance(b))[0]!.key;
}

/** A clause break: , ; : ( ) — but not the comma inside a number such as 617,865. */
function breaksClause(sentence: string, at: number): boolean {
  const c = sentence[at]!;
  if (c === ',') return !(/[0-9]/.test(sentence[at - 1] ?? '') && /[0-9]/.test(sentence[at + 1] ?? ''));
  return ';:()'.includes(c);
}

/** The clause a number stands in: "nearly 79% of them by Border Patrol" after a comma. */
function clauseAround(sentence: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !breaksClause(sentence, start - 1)) start--;
  let end = to;
  while (end < sentence.length && !breaksClause(sentence, end)) end++;
  return sentence.slice(start, end);
}

function clauseEndAfter(sentence: string, to: number): number {
  let end = to;
  while (end < sentence.length && end - to < CLAUSE_LENGTH && !',;:.()'.includes(sentence[end]!)) end++;
  return end;
}

function firstKey<K extends string>(sentence: string, words: Record<K, readonly string[]>): K | null {
  for (const [key, list] of Object.entries(words) as [K, readonly string[]][]) {
    if (list.some((word) => hasWord(sentence, word))) return key;
  }
  return null;
}

const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** The absolute month index of a "November 2023" / "Nov. 2023" date, else null. */
function monthYearIndex(n: FoundNumber): number | null {
  if (n.kind !== 'date' || n.value < 1800) return null;
  const word = n.text.split(' ')[0]!.replace('.', '').toLowerCase();
  const month = MONTH_NAMES.includes(word) ? MONTH_NAMES.indexOf(word) : MONTH_ABBREVIATIONS.indexOf(word.slice(0, 3));
  return month >= 0 ? n.value * 12 + month : null;
}

/** The latest "Month YYYY" the text names: the month it is written about. */
export function documentMonth(numbers: readonly FoundNumber[]): number | null {
  let latest: number | null = null;
  for (const n of numbers) {
    const index = monthYearIndex(n);
    if (index !== null && (latest === null || index > latest)) latest = index;
  }
  return latest;
}

interface Period {
  months: number[] | null;
  monthsOfYear: number[] | null;
  beforeYear: number | null;
  fiscalYears: number[] | null;
  years: number[] | null;
}

function periodOf(sentence: string, original: string, inSentence: readonly FoundNumber[], docMonth: number | null): Period | null {
  const monthNames = MONTH_NAMES.flatMap((name, i) => {
    const at = wordIndex(sentence, name);
    // "may" is a month only when written May.
    if (at < 0 || (name === 'may' && original[at] !== 'M')) return [];
    return [i + 1];
  });
  const fiscalYears = inSentence.filter((n) => n.kind === 'fiscal-year').map((n) => n.value);
  const explicit = inSentence.flatMap((n) => monthYearIndex(n) ?? []);
  let beforeYear: number | null = null;
  const years: number[] = [];
  for (const n of inSentence) {
    if (n.kind !== 'year') continue;
    const lead = sentence.slice(Math.max(0, n.start - 12), n.start);
    if (BEFORE_WORDS.some((word) => lead.endsWith(word))) beforeYear = n.value;
    else years.push(n.value);
  }
  if (explicit.length > 0) return { months: explicit, monthsOfYear: null, beforeYear: null, fiscalYears: null, years: null };
  if (fiscalYears.length > 0) return { months: null, monthsOfYear: null, beforeYear: null, fiscalYears, years: null };
  if (monthNames.length > 0) {
    if (years.length > 0) return { months: years.flatMap((y) => monthNames.map((m) => y * 12 + m - 1)), monthsOfYear: null, beforeYear: null, fiscalYears: null, years: null };
    if (beforeYear === null && docMonth !== null) {
      // A month without a year is its latest occurrence up to the month the text is written about.
      return { months: monthNames.map((m) => { const year = Math.floor(docMonth / 12); return (m - 1 <= docMonth % 12 ? year : year - 1) * 12 + m - 1; }), monthsOfYear: null, beforeYear: null, fiscalYears: null, years: null };
    }
    return { months: null, monthsOfYear: monthNames, beforeYear, fiscalYears: null, years: null };
  }
  if (years.length > 0 || beforeYear !== null) return { months: null, monthsOfYear: null, beforeYear, fiscalYears: null, years: years.length > 0 ? years : null };
  return null;
}

interface SentenceFacts {
  region: ClaimContext['region'];
  period: Period | null;
  citizenships: string[];
}

/**
 * The context of each number, with region and period carried over from the previous sentence of
 * the same paragraph when a sentence names none. Sentence-level facts are worked out once per
 * sentence.
 */
export function claimContexts(text: string, numbers: readonly FoundNumber[], citizenships: readonly string[], wanted?: ReadonlySet<FoundNumber>): (ClaimContext | null)[] {
  const docMonth = documentMonth(numbers);
  const bySentence = new Map<number, FoundNumber[]>();
  for (const n of numbers) {
    const list = bySentence.get(n.sentenceIndex);
    if (list) list.push(n);
    else bySentence.set(n.sentenceIndex, [n]);
  }
  const names = citizenships.filter((c) => c !== 'OTHER').map((c) => ({ value: c, name: citizenshipName(c).replace(/^the /, '').toLowerCase() }));
  const facts = new Map<number, SentenceFacts>();
  let previous: { paragraph: number; facts: SentenceFacts } | undefined;
  for (const [index, list] of bySentence) {
    const first = list[0]!;
    const original = text.slice(first.sentenceStart, first.sentenceEnd);
    const sentence = original.toLowerCase();
    const relative = list.map((m) => ({ ...m, start: m.start - first.sentenceStart }));
    const own: SentenceFacts = {
      region: firstKey(sentence, REGION_WORDS),
      period: periodOf(sentence, original, relative, docMonth),
      citizenships: names.filter(({ name }) => hasWord(sentence, name)).map(({ value }) => value),
    };
    if (previous && previous.paragraph === first.paragraph) {
      own.region ??= previous.facts.region;
      own.period ??= previous.facts.period;
    }
    facts.set(index, own);
    previous = { paragraph: first.paragraph, facts: own };
  }
  return numbers.map((n) => {
    if (wanted && !wanted.has(n)) return null;
    const sentence = text.slice(n.sentenceStart, n.sentenceEnd).toLowerCase();
    const from = n.start - n.sentenceStart;
    const to = n.end - n.sentenceStart;
    const own = facts.get(n.sentenceIndex)!;
    const dataset = nearestKey(sentence, from, to, { seizures: SEIZURE_WORDS, encounters: ENCOUNTER_WORDS }) as ClaimContext['dataset'];
    const clause = sentence.slice(to, clauseEndAfter(sentence, to));
    let statistic: ClaimContext['statistic'] = null;
    if (n.kind === 'percent') {
      if (/^\s*of\b/.test(clause)) statistic = 'share';
      else if (CHANGE_WORDS.some((word) => hasWord(sentence, word))) statistic = 'change';
    }
    return {
      dataset,
      drug: dataset === 'seizures' ? nearestKey(sentence, from, to, DRUG_WORDS) ?? 'all' : null,
      region: own.region,
      // Border Patrol or OFO qualifies the clause it stands in, not every number of the sentence.
      component: firstKey(clauseAround(sentence, from, to), COMPONENT_WORDS),
      citizenships: own.citizenships,
      months: own.period?.months ?? null,
      monthsOfYear: own.period?.monthsOfYear ?? null,
      beforeYear: own.period?.beforeYear ?? null,
      fiscalYears: own.period?.fiscalYears ?? null,
      years: own.period?.years ?? null,
      statistic,
    };
  });
}

export interface ContextFit {
  matches: number;
  conflicts: number;
  /** How many aspects the context states (a full fit matches them all). */
  aspects: number;
}

class FitCount implements ContextFit {
  matches = 0;
  conflicts = 0;
  aspects = 0;

  check(stated: boolean, agrees: boolean): void {
    if (!stated) return;
    this.aspects++;
    if (agrees) this.matches++;
    else this.conflicts++;
  }

  get full(): boolean {
    return this.conflicts === 0 && this.matches === this.aspects;
  }
}

/** How well a series agrees with the sentence: dataset, drug, region, component, citizenship. */
export function subjectFit(context: ClaimContext, subject: Subject): FitCount {
  const fit = new FitCount();
  fit.check(context.dataset !== null, subject.dataset === context.dataset);
  fit.check(context.drug !== null, subject.drug === context.drug);
  fit.check(context.region !== null, subject.region === context.region);
  fit.check(context.component !== null, subject.component === context.component);
  const named = subject.citizenship === null ? [] : subject.citizenship.split(' + ');
  if (context.citizenships.length > 0) {
    // A total (no citizenship) neither agrees nor disagrees: "20% of the 617,865 migrants".
    if (named.length > 0) fit.check(true, named.length === context.citizenships.length && named.every((c) => context.citizenships.includes(c)));
  } else if (named.length > 0) {
    fit.check(true, false);
  }
  return fit;
}

/** How well a run of months and its statistic agree with the sentence. */
export function runFit(context: ClaimContext, shape: HitShape, fit = new FitCount()): FitCount {
  fit.check(context.statistic !== null, shape.statistic === context.statistic);
  const back = shape.comparison === 'previous-month' ? 1 : shape.comparison === 'year-before' ? 12 : 0;
  // Every month of the run, and of the run it is compared with.
  const every = (test: (month: number) => boolean, own = false) => {
    for (let m = shape.start; m < shape.start + shape.length; m++) if (!test(m)) return false;
    if (back > 0 && !own) for (let m = shape.start - back; m < shape.start - back + shape.length; m++) if (!test(m)) return false;
    return true;
  };
  if (context.months) {
    fit.check(true, every((m) => context.months!.includes(m)));
  } else if (context.fiscalYears) {
    fit.check(true, every((m) => context.fiscalYears!.includes(fiscalYearOfIndex(m))));
  } else if (context.monthsOfYear || context.beforeYear !== null || context.years) {
    fit.check(true, every((m) => (!context.monthsOfYear || context.monthsOfYear.includes((m % 12) + 1))
      && (context.beforeYear === null || Math.floor(m / 12) < context.beforeYear)
      && (!context.years || context.years.includes(Math.floor(m / 12))), true));
  }
  return fit;
}

/** How well a candidate figure agrees with what the sentence says. */
export function contextFit(context: ClaimContext, shape: HitShape): ContextFit {
  return runFit(context, shape, subjectFit(context, shape.series.subject));
}

function fiscalYearOfIndex(index: number): number {
  return (index % 12) + 1 >= 10 ? Math.floor(index / 12) + 1 : Math.floor(index / 12);
}

/** Month keys of a context's months, for display. */
export function contextMonthKeys(context: ClaimContext): string[] | null {
  return context.months ? context.months.map(monthKeyAt) : null;
}
