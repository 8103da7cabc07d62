import { describe, expect, it } from 'vitest';
import { PLAIN } from '../../src/render/color.js';
import { renderTable, wrapText } from '../../src/render/table.js';
import type { CommandResult } from '../../src/render/result.js';

describe('wrapText', () => {
  it('wraps at spaces and breaks words longer than the width instead of cutting them', () => {
    const text = 'see https://www.cbp.gov/newsroom/stats/nationwide-encounters now';
    const wrapped = wrapText(text, 20);
    expect(wrapped.split('\n').every((line) => line.length <= 20)).toBe(true);
    expect(wrapped.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('indents continuation lines', () => {
    expect(wrapText('Note: one two three four', 12, '  ')).toBe('Note: one\n  two three\n  four');
  });
});

describe('renderTable', () => {
  const result: CommandResult = {
    command: 'test', query: {}, notes: ['a note'], sources: [],
    columns: [{ key: 'name', header: 'Name', kind: 'text' }, { key: 'count', header: 'Count', kind: 'count' }],
    rows: [{ name: 'A long description that will need to wrap onto more lines', count: 1234567 }],
  };

  it('fits the width, keeps numbers whole and uses no escape codes without colour', async () => {
    const text = await renderTable(result, { palette: PLAIN, color: false, width: 40, chart: false });
    expect(text.split('\n').every((line) => line.length <= 40)).toBe(true);
    expect(text).toContain('1,234,567');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Note: a note');
  });
});
