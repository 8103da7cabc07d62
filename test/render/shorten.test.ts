// Quotes shortened for summaries: whole words, an ellipsis, counted in characters.
import { describe, expect, it } from 'vitest';
import { shortenAtWord } from '../../src/render/shorten.js';

describe('shortenAtWord', () => {
  it('keeps a quote that fits, on one line', () => {
    expect(shortenAtWord('  Nearly 80%\nof these  ', 20)).toBe('Nearly 80% of these');
    expect(shortenAtWord('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts at the last whole word and adds an ellipsis, within the limit', () => {
    expect(shortenAtWord('with a total of 242,418 encounters', 20)).toBe('with a total of…');
    expect(shortenAtWord('with a total of 242,418 encounters', 16)).toBe('with a total of…');
    expect([...shortenAtWord('with a total of 242,418 encounters', 16)]).toHaveLength(16);
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(shortenAtWord('one two three', 8)).toBe('one two…');
  });

  it('drops punctuation that would dangle before the ellipsis', () => {
    expect(shortenAtWord('In November, the busiest month', 14)).toBe('In November…');
  });

  it('cuts a single word longer than the limit, never inside a character', () => {
    expect(shortenAtWord('Supercalifragilistic', 10)).toBe('Supercali…');
    expect(shortenAtWord('🦅🦅🦅🦅🦅🦅', 4)).toBe('🦅🦅🦅…');
  });
});
