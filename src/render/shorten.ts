// Shortens a quote for a summary (ClaimReview's claimReviewed, a Markdown table cell): at a word
// boundary, with an ellipsis, counted in characters (code points), never cutting one in half.

const ELLIPSIS = '…';
// Trailing punctuation that would dangle before the ellipsis ("in November, …").
const DANGLING = /[\s,;:–—-]+$/u;

/** The text on one line, at most `max` characters; words are kept whole unless one alone is longer. */
export function shortenAtWord(text: string, max: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  const head = chars.slice(0, max - 1).join('');
  // Cut at the last space when the next character begins a new word; otherwise back off to one.
  const nextIsSpace = chars[max - 1] === ' ';
  const lastSpace = head.lastIndexOf(' ');
  const cut = nextIsSpace ? head : lastSpace > 0 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(DANGLING, '')}${ELLIPSIS}`;
}
