import { describe, expect, it } from 'vitest';
import { colorEnabled, paletteFor, PLAIN } from '../../src/render/color.js';

const decide = (isTTY: boolean, env: NodeJS.ProcessEnv = {}, noColorFlag = false) => colorEnabled({ isTTY, env, noColorFlag });

describe('colour policy (one decision per stream)', () => {
  it('colours a terminal and nothing else by default', () => {
    expect(decide(true)).toBe(true);
    expect(decide(false)).toBe(false);
  });

  it('never colours with --no-color, even when FORCE_COLOR is set', () => {
    expect(decide(true, {}, true)).toBe(false);
    expect(decide(true, { FORCE_COLOR: '1' }, true)).toBe(false);
  });

  it('never colours with a non-empty NO_COLOR (no-color.org), which beats FORCE_COLOR', () => {
    expect(decide(true, { NO_COLOR: '1' })).toBe(false);
    expect(decide(true, { NO_COLOR: 'anything' })).toBe(false);
    expect(decide(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    // An empty NO_COLOR is "not set" by the convention.
    expect(decide(true, { NO_COLOR: '' })).toBe(true);
  });

  it('never colours a dumb terminal', () => {
    expect(decide(true, { TERM: 'dumb' })).toBe(false);
  });

  it('FORCE_COLOR forces colour into a pipe and a dumb terminal; 0 and false turn it off', () => {
    for (const value of ['1', '2', '3', 'true', '']) expect(decide(false, { FORCE_COLOR: value })).toBe(true);
    expect(decide(false, { FORCE_COLOR: '1', TERM: 'dumb' })).toBe(true);
    expect(decide(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(decide(true, { FORCE_COLOR: 'false' })).toBe(false);
  });

  it('the plain palette adds nothing; the colour palette adds SGR codes', async () => {
    expect(PLAIN.bold('Total')).toBe('Total');
    expect(await paletteFor(false)).toBe(PLAIN);
    expect((await paletteFor(true)).bold('Total')).toBe('\u001b[1mTotal\u001b[22m');
  });
});
