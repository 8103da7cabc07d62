import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCard, type Card } from '../../src/render/card.js';
import { paletteFor, PLAIN } from '../../src/render/color.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const visible = (text: string) => text.replace(ANSI, '');
const nonSpace = (text: string) => text.replace(/\s+/g, '');

function card(text: string, refs = '[1][2]'): Card {
  return {
    title: 'Title',
    sections: [{ entries: [{ term: 'Label', text, refs }, { text: 'second entry', bullet: true, refs: '[3]' }] }],
    notes: ['a note'],
  };
}

describe('the card renderer', () => {
  it('wraps text under its label and never exceeds the width', () => {
    const out = renderCard(card('one two three four five six seven eight nine ten eleven twelve'), { palette: PLAIN, width: 40 });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[2]).toMatch(/^Label {2}one two/);
    expect(lines[3]).toMatch(/^ {7}\S/);
    expect(out).toContain('• second entry [3]');
  });

  it('keeps source references on the line of the word before them', () => {
    const out = renderCard(card('aaaa bbbb cccc dddd eeee ffff gggg'), { palette: PLAIN, width: 42 });
    expect(out).toMatch(/\S \[1\]\[2\]/);
    expect(out).not.toMatch(/^\s+\[1\]\[2\]$/m);
  });

  it('breaks a URL longer than a line instead of cutting it', () => {
    const url = 'https://www.gob.mx/sre/prensa/mexico-and-united-states-reaffirm-their-shared-commitment-to-orderly-humanitarian-and-regular-migration?idiom=en';
    const out = renderCard(card(url, ''), { palette: PLAIN, width: 60 });
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(nonSpace(out)).toContain(url);
  });

  it('shows control characters from data instead of obeying them', () => {
    const out = renderCard(card('evil\u001b[2Jtext\u0007'), { palette: PLAIN, width: 80 });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(out).toContain('evil\\x1b[2Jtext\\x07');
  });

  it('colours only when given a colour palette, and colour does not change the layout', async () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const plain = renderCard(card(text), { palette: PLAIN, width: 40 });
    const coloured = renderCard(card(text), { palette: await paletteFor(true), width: 40 });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(visible(coloured)).toBe(plain);
  });

  it('puts a label wider than its column on a line of its own', () => {
    const out = renderCard({ title: 'T', sections: [{ maxTermWidth: 8, entries: [{ term: 'short', text: 'a' }, { term: 'a much longer label', text: 'b' }] }], notes: [] }, { palette: PLAIN, width: 60 });
    expect(out).toContain('short  a\na much longer label\n       b');
  });

  it('loses no text and keeps every line within the width, whatever the words (property)', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9\/\-.?&=:éñ]{1,120}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 60, max: 120 }), (words, width) => {
      const text = words.join(' ');
      const out = renderCard(card(text), { palette: PLAIN, width });
      for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
      expect(nonSpace(out)).toContain(nonSpace(`${text} [1][2]`));
    }), { numRuns: 300 });
  });
});
