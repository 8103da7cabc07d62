// The card layout: labelled facts in two columns (a definition list), for records that are not
// a grid of numbers (the meeting and its timeline). Text wraps to the terminal width and is
// never cut; a word longer than a line (a URL) is broken across lines rather than truncated.
import type { Palette } from './color.js';
import { escapeCell } from './escape.js';

export interface CardEntry {
  /** The label in the left column; an entry without one continues the label above. */
  term?: string;
  text: string;
  /** Source references drawn dim after the text, e.g. "[1][4]". */
  refs?: string;
  style?: 'plain' | 'strong' | 'dim';
  /** A list item: "• " with its continuation lines aligned after the bullet. */
  bullet?: boolean;
}

export interface CardSection {
  heading?: string;
  entries: CardEntry[];
  /** The widest label column this section may use (longer labels get a line of their own). */
  maxTermWidth?: number;
  /** Sections marked `align` share one label column, so they line up. */
  align?: boolean;
}

export interface Card {
  title: string;
  sections: CardSection[];
  notes: string[];
}

export interface CardOptions {
  palette: Palette;
  width: number;
}

type Style = 'plain' | 'strong' | 'dim' | 'term' | 'heading';
/** A run of text in one style; `glue` keeps its first word on the line of the word before. */
interface Token { text: string; style: Style; glue?: boolean }

const GAP = '  ';
const DEFAULT_TERM_WIDTH = 16;
const BULLET = '• ';
/** Never narrower than this for wrapped text, however long the labels. */
const MIN_TEXT_WIDTH = 24;
/** A word broken across lines starts on the current line only if this much of it fits there. */
const MIN_BROKEN_START = 12;

export function renderCard(card: Card, { palette, width }: CardOptions): string {
  const paint = (token: Token): string => {
    switch (token.style) {
      case 'strong': case 'heading': return palette.bold(token.text);
      case 'dim': return palette.dim(token.text);
      case 'term': return palette.cyan(token.text);
      case 'plain': return token.text;
    }
  };
  const draw = (line: Token[]) => line.map(paint).join('').trimEnd();
  const out: string[] = [];
  out.push(...wrapTokens([{ text: escapeCell(card.title), style: 'heading' }], width).map(draw));
  const shared = Math.max(0, ...card.sections.filter((section) => section.align).map((section) => termWidthOf(section, width)));
  for (const section of card.sections) {
    out.push('');
    if (section.heading) out.push(...wrapTokens([{ text: escapeCell(section.heading), style: 'heading' }], width).map(draw));
    out.push(...sectionLines(section, width, section.align ? shared : undefined).map(draw));
  }
  if (card.notes.length > 0) {
    out.push('');
    for (const note of card.notes) out.push(...wrapTokens([{ text: `Note: ${escapeCell(note)}`, style: 'dim' }], width, '      ').map(draw));
  }
  return `${out.join('\n')}\n`;
}

/** The label column: as wide as the widest label that fits the section's cap. */
function termWidthOf(section: CardSection, width: number): number {
  const cap = Math.min(section.maxTermWidth ?? DEFAULT_TERM_WIDTH, Math.max(0, width - GAP.length - MIN_TEXT_WIDTH));
  return Math.max(0, ...section.entries.map((entry) => displayWidth(escapeCell(entry.term ?? ''))).filter((w) => w <= cap));
}

function sectionLines(section: CardSection, width: number, sharedTermWidth?: number): Token[][] {
  const terms = section.entries.map((entry) => (entry.term === undefined ? '' : escapeCell(entry.term)));
  const termWidth = sharedTermWidth ?? termWidthOf(section, width);
  const indent = termWidth === 0 ? '' : ' '.repeat(termWidth) + GAP;
  const textWidth = width - indent.length;
  const lines: Token[][] = [];
  section.entries.forEach((entry, i) => {
    const term = terms[i]!;
    const bulletIndent = entry.bullet ? ' '.repeat(BULLET.length) : '';
    const tokens: Token[] = [{ text: (entry.bullet ? BULLET : '') + escapeCell(entry.text), style: entry.style ?? 'plain' }];
    if (entry.refs) tokens.push({ text: ` ${entry.refs}`, style: 'dim', glue: true });
    const body = wrapTokens(tokens, textWidth, bulletIndent);
    if (term !== '' && displayWidth(term) > termWidth) {
      // A label too long for the column gets its own line; the text starts below it.
      lines.push(...wrapTokens([{ text: term, style: 'term' }], width));
      body.forEach((line) => lines.push([{ text: indent, style: 'plain' }, ...line]));
      return;
    }
    body.forEach((line, j) => {
      const label = j === 0 && term !== '' ? term + ' '.repeat(termWidth - displayWidth(term)) + GAP : indent;
      lines.push([{ text: label, style: j === 0 && term !== '' ? 'term' : 'plain' }, ...line]);
    });
  });
  return lines;
}

/** Characters as a terminal counts them (the data is precomposed text without wide characters). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text) width += 1;
  return width;
}

/** A unit that wraps as one: usually one word; a glued token's first word rides on the word before. */
interface Word { segments: Token[]; spaceBefore: boolean }

function toWords(tokens: Token[]): Word[] {
  const words: Word[] = [];
  for (const token of tokens) {
    let first = true;
    token.text.split(' ').forEach((text, i) => {
      if (text === '') return;
      const segment = { text, style: token.style };
      const previous = words[words.length - 1];
      if (first && token.glue && previous) previous.segments.push({ text: i > 0 ? ' ' : '', style: 'plain' }, segment);
      else words.push({ segments: [segment], spaceBefore: i > 0 });
      first = false;
    });
  }
  return words;
}

function wordWidth(word: Word): number {
  return word.segments.reduce((sum, segment) => sum + displayWidth(segment.text), 0);
}

/**
 * Wraps styled text to `width` columns; continuation lines start with `indent`.
 * A word wider than a line is broken, preferably after / - ? & = . _ so URLs stay readable.
 */
export function wrapTokens(tokens: Token[], width: number, indent = ''): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let used = 0;
  let fresh = true;
  const put = (text: string, style: Style) => {
    if (text === '') return;
    line.push({ text, style });
    used += displayWidth(text);
    fresh = false;
  };
  const startLine = () => {
    lines.push(line);
    line = [];
    used = 0;
    put(indent, 'plain');
    fresh = true;
  };
  for (const word of toWords(tokens)) {
    const space = !fresh && word.spaceBefore ? 1 : 0;
    const size = wordWidth(word);
    const fitsHere = used + space + size <= width;
    if (fitsHere || (!fresh && displayWidth(indent) + size <= width)) {
      if (!fitsHere) startLine();
      if (!fresh && word.spaceBefore) put(' ', 'plain');
      for (const segment of word.segments) put(segment.text, segment.style);
      continue;
    }
    // Wider than any line (a long URL): start it here if there is room enough, and break it.
    if (!fresh) {
      if (width - used - space >= MIN_BROKEN_START) { if (space) put(' ', 'plain'); } else startLine();
    }
    for (const segment of word.segments) {
      let rest = segment.text;
      while (rest !== '') {
        const room = width - used;
        if (displayWidth(rest) <= room) {
          put(rest, segment.style);
          break;
        }
        if (room < 1 && !fresh) {
          startLine();
          continue;
        }
        const cut = breakPoint(rest, Math.max(1, room));
        put(rest.slice(0, cut), segment.style);
        rest = rest.slice(cut);
        startLine();
      }
    }
  }
  lines.push(line);
  return lines;
}

/** Where to break a word that must not exceed `room` characters: after a URL separator that fits. */
function breakPoint(word: string, room: number): number {
  const head = word.slice(0, room);
  // Prefer the URL's structure (/ ? &) to hyphens and dots inside a path segment.
  for (const separators of ['/?&', '-._=']) {
    let best = -1;
    for (let i = 0; i < head.length; i++) if (separators.includes(head[i]!)) best = i + 1;
    if (best > room / 2) return best;
  }
  return head.length;
}
