// The release registry (authored/releases.json): every CBP release the dataset or the
// first-published figures come from, with the day CBP published it where a CBP page documents
// it, and otherwise an approximate day marked as such. Validated at build time only.
import { z } from 'zod';

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a YYYY-MM month');
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a YYYY-MM-DD date');

export const RELEASE_KINDS = ['monthly-update', 'data-file'] as const;
export const DATE_BASES = ['documented', 'approximate'] as const;

export const releaseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** As the release names itself ("CBP November 2023 monthly update"), or the file's title. */
  title: z.string().min(1),
  kind: z.enum(RELEASE_KINDS),
  /** The last month of data the release holds (for a monthly update: the month it reports). */
  dataThrough: monthKey,
  published: isoDate,
  /** documented: a CBP page gives the day; approximate: the day is inferred, as the note says. */
  dateBasis: z.enum(DATE_BASES),
  /** The CBP page that documents the day (documented), or the evidence for the estimate. */
  dateSource: z.url().nullable(),
  note: z.string().optional(),
  /** The official files of ../shared/sources that are this release. */
  files: z.array(z.string().min(1)),
}).superRefine((release, ctx) => {
  if (release.dateBasis === 'documented' && release.dateSource === null) ctx.addIssue({ code: 'custom', path: ['dateSource'], message: 'a documented date names the page that documents it' });
  if (release.dateBasis === 'approximate' && !release.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'an approximate date says how it was estimated' });
  if (release.published.slice(0, 7) <= release.dataThrough) ctx.addIssue({ code: 'custom', path: ['published'], message: `a release of data through ${release.dataThrough} is published after that month` });
});
export type Release = z.infer<typeof releaseSchema>;

export const releaseRegistrySchema = z.strictObject({
  releases: z.array(releaseSchema),
}).superRefine((registry, ctx) => {
  const seen = new Set<string>();
  registry.releases.forEach((release, i) => {
    if (seen.has(release.id)) ctx.addIssue({ code: 'custom', path: ['releases', i, 'id'], message: `release id '${release.id}' is used twice` });
    seen.add(release.id);
  });
});
export type ReleaseRegistry = z.infer<typeof releaseRegistrySchema>;
