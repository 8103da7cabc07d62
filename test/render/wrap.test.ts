import { describe, expect, it } from 'vitest';
import { wrapLines, wrapParagraph } from '../../src/render/wrap.js';

describe('wrapping text to a width', () => {
  it('breaks at spaces', () => {
    expect(wrapLines('fy25m11 workbook (data through November 2024)', 14)).toEqual(['fy25m11', 'workbook (data', 'through', 'November 2024)']);
  });

  it('breaks a word longer than the line, after a / or - where it can, and loses no character', () => {
    const url = 'https://www.cbp.gov/newsroom/stats/nationwide-encounters';
    const lines = wrapLines(url, 20);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join('')).toBe(url);
    expect(lines[0]).toBe('https://www.cbp.gov/');
  });

  it('leaves text alone when nothing limits the width', () => {
    expect(wrapLines('a b c', Infinity)).toEqual(['a b c']);
  });

  it('indents the lines after the first of a paragraph within the width', () => {
    const text = wrapParagraph('Note: Record: FY2023, 2,475,669, is the highest fiscal year of the 3 shown (since FY2022).', 40, '      ');
    const lines = text.split('\n');
    expect(lines[0]!.startsWith('Note: Record:')).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith('      ') && line.length <= 40)).toBe(true);
    expect(text.replace(/\n +/g, ' ')).toBe('Note: Record: FY2023, 2,475,669, is the highest fiscal year of the 3 shown (since FY2022).');
  });
});
