// The words before a number that change what it claims: "nearly 80%", "approximately 20%",
// "never recorded more than 80,000". Read backwards over at most a few words of the sentence.

/** What a qualifier asks of the recomputed value (the check command's qualifier families). */
export type QualifierKind = 'exact' | 'about' | 'nearly' | 'more-than' | 'at-least' | 'less-than' | 'at-most';

const QUALIFIERS: Record<string, QualifierKind> = {
  nearly: 'nearly', almost: 'nearly', 'just under': 'nearly', 'just shy of': 'nearly', 'close to': 'nearly', 'just below': 'nearly',
  about: 'about', approximately: 'about', roughly: 'about', around: 'about', some: 'about', 'an estimated': 'about',
  estimated: 'about', approx: 'about', circa: 'about',
  'more than': 'more-than', over: 'more-than', above: 'more-than', exceeding: 'more-than', 'in excess of': 'more-than',
  'upwards of': 'more-than', 'well over': 'more-than', 'just over': 'more-than', 'greater than': 'more-than', 'higher than': 'more-than',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least',
  'less than': 'less-than', 'fewer than': 'less-than', under: 'less-than', below: 'less-than', 'lower than': 'less-than',
  'at most': 'at-most', 'no more than': 'at-most', 'not more than': 'at-most', 'up to': 'at-most', 'as many as': 'at-most',
  'as much as': 'at-most', 'a maximum of': 'at-most', 'never more than': 'at-most',
};
const LONGEST_QUALIFIER = 3;
/** Words before a "more than" that turn it into a bound: "never recorded more than". */
const NEGATIONS = new Set(['never', 'not', 'no']);
const MAX_WORDS = 6;
const MAX_CHARS = 80;

const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && c.toLowerCase() !== c.toUpperCase()));
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** Up to MAX_WORDS lower-case words right before `start`, nearest first; stops at punctuation. */
function wordsBefore(text: string, start: number, floor: number): string[] {
  const words: string[] = [];
  let j = start - 1;
  const limit = Math.max(floor, start - MAX_CHARS);
  while (words.length < MAX_WORDS && j >= limit) {
    while (j >= limit && isSpace(text[j])) j--;
    const end = j;
    while (j >= limit && (isLetter(text[j]) || text[j] === '’' || text[j] === "'")) j--;
    if (end === j) break; // punctuation or a digit: the qualifier cannot reach past it
    words.push(text.slice(j + 1, end + 1).toLowerCase());
    if (j >= limit && !isSpace(text[j])) break;
  }
  return words;
}

export function qualifierBefore(text: string, start: number, floor: number): { words: string | null; kind: QualifierKind } {
  const words = wordsBefore(text, start, floor);
  for (let n = Math.min(LONGEST_QUALIFIER, words.length); n >= 1; n--) {
    const phrase = words.slice(0, n).reverse().join(' ');
    const kind = QUALIFIERS[phrase];
    if (kind === undefined) continue;
    const negation = kind === 'more-than' ? words.slice(n, n + 3).find((word) => NEGATIONS.has(word)) : undefined;
    if (negation) return { words: `${negation} ${phrase}`, kind: 'at-most' };
    return { words: phrase, kind };
  }
  return { words: null, kind: 'exact' };
}
