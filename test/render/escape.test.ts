import { describe, expect, it } from 'vitest';
import { escapeCell, escapeControl, escapeJsonText } from '../../src/render/escape.js';

describe('terminal control characters are shown, never obeyed', () => {
  it('escapes ESC sequences, BEL, backspace, carriage return and C1 CSI', () => {
    expect(escapeControl('\u001b[2J\u001b[31mMEXICO')).toBe('\\x1b[2J\\x1b[31mMEXICO');
    expect(escapeControl('a\u0007b\bc\rd')).toBe('a\\x07b\\x08c\\x0dd');
    expect(escapeControl('\u009b31m')).toBe('\\x9b31m');
    expect(escapeControl('DEL\u007f')).toBe('DEL\\x7f');
  });

  it('escapes bidirectional overrides that would reorder what the reader sees', () => {
    expect(escapeControl('abc\u202edef')).toBe('abc\\u202edef');
    expect(escapeControl('\u2066x\u2069')).toBe('\\u2066x\\u2069');
  });

  it('keeps ordinary text, accents and the newline of a message', () => {
    expect(escapeControl('CHINA, PEOPLES REPUBLIC OF — México\nline two')).toBe('CHINA, PEOPLES REPUBLIC OF — México\nline two');
  });

  it('keeps a table or tsv cell on one line', () => {
    expect(escapeCell('a\tb\nc\r\nd')).toBe('a\\tb c d');
  });

  it('JSON text: the characters JSON.stringify leaves raw become \\u escapes of the same value', () => {
    const value = 'x\u009b\u202ey\u001b';
    const text = escapeJsonText(JSON.stringify({ value }));
    expect(text).toBe('{"value":"x\\u009b\\u202ey\\u001b"}');
    expect(JSON.parse(text)).toEqual({ value });
  });
});
