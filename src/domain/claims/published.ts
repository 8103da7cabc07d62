// Finds CBP's figures as published for what a measure counts: a figure for the whole period, or
// one per month added up. Several releases can give a month (October 2023 was first published
// as 240,988, then revised to 240,986 a month later); every combination released by the
// article's date is a candidate, and the evaluator keeps the one closest to the claim.
import type { DatasetName } from '../../data/claim-vocabulary.js';
import type { PublishedFigure, PublishedFigures, PublishedGap } from '../../data/published-figure-schemas.js';
import type { MonthKey } from '../periods.js';
import { releasedBy } from './publication.js';
import type { FilterKey } from './filter-keys.js';

export interface PublishedCandidate {
  value: number;
  figures: PublishedFigure[];
  /** How the figures combine, in words: "240,986 + 242,418", "191,113 ÷ 242,418". */
  formula: string;
}

const MAX_COMBINATIONS = 64;

export function publishedCandidates(
  document: PublishedFigures,
  dataset: DatasetName,
  key: FilterKey,
  months: readonly MonthKey[],
  asOf: string,
): PublishedCandidate[] {
  const usable = document.figures.filter((f) => f.dataset === dataset && f.filters && key.equals(f.filters) && releasedBy(f.releaseDate) <= asOf);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const whole = usable.filter((f) => f.period.from === first && f.period.to === last).map((f) => ({ value: f.value, figures: [f], formula: thousands(f.value) }));
  if (months.length === 1) return whole;
  const perMonth = months.map((month) => usable.filter((f) => f.period.from === month && f.period.to === month));
  if (perMonth.some((list) => list.length === 0)) return whole;
  let combinations: PublishedCandidate[] = [{ value: 0, figures: [], formula: '' }];
  for (const list of perMonth) {
    combinations = combinations.flatMap((c) => list.map((f) => ({
      value: c.value + f.value,
      figures: [...c.figures, f],
      formula: c.formula === '' ? thousands(f.value) : `${c.formula} + ${thousands(f.value)}`,
    }))).slice(0, MAX_COMBINATIONS);
  }
  return [...whole, ...combinations];
}

/** A documented search that found no published figure for (part of) this measure. */
export function publishedGap(document: PublishedFigures, dataset: DatasetName, key: FilterKey, months: readonly MonthKey[]): PublishedGap | undefined {
  const first = months[0]!;
  const last = months[months.length - 1]!;
  return document.gaps.find((gap) => gap.dataset === dataset && gap.period.from <= last && gap.period.to >= first && key.includes(gap.filters));
}

function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
