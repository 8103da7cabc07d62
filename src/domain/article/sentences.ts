// Splits text into sentences in one pass: at . ! ? followed by a space and a capital, digit or
// quote (not after an abbreviation such as "U.S." or "Mr."), and at blank lines. Every look
// around is bounded, so the pass is linear in the text; an overlong run without a boundary is
// cut at a space so that no "sentence" a number is reported with grows with the input.

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

/** Longest sentence kept whole; longer runs are cut at the last space before this length. */
export const MAX_SENTENCE = 600;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'no', 'gov', 'sen', 'rep', 'gen',
  'lt', 'col', 'sgt', 'capt', 'prof', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'fig', 'ft', 'lb', 'lbs', 'oz', 'mt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'd.c', 'u.s.a',
]);
const ABBREVIATION_LOOKBACK = 8;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2028' || c === '\u2029';
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let lastSpace = -1;
  let paragraph = 0;
  const close = (end: number, next: number, endsParagraph = false) => {
    if (end > start && text.slice(start, end).trim() !== '') spans.push({ start, end, paragraph });
    if (endsParagraph) paragraph++;
    start = next;
    lastSpace = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // A blank line (only spaces between two line breaks) ends a paragraph.
      let j = i + 1;
      while (j < text.length && j - i <= 16 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') {
        close(i, j + 1, true);
        i = j;
        continue;
      }
    }
    if (isSpace(c)) lastSpace = i;
    if ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, i)) {
      let end = i + 1;
      while (end < text.length && end - i <= 3 && CLOSERS.has(text[end]!)) end++;
      close(end, end);
      continue;
    }
    if (i - start >= MAX_SENTENCE) close(lastSpace > start ? lastSpace : i, lastSpace > start ? lastSpace + 1 : i);
  }
  close(text.length, text.length);
  return spans;
}

function endsSentence(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && j - i <= 3 && CLOSERS.has(text[j]!)) j++;
  if (j >= text.length) return true;
  if (!isSpace(text[j])) return false;
  while (j < text.length && j - i <= 8 && isSpace(text[j])) j++;
  const next = text[j];
  if (next === undefined) return true;
  if (!(isUpper(next) || isDigit(next) || OPENERS.has(next))) return false;
  if (text[i] !== '.') return true;
  // "U.S. officials", "Mr. López": the word before the period is an abbreviation or an initial.
  let k = i - 1;
  while (k >= 0 && i - k <= ABBREVIATION_LOOKBACK && !isSpace(text[k]) && !OPENERS.has(text[k]!)) k--;
  const word = text.slice(k + 1, i).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false;
  return !ABBREVIATIONS.has(word);
}

/** A sentence's text on one line: runs of white space collapsed. */
export function sentenceText(text: string, span: SentenceSpan): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}
