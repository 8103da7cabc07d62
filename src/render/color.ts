// Colour is decided once per stream: never with --no-color, NO_COLOR or TERM=dumb;
// always with FORCE_COLOR (unless FORCE_COLOR=0); otherwise only on a terminal.
// chalk is loaded only when colour is on: its terminal detection costs ~10 ms at start-up.

export interface ColorInputs {
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  noColorFlag: boolean;
}

export function colorEnabled({ isTTY, env, noColorFlag }: ColorInputs): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
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
  return new Chalk({ level: 1 });
}
