// --chart: horizontal bars scaled to the largest value shown.

const FULL = '█';
const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

export function bar(value: number | null, max: number, width: number): string {
  if (value === null || max <= 0 || value <= 0) return '';
  const eighths = Math.round((value / max) * width * 8);
  return FULL.repeat(Math.floor(eighths / 8)) + PARTIAL[eighths % 8]!;
}
