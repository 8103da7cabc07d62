// CBP's figures as published in its monthly updates (press-release vintage), written in authored/
// from ../shared/research/published-figures.md and public reports of each update. `check` judges
// a claim on them when the article quoted CBP correctly and CBP has revised its data since.
// CBP's own pages are rarely kept whole, so most figures are read on a page that reproduces or
// reports the release: `repostOf` names that release. Validated at build time only.
import { z } from 'zod';
import { DATASETS } from './claim-vocabulary.js';
import { filtersSchema } from './claim-schemas.js';

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a YYYY-MM month');
const monthRange = z.strictObject({ from: monthKey, to: monthKey }).refine((range) => range.from <= range.to, 'the range runs backwards');

/** Whether a URL is one of CBP's own pages (cbp.gov or a subdomain). */
export function isCbpPage(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return host === 'cbp.gov' || host.endsWith('.cbp.gov');
}

const cbpUrl = z.url().refine(isCbpPage, 'expected a cbp.gov page');

export const VINTAGES = ['first-published', 'restated'] as const;

export const publishedFigureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The figure in words, as the release names it. */
  figure: z.string().min(1),
  dataset: z.enum(DATASETS),
  /** The same filters a claim's measure uses, so a measure finds the figures that count the same thing. */
  filters: filtersSchema,
  period: monthRange,
  value: z.number().nonnegative(),
  release: z.string().min(1),
  /** YYYY-MM-DD, or YYYY-MM where only the month of the release is known. */
  releaseDate: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/),
  /** first-published: the month's figure in the update that first reported it; restated: the same month as a later update gave it. */
  vintage: z.enum(VINTAGES),
  /** Set when CBP printed the figure rounded ("approximately 46,610"): the rounding unit. */
  rounding: z.number().int().positive().optional(),
  /** The page the figure was read on. */
  sourceUrl: z.url(),
  /** When that page is not CBP's: the CBP release it reproduces or reports, and CBP's URL only where the page states it. */
  repostOf: z.strictObject({ title: z.string().min(1), url: cbpUrl.optional() }).optional(),
  /** Other pages that give the same value (a second, independent report). */
  confirmedBy: z.array(z.url()).optional(),
  note: z.string().optional(),
}).superRefine((figure, ctx) => {
  const cbp = isCbpPage(figure.sourceUrl);
  if (!cbp && !figure.repostOf) ctx.addIssue({ code: 'custom', path: ['repostOf'], message: 'a figure read outside cbp.gov names the CBP release the page reproduces (repostOf)' });
  if (cbp && figure.repostOf) ctx.addIssue({ code: 'custom', path: ['repostOf'], message: 'a figure read on cbp.gov is not a repost' });
});
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;

/** A figure looked for and not found: `check` says so instead of staying silent. */
export const publishedGapSchema = z.strictObject({
  dataset: z.enum(DATASETS),
  /** The filters the gap concerns; a measure matches when it names the same values for these. */
  filters: filtersSchema,
  period: monthRange,
  note: z.string().min(1),
});
export type PublishedGap = z.infer<typeof publishedGapSchema>;

export const publishedFiguresSchema = z.strictObject({
  figures: z.array(publishedFigureSchema),
  gaps: z.array(publishedGapSchema),
}).superRefine((document, ctx) => {
  const seen = new Set<string>();
  document.figures.forEach((figure, i) => {
    if (seen.has(figure.id)) ctx.addIssue({ code: 'custom', path: ['figures', i, 'id'], message: `figure id '${figure.id}' is used twice` });
    seen.add(figure.id);
  });
});
export type PublishedFigures = z.infer<typeof publishedFiguresSchema>;
