// Number formatting for tables: thousands separators, signed changes, percentages.
import { formatDecimal } from '../domain/words.js';

export function formatNumber(value: number, decimals = 0): string {
  return formatDecimal(value, decimals);
}

export function formatPercent(value: number, decimals = 1): string {
  return `${formatDecimal(value, decimals)}%`;
}

export function formatChange(value: number, decimals = 1): string {
  const text = formatDecimal(Math.abs(value), decimals);
  if (Number(text.replace(/,/g, '')) === 0) return `${text}%`;
  return `${value > 0 ? '+' : '−'}${text}%`;
}
