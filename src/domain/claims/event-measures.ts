// Measures over the events dataset: the date of an event, who took part, the order of two
// events and the days between them, and the form of an event (a joint statement is not a
// unilateral declaration).
import type { ClaimMeasure } from '../../data/claim-schemas.js';
import { ClaimProblem } from './claim-problem.js';
import { listWords } from './claim-words.js';
import type { EventFactRecord, EventSource } from './event-source.js';
import type { FactMeasurement, MeasureContext, NumberMeasurement } from './measurement.js';
import type { EvidenceSource } from './report.js';
import { closest } from '../suggest.js';

const SIDE_WORDS: Record<string, string> = { 'united-states': 'U.S.', mexico: 'Mexico' };

type EventKind = Extract<ClaimMeasure, { kind: 'event-date' | 'event-participants' | 'event-order' | 'days-between' | 'event-form' }>;

export function measureEvent(measure: EventKind, ctx: MeasureContext, path: string): FactMeasurement | NumberMeasurement {
  const source = ctx.events();
  switch (measure.kind) {
    case 'event-date': {
      const event = findEvent(source, measure.event, `${path}.event`);
      return fact('date', event.date, { kind: 'event-date', description: `Date of “${event.title}”`, formula: `the date the events dataset gives for ${event.id}`, details: [`${event.date}: ${event.summary}`] }, [event]);
    }
    case 'event-participants': {
      const event = findEvent(source, measure.event, `${path}.event`);
      const people = source.participants(event.id);
      const names = Object.fromEntries(source.people().map((p) => [p.id, p.name]));
      const base = fact('participants', people ? people.map((p) => p.id) : null, {
        kind: 'event-participants',
        description: `Who took part in “${event.title}”`,
        formula: `the participants the events dataset lists for ${event.id}`,
        details: (people ?? []).map((p) => `${p.name}${p.role ? `, ${p.role}` : ''}${SIDE_WORDS[p.side] ? ` (${SIDE_WORDS[p.side]})` : ''}`),
      }, [event], names);
      base.links.push(...(people ?? []).flatMap((p) => links(p.sourceUrls, `participant:${p.id}`, `${p.name}, ${p.role}`)));
      base.links.splice(0, base.links.length, ...dedupe(base.links));
      if (!people) base.unverifiable = `The events dataset does not list who took part in “${event.title}”.`;
      return base;
    }
    case 'event-order': {
      const event = findEvent(source, measure.event, `${path}.event`);
      const reference = findEvent(source, measure.relativeTo, `${path}.relativeTo`);
      const days = daysBetween(reference.date, event.date);
      const order = days > 0 ? 'after' : days < 0 ? 'before' : 'same-day';
      const measured = fact('order', order, {
        kind: 'event-order',
        description: `Order of “${event.title}” and “${reference.title}”`,
        formula: `compare the dates of ${event.id} and ${reference.id}`,
        details: [`${event.date}: ${event.title}`, `${reference.date}: ${reference.title}`],
      }, [event, reference]);
      measured.order = { event: { date: event.date, title: event.title }, reference: { date: reference.date, title: reference.title }, days };
      return measured;
    }
    case 'days-between': {
      const from = findEvent(source, measure.from, `${path}.from`);
      const to = findEvent(source, measure.to, `${path}.to`);
      return {
        type: 'number',
        unit: 'days',
        value: daysBetween(from.date, to.date),
        lowerBound: false,
        view: {
          kind: 'days-between',
          description: `Days from “${from.title}” to “${to.title}”`,
          formula: `${to.date} − ${from.date}, in days`,
          details: [`${from.date}: ${from.title}`, `${to.date}: ${to.title}`],
        },
        caveats: [],
        uses: [{ file: source.file, fiscalYears: [] }],
        links: dedupe([...eventLinks(from), ...eventLinks(to)]),
        publishable: false,
        published: [],
      };
    }
    case 'event-form': {
      const event = findEvent(source, measure.event, `${path}.event`);
      const measured = fact('form', event.form ?? null, {
        kind: 'event-form',
        description: `What kind of event “${event.title}” was`,
        formula: `the form the events dataset records for ${event.id}`,
        details: [`${event.date}: ${event.summary}`],
      }, [event]);
      if (event.form === undefined) measured.unverifiable = `The events dataset does not record what kind of event “${event.title}” was.`;
      return measured;
    }
  }
}

function fact(type: FactMeasurement['type'], value: FactMeasurement['value'], view: FactMeasurement['view'], events: EventFactRecord[], names: Record<string, string> = {}): FactMeasurement {
  return { type, value, names, view, caveats: [], uses: [], links: dedupe(events.flatMap(eventLinks)) };
}

function findEvent(source: EventSource, id: string, field: string): EventFactRecord {
  const events = source.events();
  const event = events.find((e) => e.id === id);
  if (event) return event;
  const guess = closest(id, events.map((e) => e.id));
  throw new ClaimProblem(field, `'${id}' is not an event in the events dataset${guess === undefined ? '' : `; did you mean '${guess}'?`}`);
}

/** Whole days from a to b (YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function eventLinks(event: EventFactRecord): EvidenceSource[] {
  return links(event.sourceUrls, `event:${event.id}`, `${event.date}: ${event.title}`);
}

function links(urls: readonly string[], id: string, title: string): EvidenceSource[] {
  return urls.map((url) => ({ id, title, publisher: hostOf(url), url }));
}

function hostOf(url: string): string {
  const match = /^[a-z]+:\/\/(?:www\.)?([^/]+)/i.exec(url);
  return match ? match[1]! : url;
}

function dedupe(sources: readonly EvidenceSource[]): EvidenceSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}

/** Participant ids in a claim, checked against the people the dataset names. */
export function resolvePeople(ids: readonly string[], names: Record<string, string>, field: string): string[] {
  const known = Object.keys(names);
  return ids.map((id, i) => {
    if (known.includes(id)) return id;
    const guess = closest(id, known);
    throw new ClaimProblem(`${field}[${i}]`, `'${id}' is not a participant in the events dataset${guess === undefined ? `; known: ${listWords(known)}` : `; did you mean '${guess}'?`}`);
  });
}
