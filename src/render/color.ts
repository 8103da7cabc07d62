// Colour is decided once per stream, by one rule (see docs/unix.md):
//   --no-color or NO_COLOR (non-empty)  → never;
//   FORCE_COLOR set (empty, 1, 2, 3, true) → always, even in a pipe or with TERM=dumb; FORCE_COLOR=0/false → never;
//   TERM=dumb → never; otherwise only when the stream is a terminal.
// chalk is loaded only when colour is on: its terminal detection costs ~10 ms at start-up.

export interface ColorInputs {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  noColorFlag: boolean;
}

export function colorEnabled({ isTTY, env, noColorFlag }: ColorInputs): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  // Node and chalk read an empty FORCE_COLOR as "on", so do we.
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** The colour decision for one output stream (stdout for data, stderr for messages). */
export function streamColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): boolean {
  return colorEnabled({ isTTY: stream.isTTY === true, env, noColorFlag });
}

/** The few styles the renderers use. */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  magenta(text: string): string;
  cyan(text: string): string;
}

const plain = (text: string) => text;
export const PLAIN: Palette = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, magenta: plain, cyan: plain };

export async function paletteFor(enabled: boolean): Promise<Palette> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import('chalk');
  // An explicit level: the decision above is final, chalk must not second-guess it.
  return new Chalk({ level: 1 });
}
