// The events family's authored document: the meeting, its participants and its dated timeline.
import { eventsDocumentSchema, type EventsDocument } from '../data/event-schemas.js';
import { EVENTS_FILE } from '../data/events.js';
import type { AuthoredDocument } from './authored.js';

export const eventsDocument: AuthoredDocument<EventsDocument> = {
  path: EVENTS_FILE,
  family: 'events',
  description: 'The December 27, 2023 meeting, its participants, the asks of each side and the dated timeline May 2023 – January 2024, every fact with its numbered sources',
  schema: eventsDocumentSchema,
  // A "row" is a timeline event; coverage is the months the timeline spans.
  summarise(document) {
    const months = document.timeline.map((event) => event.date.slice(0, 7)).sort();
    return { rows: document.timeline.length, coverage: { first: months[0]!, last: months[months.length - 1]! } };
  },
};
