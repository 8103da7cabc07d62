// CBP's figures as first published (press-release vintage), written in authored/ from
// ../shared/research/published-figures.md. `check` judges a claim on them when the article
// quoted CBP correctly and CBP has revised its data since. Validated at build time only.
import { z } from 'zod';
import { DATASETS } from './claim-vocabulary.js';
import { filtersSchema } from './claim-schemas.js';

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a YYYY-MM month');
const monthRange = z.strictObject({ from: monthKey, to: monthKey }).refine((range) => range.from <= range.to, 'the range runs backwards');

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
  sourceUrl: z.url(),
  note: z.string().optional(),
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
