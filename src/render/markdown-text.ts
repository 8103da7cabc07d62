// Text from claims files and data as inert Markdown (GitHub and GitLab flavours): it renders as
// the same words and never as markup, HTML, a table cell break or a maths span.
import { escapeCell } from './escape.js';

// Emphasis, code, links, tables, strikethrough, maths ($), headings and block quotes.
const MARKUP = /[\\`*_[\]|~$#]/g;

/** One line of inline text: control characters shown, markup escaped, HTML as entities. */
export function markdownText(text: string): string {
  return escapeCell(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKUP, (char) => `\\${char}`);
}

/** Inline text that starts a paragraph or list item: a leading "1." "-" or "+" would start a list. */
export function markdownBlock(text: string): string {
  return markdownText(text).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])/, '\\$1');
}

/** An identifier in a code span; one with a backtick or a pipe (which would end a table cell) falls back to escaped text. */
export function markdownCode(text: string): string {
  const line = escapeCell(text);
  return /[`|]/.test(line) ? markdownText(line) : `\`${line}\``;
}

/** A link when the address is http(s), else the title alone; the address is percent-encoded where Markdown would stop. */
export function markdownLink(title: string, url: string): string {
  if (!/^https?:\/\/\S/i.test(url)) return markdownText(title);
  // eslint-disable-next-line no-control-regex
  const target = url.replace(/[()<>|\\\s\u0000-\u001f\u007f-\u009f]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${markdownText(title)}](${target})`;
}
