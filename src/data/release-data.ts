// The release facts the claims engine reads, each loaded on first use: the publication calendar
// (registry + first-published figures) and the revision allowance per figure kind (every
// release's monthly totals, and every published figure, against the dataset's figures today).
import { CLAIM_FILES } from './claim-files.js';
import { publishedFigures } from './claims.js';
import type { Dataset } from './dataset.js';
import { ENCOUNTER_FILES } from './encounter-files.js';
import type { ReleaseRegistry } from './release-schemas.js';
import type { MonthlySeriesRow, ReleaseFigureRow } from './schemas.js';
import { publicationCalendar, type PublicationCalendar } from '../domain/releases/calendar.js';
import { observedRevisions, revisionAllowance, revisionDistributions, type Revision, type RevisionAllowance, type RevisionDistribution, type RevisionKind } from '../domain/releases/revisions.js';
import type { MonthKey } from '../domain/periods.js';

export interface ReleaseFacts {
  registry(): ReleaseRegistry;
  calendar(): PublicationCalendar;
  /** Every release's figure for each month (empty for a dataset without the table). */
  figures(): ReleaseFigureRow[];
  /** The largest move observed for this kind of figure within a year of the months (see revisionAllowance), or null. */
  allowance(kind: RevisionKind, from: MonthKey, to: MonthKey): RevisionAllowance | null;
  /** Every move observed. */
  revisions(): Revision[];
  /** The distribution per kind of the moves from first-published figures to today's. */
  distributions(): RevisionDistribution[];
}

function has(dataset: Dataset, path: string): boolean {
  return dataset.manifest.files.some((f) => f.path === path);
}

export function releaseFacts(dataset: Dataset): ReleaseFacts {
  let calendar: PublicationCalendar | undefined;
  let revisions: Revision[] | undefined;
  const registry = () => (has(dataset, CLAIM_FILES.releases) ? dataset.document<ReleaseRegistry>(CLAIM_FILES.releases) : { releases: [] });
  const figures = () => (has(dataset, ENCOUNTER_FILES.byRelease) ? dataset.table<ReleaseFigureRow>(ENCOUNTER_FILES.byRelease) : []);
  return {
    registry,
    calendar: () => (calendar ??= publicationCalendar(registry().releases, publishedFigures(dataset)?.figures ?? [])),
    figures,
    allowance: (kind, from, to) => revisionAllowance(observed(), kind, from, to),
    revisions: () => observed(),
    distributions: () => revisionDistributions(observed().filter((r) => r.basis === 'first-published')),
  };

  function observed(): Revision[] {
    if (!revisions) {
      const monthly = dataset.table<MonthlySeriesRow>(ENCOUNTER_FILES.monthly);
      const today = new Map<string, number | null>();
      for (const r of monthly) {
        if (r.region === 'southwest') {
          today.set(`southwest|${r.month}`, r.total);
          today.set(`southwest-usbp|${r.month}`, r.usbp);
          today.set(`southwest-ofo|${r.month}`, r.ofo);
        } else if (r.region === 'nationwide' || r.region === 'northern') today.set(`${r.region}|${r.month}`, r.total);
      }
      revisions = observedRevisions(figures(), publishedFigures(dataset)?.figures ?? [], (kind, month) => today.get(`${kind}|${month}`) ?? null);
    }
    return revisions;
  }
}
