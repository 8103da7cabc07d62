// The number a user asks `trace` about, and the window of values that count as "the same number".
// Parsed by hand (the argument is short, but it is user input: no regular expression backtracks).
import { UsageError } from '../../errors.js';

export type TargetUnit = 'count' | 'percent';

export interface TraceTarget {
  /** The argument as written. */
  written: string;
  value: number;
  unit: TargetUnit;
  /** The place value of the last written digit: 1 for 242,418, 1000 for 483k, 0.1 for 35.5%. */
  precision: number;
  /** A percentage written with an explicit sign (+35% or -35%) matches only changes of that sign. */
  signed: boolean;
}

export type Tolerance =
  | { kind: 'default' }
  | { kind: 'relative'; fraction: number }
  | { kind: 'absolute'; amount: number };

export interface SearchWindow {
  low: number;
  high: number;
}

/** 0.5% of the value, the default for counts and percentages alike. */
export const DEFAULT_RELATIVE_TOLERANCE = 0.005;

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, mn: 1e6, million: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9,
};

const NUMBER_HINT = 'write a number as 242,418, 242418, 483k, 1.2m, 1.2 million or 35%';

export interface Numeral {
  value: number;
  /** Place value of the last written digit, before any scale word. */
  precision: number;
}

/**
 * Digits with optional comma groups of three and one decimal point: "242,418", "1.2", "35".
 * Returns undefined for anything else ("24,24", "1.2.3", "").
 */
export function parseNumeral(text: string): Numeral | undefined {
  let whole = '';
  let fraction: string | undefined;
  let groupLength = -1; // digits since the last comma; -1 before any comma
  let sawDigit = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char >= '0' && char <= '9') {
      sawDigit = true;
      if (fraction !== undefined) fraction += char;
      else {
        whole += char;
        if (groupLength >= 0) groupLength++;
      }
    } else if (char === ',' && fraction === undefined && whole !== '') {
      if (groupLength !== -1 && groupLength !== 3) return undefined;
      if (groupLength === -1 && whole.length > 3) return undefined;
      groupLength = 0;
    } else if (char === '.' && fraction === undefined) {
      fraction = '';
    } else {
      return undefined;
    }
  }
  if (!sawDigit || (groupLength !== -1 && groupLength !== 3) || fraction === '') return undefined;
  const value = Number(`${whole === '' ? '0' : whole}${fraction === undefined ? '' : `.${fraction}`}`);
  return { value, precision: 10 ** -(fraction?.length ?? 0) };
}

export function parseTraceTarget(raw: string): TraceTarget {
  const written = raw.trim();
  const fail = (why: string): never => {
    throw new UsageError(`'${raw}' is not a number${why}`, NUMBER_HINT);
  };
  if (written === '' || written.length > 40 || !/[0-9]/.test(written)) fail('');
  let text = written.toLowerCase();
  let sign = 0;
  if (text[0] === '+' || text[0] === '-' || text[0] === '−') {
    sign = text[0] === '+' ? 1 : -1;
    text = text.slice(1).trimStart();
  }
  if (text.startsWith('$')) {
    throw new UsageError(`'${raw}' is an amount of money; the dataset holds counts of encounters and seizures, not money`, NUMBER_HINT);
  }
  let unit: TargetUnit = 'count';
  for (const suffix of ['%', 'percent', 'per cent']) {
    if (text.endsWith(suffix)) {
      unit = 'percent';
      text = text.slice(0, -suffix.length).trimEnd();
      break;
    }
  }
  let scale = 1;
  if (unit === 'count') {
    // The longest scale word the text ends with, after the digits: "483k", "1.2 million".
    let end = text.length;
    while (end > 0 && text[end - 1]! >= 'a' && text[end - 1]! <= 'z') end--;
    const word = text.slice(end);
    if (word !== '') {
      const factor = SCALES[word];
      if (factor === undefined) fail(`: unknown suffix '${word}'`);
      scale = factor!;
      text = text.slice(0, end).trimEnd();
    }
  }
  const numeral = parseNumeral(text);
  if (!numeral) fail(text.includes(',') ? ': commas must separate groups of three digits' : '');
  if (sign < 0 && unit === 'count') fail(': a count cannot be negative');
  return {
    written,
    value: round(numeral!.value * scale * (sign < 0 ? -1 : 1)),
    unit,
    precision: round(numeral!.precision * scale),
    signed: sign !== 0 && unit === 'percent',
  };
}

/** Decimal arithmetic noise (1.2 × 1e6 = 1199999.9999999998) removed. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * `--tolerance`: `1%` or `0.5%` (relative), `0.005` (a relative fraction below 1), `±100`, `+-100`
 * or `+/-100` (absolute, in the number's unit: encounters, pounds, events or percentage points),
 * `0` or `exact`.
 */
export function parseTolerance(raw: string): Tolerance {
  const text = raw.trim().toLowerCase();
  const fail = (): never => {
    throw new UsageError(
      `--tolerance: '${raw}' is not a tolerance`,
      'use 1% or 0.005 (relative), ±100 or +-100 (absolute, in the number\'s unit), or 0 (exact)',
    );
  };
  if (text === 'exact' || text === '0') return { kind: 'absolute', amount: 0 };
  for (const prefix of ['±', '+-', '+/-']) {
    if (text.startsWith(prefix)) {
      const numeral = parseNumeral(text.slice(prefix.length).trim());
      return numeral ? { kind: 'absolute', amount: numeral.value } : fail();
    }
  }
  if (text.endsWith('%')) {
    const numeral = parseNumeral(text.slice(0, -1).trim());
    return numeral && numeral.value < 100 ? { kind: 'relative', fraction: numeral.value / 100 } : fail();
  }
  const numeral = parseNumeral(text);
  if (!numeral) return fail();
  if (numeral.value >= 1) {
    throw new UsageError(
      `--tolerance: '${raw}' is ambiguous: a bare number is a relative fraction and must be below 1`,
      `for an absolute tolerance write ±${raw.trim()}; for a percentage write ${raw.trim()}%`,
    );
  }
  return { kind: 'relative', fraction: numeral.value };
}

/**
 * The values that match. By default the wider of 0.5% of the value and the rounding of the
 * number as written (483k matches 482,500–483,500; 35% matches 34.5–35.5).
 */
export function searchWindow(target: TraceTarget, tolerance: Tolerance): SearchWindow {
  const size = Math.abs(target.value);
  const half = tolerance.kind === 'absolute' ? tolerance.amount
    : tolerance.kind === 'relative' ? size * tolerance.fraction
    : Math.max(size * DEFAULT_RELATIVE_TOLERANCE, target.precision / 2);
  return { low: target.value - half, high: target.value + half };
}

export function describeTolerance(tolerance: Tolerance): string {
  if (tolerance.kind === 'default') return 'default';
  if (tolerance.kind === 'relative') return `${Number((tolerance.fraction * 100).toPrecision(6))}%`;
  return `±${tolerance.amount}`;
}
