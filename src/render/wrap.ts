// Wraps text to a width at spaces; a word longer than the width (a URL, a path) is broken,
// never cut, so every character of a value stays on screen.

/** Lines of at most `width` characters (`laterWidth` for the lines after the first). */
export function wrapLines(text: string, width: number, laterWidth = width): string[] {
  if (!Number.isFinite(width) || text.length <= width) return [text];
  const lines: string[] = [];
  const limit = () => Math.max(1, Math.floor(lines.length === 0 ? width : laterWidth));
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line !== '' && line.length + 1 + word.length <= limit()) {
      line = `${line} ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (rest.length > limit()) {
      const cut = breakPoint(rest, limit());
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Where to break a word too long for a line: after a / - _ . when one falls in the second half. */
function breakPoint(word: string, limit: number): number {
  for (let i = limit; i > limit / 2; i--) if ('/-_.'.includes(word[i - 1]!)) return i;
  return limit;
}

/** A paragraph: the first line at the margin, the others indented. */
export function wrapParagraph(text: string, width: number, indent = ''): string {
  if (!Number.isFinite(width)) return text;
  const [first = '', ...rest] = wrapLines(text, width, width - indent.length);
  return [first, ...rest.map((line) => indent + line)].join('\n');
}
