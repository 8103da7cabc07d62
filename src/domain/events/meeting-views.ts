// The rows `border-facts meeting` shows in each view (summary, timeline, participants, sources):
// plain data with ISO dates, and on every fact both its source numbers and their URLs.
import type { EventFigure, EventsDocument, Place, TimelineEvent } from '../../data/event-schemas.js';
import { formatCount } from '../words.js';
import { actorName, dayDifference, findEvent, sortedTimeline, sourceUrls, weekdayOf, type Side } from './facts.js';

export type SummaryFactKind = 'date' | 'place' | 'duration' | 'participant' | 'attendees' | 'purpose' | 'outcome' | 'ask' | 'follow-up';

/** One fact of the summary card. `detail` qualifies `value` (a weekday, a role, an outcome's kind, a quote). */
export interface SummaryFactRow {
  fact: SummaryFactKind;
  id: string | null;
  side: Side | null;
  date: string | null;
  /** morning, afternoon or evening, where the sources say (an ask voiced hours before the meeting). */
  timeOfDay: string | null;
  value: string;
  detail: string | null;
  sourceNumbers: number[];
  sourceUrls: string[];
}

export interface SourcedFigure {
  measure: string;
  /** "caravan size" */
  measureName: string;
  qualifier: string;
  value: number;
  unit: string;
  estimatedBy: string | null;
  /** "about 6,000 people (INM office in Chiapas)" */
  text: string;
  sourceNumbers: number[];
  sourceUrls: string[];
}

export interface TimelineRow {
  id: string;
  date: string;
  weekday: string;
  /** Negative before the meeting, 0 on its day. */
  daysFromMeeting: number;
  timeOfDay: string | null;
  title: string;
  summary: string;
  form: string;
  formNote: string | null;
  actors: string[];
  actorNames: string[];
  place: string | null;
  figures: SourcedFigure[];
  commitments: { side: Side; text: string; sourceNumbers: number[]; sourceUrls: string[] }[];
  remarks: { speaker: string; speakerName: string; gist: string; quote: string | null; sourceNumbers: number[]; sourceUrls: string[] }[];
  sourceNumbers: number[];
  sourceUrls: string[];
}

export interface ParticipantRow {
  id: string;
  name: string;
  role: string;
  side: Side;
  note: string | null;
  alsoKnownAs: string[];
  sourceNumbers: number[];
  sourceUrls: string[];
}

export interface SourceRow {
  number: number;
  publisher: string;
  title: string | null;
  description: string;
  published: string | null;
  language: string;
  kind: string;
  url: string;
  /** The facts that cite this source: "meeting.date", "meeting.participants.blinken", "timeline.<event id>", … */
  citedBy: string[];
}

export const SIDE_NAMES: Record<Side, string> = { 'united-states': 'United States', mexico: 'Mexico' };

const QUALIFIER_WORDS: Record<string, string> = { exactly: '', about: 'about', 'more-than': 'more than', 'less-than': 'less than', 'at-least': 'at least', 'at-most': 'at most' };

function qualified(qualifier: string, value: string): string {
  const word = QUALIFIER_WORDS[qualifier] ?? qualifier;
  return word === '' ? value : `${word} ${value}`;
}

export function placeText(place: Place): string {
  const parts = [place.localName ? `${place.name} (${place.localName})` : place.name];
  if (place.city && place.city !== place.name) parts.push(place.city);
  if (place.region) parts.push(place.region);
  parts.push(place.country);
  return parts.join(', ');
}

function sourced(doc: EventsDocument, numbers: readonly number[]): { sourceNumbers: number[]; sourceUrls: string[] } {
  return { sourceNumbers: [...numbers], sourceUrls: sourceUrls(doc, numbers) };
}

export function summaryFacts(doc: EventsDocument): SummaryFactRow[] {
  const { meeting } = doc;
  const row = (fact: SummaryFactKind, value: string, sources: readonly number[], extra: Partial<SummaryFactRow> = {}): SummaryFactRow => ({
    fact, id: null, side: null, date: null, timeOfDay: null, value, detail: null, ...extra, ...sourced(doc, sources),
  });
  const communique = findEvent(doc, meeting.outcomes.eventId)!;
  const followUp = findEvent(doc, meeting.followUp.eventId)!;
  const statedBy = actorName(doc, meeting.purpose.statedBy) ?? meeting.purpose.statedBy;
  const sides: Side[] = ['united-states', 'mexico'];
  return [
    row('date', meeting.date.value, meeting.date.sources, { id: meeting.eventId, date: meeting.date.value, detail: meeting.date.weekday }),
    row('place', placeText(meeting.place), meeting.place.sources),
    row('duration', qualified(meeting.duration.qualifier, `${meeting.duration.hours} hours`), meeting.duration.sources),
    ...sides.flatMap((side) => [
      ...meeting.participants.filter((p) => p.side === side).map((p) => row('participant', p.name, p.sources, {
        id: p.id, side, detail: p.note ? `${p.role}; ${lowerFirst(p.note)}` : p.role,
      })),
      ...meeting.otherAttendees.filter((a) => a.side === side).map((a) => row('attendees', a.description, a.sources, { side })),
    ]),
    ...meeting.purpose.points.map((point) => row('purpose', point.text, point.sources, { id: point.id, side: 'united-states', detail: `stated by ${statedBy}` })),
    ...meeting.outcomes.points.map((point) => row('outcome', point.text, point.sources, { id: point.id, date: communique.date, detail: point.kind })),
    ...sides.flatMap((side) => meeting.asks.filter((ask) => ask.side === side).map((ask) => row('ask', ask.text, ask.sources, {
      id: ask.id, side, date: ask.date, timeOfDay: ask.timeOfDay, detail: ask.quote ? `quoted: "${ask.quote}"` : null,
    }))),
    row('follow-up', meeting.followUp.text, meeting.followUp.sources, { id: followUp.id, date: followUp.date }),
  ];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const MEASURE_WORDS: Record<string, string> = { 'caravan-size': 'caravan size', nationalities: 'nationalities', 'distance-from-tapachula': 'distance from Tapachula' };

function figureRow(doc: EventsDocument, figure: EventFigure): SourcedFigure {
  const amount = qualified(figure.qualifier, `${formatCount(figure.value)}${figure.unit === 'nationalities' ? '' : ` ${figure.unit}`}`);
  return {
    measure: figure.measure, measureName: MEASURE_WORDS[figure.measure] ?? figure.measure, qualifier: figure.qualifier, value: figure.value, unit: figure.unit, estimatedBy: figure.estimatedBy,
    text: figure.estimatedBy ? `${amount} (${figure.estimatedBy})` : amount,
    ...sourced(doc, figure.sources),
  };
}

export function timelineRows(doc: EventsDocument): TimelineRow[] {
  const meetingDate = doc.meeting.date.value;
  return sortedTimeline(doc).map((event: TimelineEvent) => ({
    id: event.id,
    date: event.date,
    weekday: weekdayOf(event.date),
    daysFromMeeting: dayDifference(meetingDate, event.date),
    timeOfDay: event.timeOfDay,
    title: event.title,
    summary: event.summary,
    form: event.form,
    formNote: event.formNote,
    actors: [...event.actors],
    actorNames: event.actors.map((id) => actorName(doc, id) ?? id),
    place: event.place ? placeText(event.place) : null,
    figures: event.figures.map((figure) => figureRow(doc, figure)),
    commitments: event.commitments.map((c) => ({ side: c.side, text: c.text, ...sourced(doc, c.sources) })),
    remarks: event.remarks.map((r) => ({ speaker: r.speaker, speakerName: actorName(doc, r.speaker) ?? r.speaker, gist: r.gist, quote: r.quote, ...sourced(doc, r.sources) })),
    ...sourced(doc, event.sources),
  }));
}

export function participantRows(doc: EventsDocument): ParticipantRow[] {
  const sides: Side[] = ['united-states', 'mexico'];
  return sides.flatMap((side) => doc.meeting.participants.filter((p) => p.side === side).map((p) => ({
    id: p.id, name: p.name, role: p.role, side: p.side, note: p.note, alsoKnownAs: [...p.alsoKnownAs], ...sourced(doc, p.sources),
  })));
}

export function sourceRows(doc: EventsDocument): SourceRow[] {
  const citedBy = citations(doc);
  return doc.sources.map((source) => ({
    number: source.number, publisher: source.publisher, title: source.title, description: source.description,
    published: source.published, language: source.language, kind: source.kind, url: source.url,
    citedBy: citedBy.get(source.number) ?? [],
  }));
}

/** Which facts cite each source number, named by where they sit in the document. */
function citations(doc: EventsDocument): Map<number, string[]> {
  const cited = new Map<number, string[]>();
  const cite = (fact: string, numbers: readonly number[]) => {
    for (const number of numbers) {
      const facts = cited.get(number) ?? [];
      if (!facts.includes(fact)) facts.push(fact);
      cited.set(number, facts);
    }
  };
  const { meeting } = doc;
  cite('meeting.date', meeting.date.sources);
  cite('meeting.place', meeting.place.sources);
  cite('meeting.duration', meeting.duration.sources);
  meeting.participants.forEach((p) => cite(`meeting.participants.${p.id}`, p.sources));
  meeting.otherAttendees.forEach((a) => cite(`meeting.otherAttendees.${a.side}`, a.sources));
  meeting.purpose.points.forEach((p) => cite(`meeting.purpose.${p.id}`, p.sources));
  meeting.outcomes.points.forEach((p) => cite(`meeting.outcomes.${p.id}`, p.sources));
  meeting.asks.forEach((a) => cite(`meeting.asks.${a.id}`, a.sources));
  cite('meeting.followUp', meeting.followUp.sources);
  for (const event of sortedTimeline(doc)) {
    cite(`timeline.${event.id}`, event.sources);
    event.figures.forEach((f) => cite(`timeline.${event.id}`, f.sources));
    event.commitments.forEach((c) => cite(`timeline.${event.id}`, c.sources));
    event.remarks.forEach((r) => cite(`timeline.${event.id}`, r.sources));
  }
  return cited;
}

/** "[1][4]": the numbered references a fact shows on a terminal. */
export function referenceMarks(numbers: readonly number[]): string {
  return numbers.map((n) => `[${n}]`).join('');
}

/** "U.S. Department of State, 2023-12-26": a source named briefly. */
export function shortSourceLabel(row: Pick<SourceRow, 'publisher' | 'published'>): string {
  return row.published ? `${row.publisher}, ${row.published}` : row.publisher;
}

/** Every source number the rows cite, ascending. */
export function citedNumbers(rows: readonly { sourceNumbers: number[] }[]): number[] {
  return [...new Set(rows.flatMap((row) => row.sourceNumbers))].sort((a, b) => a - b);
}
