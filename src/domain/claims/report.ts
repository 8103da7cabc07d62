// The result of checking claims: plain data, so that every output format (table, JSON, and
// later ClaimReview, JUnit, Markdown) is only a renderer of it.
import type { Qualifier, Unit, Verdict } from '../../data/claim-vocabulary.js';
import type { FailOn } from './verdicts.js';

/** A source behind a result: an official data release, a published figure, an event fact. */
export interface EvidenceSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  release?: string;
  /** A published figure read on a page that is not CBP's: the CBP release that page reproduces. */
  repostOf?: RepostView;
}

export interface RepostView {
  title: string;
  /** CBP's own URL for the release, only where the page read states it. */
  url: string | null;
}

export type ClaimedValue = number | string | string[];

export interface ClaimedView {
  value: ClaimedValue;
  unit: Unit;
  /** The qualifier as the claims file wrote it, and what it means. */
  qualifier: string;
  meaning: Qualifier;
  /** Numbers: the rounding unit; dates: day, month or year. */
  precision: number | string | null;
  /** "nearly 80%", "242,418 encounters", "2023-12-27". */
  text: string;
}

export interface RecomputedView {
  value: ClaimedValue | null;
  /** True when the data only gives a lower bound (Border Patrol standing in for a total). */
  lowerBound: boolean;
  text: string;
}

export interface DifferenceView {
  /** Recomputed − claimed, in the claim's unit (percentage points for percentages; days for dates). */
  absolute: number;
  /** The absolute difference as a percentage of the claimed value (null when that is 0 or not a number). */
  relative: number | null;
  text: string;
}

export interface PublishedFigureView {
  figure: string;
  period: { from: string; to: string };
  value: number;
  release: string;
  releaseDate: string;
  vintage: 'first-published' | 'restated';
  sourceUrl: string;
  /** Set when sourceUrl is not CBP's page: the CBP release it reproduces. */
  repostOf: RepostView | null;
  /** Other pages that give the same value. */
  confirmedBy: string[];
  note: string | null;
}

export interface PublishedView {
  /** The measure recomputed from CBP's figures as published by the article's date. */
  value: number;
  text: string;
  /** How the published figures combine: "240,986 + 242,418". */
  formula: string;
  figures: PublishedFigureView[];
  /** Published − claimed. */
  differenceFromClaim: DifferenceView;
  /** Today's data − published: how much CBP has revised the figure since. */
  revision: DifferenceView | null;
}

export interface ToleranceView {
  text: string;
  /** The tolerance in the claim's unit. */
  width: number;
  source: 'default' | 'command line' | 'claim';
}

export interface MeasureView {
  kind: string;
  /** The measure as the claims file defines it (filters, periods, events), for machines. */
  definition?: unknown;
  /** What was measured, in words: "Southwest land border encounters, November 2023". */
  description: string;
  /** How, in words: "sum of the monthly Southwest totals (Border Patrol + OFO) over …". */
  formula: string;
  /** The figures behind the value: "Oct 2023: 240,927", the record month, each participant. */
  details: string[];
}

/** One judged statement: a claim, one of its parts, or one reading of either. */
export interface Judgement {
  id: string;
  /** The part's own words, or the reading's label. */
  quote: string | null;
  label: string | null;
  verdict: Verdict;
  /** A short reason in words. */
  reason: string;
  claimed: ClaimedView | null;
  recomputed: RecomputedView | null;
  difference: DifferenceView | null;
  /** Which figure the verdict rests on: today's data, or the figure CBP had published. */
  /** data: today's figure; published: a documented first-published figure; revision: within the revision allowance of today's. */
  judgedOn: 'data' | 'published' | 'revision' | null;
  published: PublishedView | null;
  /** Why no published figure is shown (none on file, or a documented gap). */
  publishedNote: string | null;
  tolerance: ToleranceView | null;
  measure: MeasureView | null;
  caveats: string[];
  sources: EvidenceSource[];
  readings: Judgement[];
  parts: Judgement[];
  notes: string | null;
}

export interface ArticleView {
  title: string;
  url: string | null;
  publisher: string | null;
  published: string;
  asOf: string;
}

export interface ClaimResult extends Judgement {
  /** The claims file ("bundled" for the article shipped with border-facts). */
  file: string;
  article: ArticleView;
}

export interface CheckReport {
  files: { file: string; article: ArticleView; claims: number }[];
  claims: ClaimResult[];
  failOn: FailOn;
  /** Claims at or worse than failOn. */
  failing: string[];
  counts: Record<Verdict, number>;
}
