import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/domain/article/numbers.js';
import { sentenceSpans } from '../../src/domain/article/sentences.js';
import { SHARED } from '../support/cli.js';

const article = readFileSync(join(SHARED, 'article', 'border-crisis-article.txt'), 'utf8');

describe('the number finder on the article', () => {
  const found = findNumbers(article);
  const quantities = found.filter((n) => n.kind === 'count' || n.kind === 'percent');

  it('finds every count and percentage, in order', () => {
    expect(quantities.map((n) => n.text)).toEqual(['242,418', '80%', '80,000', '35%', '55%', '8%', '22%', '483,404', '20%', '617,865']);
    expect(quantities.map((n) => n.value)).toEqual([242418, 80, 80000, 35, 55, 8, 22, 483404, 20, 617865]);
    expect(quantities.map((n) => n.kind)).toEqual(['count', 'percent', 'count', 'percent', 'percent', 'percent', 'percent', 'count', 'percent', 'count']);
  });

  it('keeps the qualifier words', () => {
    const of = (text: string) => quantities.find((n) => n.text === text)!;
    expect(of('80%')).toMatchObject({ qualifier: 'nearly', qualifierKind: 'nearly' });
    expect(of('20%')).toMatchObject({ qualifier: 'approximately', qualifierKind: 'about' });
    expect(of('80,000')).toMatchObject({ qualifier: 'never more than', qualifierKind: 'at-most' });
    expect(of('242,418')).toMatchObject({ qualifier: null, qualifierKind: 'exact' });
  });

  it('tells dates and years apart and never reports them as counts', () => {
    const of = (text: string) => found.find((n) => n.text === text);
    expect(of('December 27')?.kind).toBe('date');
    expect(of('December 22')?.kind).toBe('date');
    expect(of('November 2023')?.kind).toBe('date');
    expect(of('2022')?.kind).toBe('year');
    expect(of('fiscal year 2024')).toMatchObject({ kind: 'fiscal-year', value: 2024 });
    expect(found.filter((n) => n.kind === 'count').map((n) => n.text)).toEqual(['242,418', '80,000', '483,404', '617,865']);
    // COVID-19 is a name, not a number.
    expect(found.some((n) => n.text.includes('19'))).toBe(false);
  });

  it('gives each number its whole sentence and line', () => {
    const n = quantities.find((q) => q.text === '483,404')!;
    expect(n.sentence).toBe('Since the beginning of fiscal year 2024, CBP has documented 483,404 encounters.');
    expect(n.line).toBe(11);
    const busiest = quantities.find((q) => q.text === '242,418')!;
    expect(busiest.sentence).toBe('U.S. Customs and Border Protection (CBP) reported that November 2023 was the busiest on record, with a total of 242,418 encounters at the southern border.');
  });
});

describe('the number finder on other writing', () => {
  const kinds = (text: string) => findNumbers(text).map((n) => [n.text, n.kind, n.value]);

  it('reads scales, money and the forms of percentages', () => {
    expect(kinds('Some 1.2 million people, 483k of them, cost $1.2 billion; 35 percent, 12 per cent and 10 dollars.')).toEqual([
      ['1.2 million', 'count', 1200000], ['483k', 'count', 483000], ['$1.2 billion', 'money', 1200000000],
      ['35 percent', 'percent', 35], ['12 per cent', 'percent', 12], ['10 dollars', 'money', 10],
    ]);
  });

  it('reads fiscal years, dates, ordinals and decades', () => {
    expect(kinds('In FY2024 and FY24, fiscal 2023, on Dec. 27, 2023 and 27 December, the 3rd time in the 1990s.')).toEqual([
      ['FY2024', 'fiscal-year', 2024], ['FY24', 'fiscal-year', 2024], ['fiscal 2023', 'fiscal-year', 2023],
      ['Dec. 27, 2023', 'date', 27], ['27 December', 'date', 27], ['3rd', 'ordinal', 3], ['1990s', 'year', 1990],
    ]);
  });

  it('reads qualifiers', () => {
    const qualifiers = (text: string) => findNumbers(text).map((n) => n.qualifier);
    expect(qualifiers('over 2,000 and at least 15% but no more than 7, almost 9, roughly 4, fewer than 3, more than 8.')).toEqual(
      ['over', 'at least', 'no more than', 'almost', 'roughly', 'fewer than', 'more than']);
  });

  it('does not split sentences at abbreviations', () => {
    const spans = sentenceSpans('Mr. Smith met U.S. officials. Then he left! Did he? Yes.');
    expect(spans).toHaveLength(4);
  });
});

describe('the number finder on adversarial input', () => {
  // Digits, commas, periods, percent signs and spaces in the patterns that make backtracking
  // regular expressions explode: "1,1,1,…", "1,234,5678", long digit runs, ". . ." without capitals.
  function adversarial(bytes: number): string {
    const pieces = ['1,', '1,234,5678 ', '9'.repeat(40), ',,,', '. ', '%', ' 1.2.3.4 ', '12,345,', '$', 'December ', '0'];
    let text = '';
    for (let i = 0; text.length < bytes; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
    return text.slice(0, bytes);
  }
  /**
   * Work, not time: how many times the finder reads the text (a character, its length, or a method
   * such as slice). A Proxy over a String object counts every read, so the figure is the same on an
   * idle machine and a loaded one.
   */
  const readsOf = (text: string) => {
    let reads = 0;
    const target = new String(text);
    const counted = new Proxy(target, {
      get(object, key) {
        reads++;
        const value = Reflect.get(object, key, object);
        return typeof value === 'function' ? value.bind(object) : value;
      },
    }) as unknown as string;
    const found = findNumbers(counted);
    return { reads, found: found.length };
  };

  it('reads the text a bounded number of times per character, whatever its size', () => {
    const small = readsOf(adversarial(25_000));
    const large = readsOf(adversarial(100_000));
    // The inputs hold numbers, so the finder did real work on each.
    expect(small.found).toBeGreaterThan(1_000);
    expect(large.found).toBeGreaterThan(4 * small.found * 0.9);
    // Linear: four times the text, about four times the reads (quadratic would be sixteen).
    expect(large.reads / small.reads).toBeGreaterThan(3.5);
    expect(large.reads / small.reads).toBeLessThan(4.5);
    expect(large.reads / 100_000).toBeLessThan(40);
  });

  it('keeps every reported sentence short, however long the input runs without a full stop', () => {
    const found = findNumbers('1, '.repeat(70_000));
    expect(found.length).toBe(70_000);
    expect(Math.max(...found.map((n) => n.sentence.length))).toBeLessThanOrEqual(600);
  });
});
