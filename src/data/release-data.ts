// The release facts the claims engine reads, each loaded on first use: the publication calendar
// (registry + first-published figures) and the revision allowance (every release's monthly
// totals, against the dataset's figures today).
import { CLAIM_FILES } from './claim-files.js';
import { publishedFigures } from './claims.js';
import type { Dataset } from './dataset.js';
import { ENCOUNTER_FILES } from './encounter-files.js';
import type { ReleaseRegistry } from './release-schemas.js';
import type { MonthlySeriesRow, ReleaseFigureRow } from './schemas.js';
import { publicationCalendar, type PublicationCalendar } from '../domain/releases/calendar.js';
import { observedRevisions, revisionAllowance, type RevisionAllowance } from '../domain/releases/revisions.js';

export interface ReleaseFacts {
  registry(): ReleaseRegistry;
  calendar(): PublicationCalendar;
  /** Every release's figure for each month (empty for a dataset without the table). */
  figures(): ReleaseFigureRow[];
  allowance(): RevisionAllowance;
}

function has(dataset: Dataset, path: string): boolean {
  return dataset.manifest.files.some((f) => f.path === path);
}

export function releaseFacts(dataset: Dataset): ReleaseFacts {
  let calendar: PublicationCalendar | undefined;
  let allowance: RevisionAllowance | undefined;
  const registry = () => (has(dataset, CLAIM_FILES.releases) ? dataset.document<ReleaseRegistry>(CLAIM_FILES.releases) : { releases: [] });
  const figures = () => (has(dataset, ENCOUNTER_FILES.byRelease) ? dataset.table<ReleaseFigureRow>(ENCOUNTER_FILES.byRelease) : []);
  return {
    registry,
    calendar: () => (calendar ??= publicationCalendar(registry().releases, publishedFigures(dataset)?.figures ?? [])),
    figures,
    allowance() {
      if (!allowance) {
        const monthly = dataset.table<MonthlySeriesRow>(ENCOUNTER_FILES.monthly);
        const totals = new Map(monthly.map((r) => [`${r.region}|${r.month}`, r.total]));
        allowance = revisionAllowance(observedRevisions(figures(), publishedFigures(dataset)?.figures ?? [], (region, month) => totals.get(`${region}|${month}`) ?? null));
      }
      return allowance;
    },
  };
}
