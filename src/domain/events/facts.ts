// The event facts other code queries (the claim engine, `meeting`): dates, who attended, what
// came before what, each with the URLs of its sources. Pure functions of the events document.
import type { EventsDocument, TimelineEvent } from '../../data/event-schemas.js';
import { DataError } from '../../errors.js';

export type Side = 'united-states' | 'mexico';

export interface EventFact {
  id: string;
  date: string /* YYYY-MM-DD */;
  title: string;
  summary: string;
  /** What kind of act it was: joint-statement, joint-communique, phone-call, press-conference, meeting, … */
  form?: string;
  /** Participant or actor ids (see `actorName`): who did it, made it or took part. */
  actors?: string[];
  sourceUrls: string[];
}

export interface Participant {
  id: string;
  name: string;
  role: string;
  side: Side;
  sourceUrls: string[];
}

export interface AskFact {
  id: string;
  side: Side;
  /** Participant or actor ids. */
  askedBy: string[];
  text: string;
  /** The day the ask was voiced, where known. */
  date: string | null;
  timeOfDay: string | null;
  /** The few words reported as spoken, where the sources quote them. */
  quote: string | null;
  sourceUrls: string[];
}

/** The URLs of the numbered sources, in the order given. */
export function sourceUrls(doc: EventsDocument, numbers: readonly number[]): string[] {
  return numbers.map((number) => {
    const source = doc.sources[number - 1];
    // The build guarantees every cited number is listed; only a hand-made dataset can get here.
    if (!source || source.number !== number) throw new DataError(`the events data cites source ${number}, which its source list lacks`);
    return source.url;
  });
}

function toFact(doc: EventsDocument, event: TimelineEvent): EventFact {
  return {
    id: event.id,
    date: event.date,
    title: event.title,
    summary: event.summary,
    form: event.form,
    actors: [...event.actors],
    sourceUrls: sourceUrls(doc, event.sources),
  };
}

/** Every dated event, the meeting included, earliest first (same-day events keep the document's order). */
export function timelineEvents(doc: EventsDocument): EventFact[] {
  return sortedTimeline(doc).map((event) => toFact(doc, event));
}

/** The document's timeline records, earliest first. */
export function sortedTimeline(doc: EventsDocument): TimelineEvent[] {
  return [...doc.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function findEvent(doc: EventsDocument, id: string): EventFact | undefined {
  const event = doc.timeline.find((candidate) => candidate.id === id);
  return event ? toFact(doc, event) : undefined;
}

/** The named participants of the December 27 meeting, U.S. side first, in the document's order. */
export function meetingParticipants(doc: EventsDocument): Participant[] {
  const order: Side[] = ['united-states', 'mexico'];
  return order.flatMap((side) => doc.meeting.participants
    .filter((person) => person.side === side)
    .map((person) => ({ id: person.id, name: person.name, role: person.role, side: person.side, sourceUrls: sourceUrls(doc, person.sources) })));
}

/** What each side asked for, U.S. side first. */
export function meetingAsks(doc: EventsDocument): AskFact[] {
  const order: Side[] = ['united-states', 'mexico'];
  return order.flatMap((side) => doc.meeting.asks
    .filter((ask) => ask.side === side)
    .map((ask) => ({
      id: ask.id, side: ask.side, askedBy: [...ask.askedBy], text: ask.text, date: ask.date, timeOfDay: ask.timeOfDay, quote: ask.quote,
      sourceUrls: sourceUrls(doc, ask.sources),
    })));
}

/** The name of a participant or actor id, as the timeline's `actors` use them. */
export function actorName(doc: EventsDocument, id: string): string | undefined {
  return (doc.meeting.participants.find((person) => person.id === id) ?? doc.actors.find((actor) => actor.id === id))?.name;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!) / DAY_MS;
}

/** Whole days from a to b: positive when b comes after a (call → press conference is 1). */
export function daysBetween(a: EventFact, b: EventFact): number {
  return dayDifference(a.date, b.date);
}

/** Whole days from one YYYY-MM-DD date to another. */
export function dayDifference(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The weekday of a YYYY-MM-DD date (computed without Intl, which is slow to start). */
export function weekdayOf(date: string): string {
  return WEEKDAYS[((dayNumber(date) % 7) + 11) % 7]!;
}
