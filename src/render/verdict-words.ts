// A verdict as words for readers of other tools' reports: "Mostly accurate".
import type { Verdict } from '../data/claim-vocabulary.js';

export function verdictTitle(verdict: Verdict): string {
  const words = verdict.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
