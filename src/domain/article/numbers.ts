// Finds every number in a text with its sentence: counts (242,418; 1.2 million; 483k),
// percentages (35%, 35 percent), money ($1.2 billion), dates (December 27, November 2023), years
// (2022) and fiscal years (fiscal year 2024, FY2024), with the qualifier before it ("nearly 80%").
// A hand-written scanner: every character is visited once by the main loop, and every look
// before or after a number is bounded by a constant, so the time is linear in the text whatever
// it holds (no regular expression runs over the whole text).
import { sentenceSpans, sentenceText } from './sentences.js';
import { qualifierBefore, type QualifierKind } from './qualifiers.js';

export type NumberKind = 'count' | 'percent' | 'money' | 'date' | 'year' | 'fiscal-year' | 'ordinal';

export interface FoundNumber {
  /** The number as written, with its unit words: "242,418", "80%", "$1.2 billion", "December 27". */
  text: string;
  kind: NumberKind;
  /** The value (percentages in percent; years the year; dates the day or the year). */
  value: number;
  /** Place value of the last written digit, after any scale word: 1 for 242,418, 100,000 for 1.2 million. */
  precision: number;
  /** The qualifier words as written before the number ("nearly", "never … more than"), or null. */
  qualifier: string | null;
  qualifierKind: QualifierKind;
  /** Offsets of `text` in the input (UTF-16 code units), and its 1-based line. */
  start: number;
  end: number;
  line: number;
  /** The sentence, on one line; its offsets in the input; its paragraph. */
  sentence: string;
  sentenceIndex: number;
  sentenceStart: number;
  sentenceEnd: number;
  paragraph: number;
}

/** Kinds that are quantities a dataset can hold; dates and years only situate them. */
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SCALE_SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const CURRENCY = new Set(['$', '€', '£']);

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAsciiLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (isAsciiLetter(c)) return true;
  return c > '\u007f' && c.toLowerCase() !== c.toUpperCase();
}
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** The longest run of letters starting at `i` (at most `limit`). */
function wordAt(text: string, i: number, limit = 16): string {
  let j = i;
  while (j < text.length && j - i < limit && isLetter(text[j])) j++;
  return text.slice(i, j);
}

/** The word ending just before `end` (skipping one run of spaces and an optional period), or ''. */
function wordBefore(text: string, end: number, floor: number): { word: string; start: number } {
  let j = end - 1;
  let spaces = 0;
  while (j >= floor && spaces < 4 && isSpace(text[j])) j--, spaces++;
  if (text[j] === '.') j--;
  const last = j;
  while (j >= floor && last - j < 16 && isLetter(text[j])) j--;
  return { word: text.slice(j + 1, last + 1), start: j + 1 };
}

interface Numeral {
  end: number;
  value: number;
  decimals: number;
  grouped: boolean;
}

/** Digits, comma groups of exactly three, and one decimal part, from `i` (a digit). */
function readNumeral(text: string, i: number): Numeral {
  let j = i;
  while (isDigit(text[j])) j++;
  let grouped = false;
  // ",418" continues the number only when exactly three digits follow the comma.
  while (text[j] === ',' && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4]) && j - i < 64) {
    j += 4;
    grouped = true;
  }
  let decimals = 0;
  if (text[j] === '.' && isDigit(text[j + 1])) {
    j++;
    while (isDigit(text[j]) && decimals < 32) j++, decimals++;
  }
  const written = text.slice(i, j);
  return { end: j, value: Number(grouped ? written.replaceAll(',', '') : written), decimals, grouped };
}

export function findNumbers(text: string): FoundNumber[] {
  const spans = sentenceSpans(text);
  const sentences: string[] = [];
  const found: FoundNumber[] = [];
  let sentence = 0;
  let line = 1;
  let lineCursor = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i])) continue;
    const before = text[i - 1];
    // Part of a word or code ("COVID-19", "H1N1", "3.14" after a digit run): not a number of its own,
    // except fiscal years written FY2024.
    const glued = isLetter(before) || before === '_' || (before === '-' && isLetter(text[i - 2])) || before === '.' || isDigit(before);
    const numeral = readNumeral(text, i);
    if (glued && !fiscalYearPrefix(text, i)) {
      i = skipWord(text, numeral.end) - 1;
      continue;
    }
    while (sentence < spans.length - 1 && spans[sentence]!.end <= i) sentence++;
    while (lineCursor < i) if (text[lineCursor++] === '\n') line++;
    const span = spans[sentence] ?? { start: 0, end: text.length, paragraph: 0 };
    const token = classify(text, i, numeral, span.start, span.end);
    if (token) {
      sentences[sentence] ??= sentenceText(text, span);
      const qualifier = token.kind === 'count' || token.kind === 'percent' || token.kind === 'money'
        ? qualifierBefore(text, token.start, span.start)
        : { words: null, kind: 'exact' as const };
      found.push({
        text: text.slice(token.start, token.end).replace(/\s+/g, ' '),
        kind: token.kind,
        value: token.value,
        precision: token.precision,
        qualifier: qualifier.words,
        qualifierKind: qualifier.kind,
        start: token.start,
        end: token.end,
        line,
        sentence: sentences[sentence]!,
        sentenceIndex: sentence,
        sentenceStart: span.start,
        sentenceEnd: span.end,
        paragraph: span.paragraph,
      });
    }
    i = Math.max(i, (token?.end ?? numeral.end) - 1);
  }
  return found;
}

function skipWord(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 64 && (isLetter(text[j]) || isDigit(text[j]))) j++;
  return j;
}

function fiscalYearPrefix(text: string, i: number): boolean {
  return (text[i - 1] === 'Y' || text[i - 1] === 'y') && (text[i - 2] === 'F' || text[i - 2] === 'f') && !isLetter(text[i - 3]);
}

interface Token {
  kind: NumberKind;
  start: number;
  end: number;
  value: number;
  precision: number;
}

function classify(text: string, i: number, numeral: Numeral, floor: number, ceiling: number): Token | undefined {
  let { end } = numeral;
  const whole = numeral.decimals === 0 && !numeral.grouped;
  let precision = 10 ** -numeral.decimals;
  let value = numeral.value;

  // FY2024, FY24
  if (fiscalYearPrefix(text, i)) {
    if (!whole || isLetter(text[end])) return undefined;
    const year = numeral.end - i === 2 ? 2000 + value : value;
    return { kind: 'fiscal-year', start: i - 2, end, value: year, precision: 1 };
  }

  // Letters glued after the digits: 483k, 1.2m, 27th; anything else ("3D", "19mm") is not ours.
  if (isLetter(text[end])) {
    const suffix = wordAt(text, end, 4).toLowerCase();
    if (isLetter(text[end + suffix.length])) return undefined;
    if (SCALE_SUFFIXES[suffix] !== undefined) {
      value *= SCALE_SUFFIXES[suffix]!;
      precision *= SCALE_SUFFIXES[suffix]!;
      end += suffix.length;
    } else if (ORDINAL_SUFFIXES.has(suffix) && whole) {
      const month = monthBefore(text, i, floor);
      if (month) return { kind: 'date', start: month.start, end: end + suffix.length, value, precision: 1 };
      return { kind: 'ordinal', start: i, end: end + suffix.length, value, precision: 1 };
    } else if (suffix === 's' && whole && value >= 1800 && value <= 2100) {
      return { kind: 'year', start: i, end: end + 1, value, precision: 10 };
    } else {
      return undefined;
    }
  }

  // What follows: "%", "percent", "per cent", a scale word, "dollars".
  let kind: NumberKind = 'count';
  const after = nextWord(text, end, ceiling);
  if (text[end] === '%' || (text[end] === ' ' && text[end + 1] === '%')) {
    kind = 'percent';
    end = text.indexOf('%', end) + 1;
  } else if (after && (after.word === 'percent' || after.word === 'pct')) {
    kind = 'percent';
    end = after.end;
  } else if (after && after.word === 'per' && nextWord(text, after.end, ceiling)?.word === 'cent') {
    kind = 'percent';
    end = nextWord(text, after.end, ceiling)!.end;
  } else if (after && SCALE_WORDS[after.word] !== undefined && text[end] !== '\n') {
    value *= SCALE_WORDS[after.word]!;
    precision *= SCALE_WORDS[after.word]!;
    end = after.end;
  }

  // What precedes: a currency sign, a month name, "fiscal year".
  let start = i;
  if (CURRENCY.has(text[i - 1]!) || (text[i - 1] === ' ' && CURRENCY.has(text[i - 2]!))) {
    start = text[i - 1] === ' ' ? i - 2 : i - 1;
    if (text[start - 1] === 'S' && text[start - 2] === 'U') start -= 2;
    kind = kind === 'percent' ? kind : 'money';
  }
  if (kind === 'count') {
    const dollars = nextWord(text, end, ceiling);
    if (dollars && (dollars.word === 'dollars' || dollars.word === 'usd')) {
      kind = 'money';
      end = dollars.end;
    }
  }
  if (kind !== 'count' || !whole || precision !== 1) return { kind, start, end, value, precision };

  const month = monthBefore(text, i, floor);
  if (month && ((value >= 1 && value <= 31) || (value >= 1800 && value <= 2100))) {
    return { kind: 'date', start: month.start, end: end + yearAfterDay(text, end, value), value, precision: 1 };
  }
  if (value >= 1 && value <= 31) {
    const monthAfter = nextWord(text, end, ceiling);
    if (monthAfter && MONTHS[monthAfter.word] !== undefined && monthAfter.word.length > 3) {
      return { kind: 'date', start, end: monthAfter.end, value, precision: 1 };
    }
  }
  if (numeral.end - i === 4 && value >= 1800 && value <= 2100) {
    const fiscal = fiscalWordsBefore(text, i, floor);
    if (fiscal !== undefined) return { kind: 'fiscal-year', start: fiscal, end, value, precision: 1 };
    return { kind: 'year', start, end, value, precision: 1 };
  }
  return { kind, start, end, value, precision };
}

/** The next word after `end` (one run of spaces between), lower-cased, within the sentence. */
function nextWord(text: string, end: number, ceiling: number): { word: string; end: number } | undefined {
  let j = end;
  let spaces = 0;
  while (j < ceiling && spaces < 4 && isSpace(text[j])) j++, spaces++;
  if (spaces === 0 || j >= ceiling) return undefined;
  const word = wordAt(text, j);
  return word === '' ? undefined : { word: word.toLowerCase(), end: j + word.length };
}

/** "December 27", "Dec. 27", "November 2023": the month name right before the number. */
function monthBefore(text: string, i: number, floor: number): { start: number } | undefined {
  if (!isSpace(text[i - 1])) return undefined;
  const { word, start } = wordBefore(text, i, floor);
  return word !== '' && MONTHS[word.toLowerCase()] !== undefined ? { start } : undefined;
}

/** ", 2023" after "December 27": the length to take into the date. */
function yearAfterDay(text: string, end: number, day: number): number {
  if (day > 31 || text[end] !== ',' || text[end + 1] !== ' ') return 0;
  for (let k = 2; k < 6; k++) if (!isDigit(text[end + k])) return 0;
  return isDigit(text[end + 6]) ? 0 : 6;
}

/** Start of "fiscal year " / "fiscal " / "FY " right before a year, if there. */
function fiscalWordsBefore(text: string, i: number, floor: number): number | undefined {
  const first = wordBefore(text, i, floor);
  const word = first.word.toLowerCase();
  if (word === 'fy' || word === 'fiscal') return first.start;
  if (word === 'year') {
    const second = wordBefore(text, first.start, floor);
    if (second.word.toLowerCase() === 'fiscal') return second.start;
  }
  return undefined;
}
