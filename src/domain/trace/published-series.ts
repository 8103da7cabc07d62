// CBP's first-published figures as series `trace` searches beside the revised data. Each release
// is a vintage: every month's latest figure published up to that release, so consecutive months
// sum as a reader of that release could have summed them (240,986 + 242,418 = 483,404, the
// Southwest FY2024 total at the 2023-12-22 release). Figures for several months at once (a fiscal
// year, a year to date) are searched as they stand.
import { citizenshipName, encounterLabel, TRACE_REGIONS, type EncounterComponent, type TraceRegion } from './encounter-series.js';
import type { FigureSeries, PublishedSource, Subject } from './figure-series.js';
import { monthIndexOf } from './period-words.js';
import { MAX_RUN, type ShareSpec } from './trace-index.js';
import type { PublishedFigure } from '../../data/published-figure-schemas.js';

interface PublishedSubject {
  key: string;
  subject: Subject;
  region: TraceRegion;
  component: EncounterComponent;
}

/** The subject a figure counts, or undefined for figures trace does not index (other filters). */
function subjectOf(figure: PublishedFigure): PublishedSubject | undefined {
  if (figure.dataset !== 'encounters') return undefined;
  const { region = 'southwest', component = 'all', citizenship, ...rest } = figure.filters;
  // Figures for a demographic, a state or a title are not series trace holds.
  if (Object.keys(rest).length > 0 || !(TRACE_REGIONS as readonly string[]).includes(region)) return undefined;
  if (component !== 'all' && component !== 'usbp' && component !== 'ofo') return undefined;
  const part: EncounterComponent = component === 'all' ? 'total' : component;
  const where = region as TraceRegion;
  const named = citizenship ? [...citizenship].map((c) => c.toUpperCase()).sort() : [];
  if (named.length > 0 && part !== 'total') return undefined;
  const label = named.length === 0
    ? encounterLabel(where, part)
    : `${where === 'nationwide' ? 'Nationwide' : encounterLabel(where, 'total').replace(/ encounters$/, '')} encounters of citizens of ${named.map(citizenshipName).join(' and ')}`;
  return {
    key: `${where}:${part}:${named.join('+')}`,
    region: where,
    component: part,
    subject: {
      dataset: 'encounters',
      region: where,
      component: part,
      citizenship: named.length > 0 ? named.join(' + ') : null,
      drug: null,
      label,
      salience: TRACE_REGIONS.indexOf(where) + (part === 'total' ? 0 : 10) + (named.length > 0 ? 20 : 0),
      weight: part === 'total' && named.length === 0 ? 1 : 1.5,
    },
  };
}

/** How far back from its first own month a vintage keeps months: the longest run trace sums (MAX_RUN). */
const VINTAGE_REACH = MAX_RUN;

const sourceOf = (figure: PublishedFigure): PublishedSource => ({
  release: figure.release, released: figure.releaseDate, url: figure.sourceUrl,
  repostOf: figure.repostOf ? { title: figure.repostOf.title, url: figure.repostOf.url ?? null } : null,
});

export function publishedSeries(figures: readonly PublishedFigure[]): { series: FigureSeries[]; shares: ShareSpec[] } {
  const series: FigureSeries[] = [];
  const shares: ShareSpec[] = [];
  const monthly = new Map<string, { subject: PublishedSubject; figures: PublishedFigure[] }>();
  for (const figure of figures) {
    const subject = subjectOf(figure);
    if (!subject) continue;
    if (figure.period.from !== figure.period.to) {
      // A total over several months stands as one figure.
      const start = monthIndexOf(figure.period.from);
      const months = monthIndexOf(figure.period.to) - start + 1;
      series.push({
        id: `published:${figure.id}`,
        subject: subject.subject,
        unit: 'encounters',
        vintage: 'first-published',
        start,
        values: [figure.value],
        cellMonths: months,
        sources: [sourceOf(figure)],
      });
      continue;
    }
    const entry = monthly.get(subject.key) ?? { subject, figures: [] };
    entry.figures.push(figure);
    monthly.set(subject.key, entry);
  }
  // One vintage per subject and release date: each month's latest figure as of that release.
  const vintages = new Map<string, FigureSeries>();
  for (const [key, { subject, figures: list }] of monthly) {
    const releases = [...new Map(list.map((f) => [f.releaseDate, sourceOf(f)])).values()];
    const start = Math.min(...list.map((f) => monthIndexOf(f.period.from)));
    const end = Math.max(...list.map((f) => monthIndexOf(f.period.from)));
    for (const release of releases) {
      const values: (number | null)[] = new Array(end - start + 1).fill(null);
      const sources: (PublishedSource | null)[] = new Array(end - start + 1).fill(null);
      const latest: (string | null)[] = new Array(end - start + 1).fill(null);
      for (const figure of list) {
        if (figure.releaseDate > release.released) continue;
        const offset = monthIndexOf(figure.period.from) - start;
        if (latest[offset] !== null && latest[offset]! >= figure.releaseDate) continue;
        latest[offset] = figure.releaseDate;
        values[offset] = figure.value;
        sources[offset] = sourceOf(figure);
      }
      // Runs are this release's own only if they hold a month whose figure it published; a run, or
      // a month against the same month a year before, reaches back at most a year from such a
      // month: keep only those months, so sixty releases do not each repeat the whole record.
      const own = sources.findIndex((source) => source !== null && source.released === release.released);
      const from = Math.max(0, own - VINTAGE_REACH);
      // Months after this release's newest figure were not out yet.
      let to = sources.length;
      while (to > own + 1 && sources[to - 1] === null) to--;
      const vintage: FigureSeries = {
        id: `published:${key}:${release.released}`,
        subject: subject.subject,
        unit: 'encounters',
        vintage: 'first-published',
        start: start + from,
        values: values.slice(from, to),
        sources: sources.slice(from, to),
        release,
      };
      series.push(vintage);
      vintages.set(`${key}@${release.released}`, vintage);
    }
  }
  // Shares within one release: Border Patrol and OFO of a region's total, a region of nationwide.
  for (const [id, part] of vintages) {
    const [key, released] = id.split('@') as [string, string];
    const [region, component, citizenship] = key.split(':') as [TraceRegion, EncounterComponent, string];
    if (citizenship !== '') continue;
    const whole = component === 'total'
      ? region === 'nationwide' ? undefined : vintages.get(`nationwide:total:@${released}`)
      : vintages.get(`${region}:total:@${released}`);
    if (!whole) continue;
    const label = component === 'total'
      ? `${encounterLabel(region, 'total').replace(/ encounters$/, '')} share of nationwide encounters`
      : `${component === 'usbp' ? 'Border Patrol' : 'OFO'} share of ${lowerNationwide(encounterLabel(region, 'total'))}`;
    shares.push({ part, whole, label });
  }
  return { series, shares };
}

function lowerNationwide(label: string): string {
  return label.startsWith('Nationwide') ? `n${label.slice(1)}` : label;
}
