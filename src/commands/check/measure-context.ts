// Adapts the dataset to what the claims engine reads: monthly figures per dataset and filters
// (built on first use and cached), the published figures, the events, and the official sources
// behind each data file. Nothing is loaded that no claim asks for.
import type { ClaimFilters } from '../../data/claim-schemas.js';
import type { DatasetName } from '../../data/claim-vocabulary.js';
import { publishedFigures } from '../../data/claims.js';
import type { Dataset } from '../../data/dataset.js';
import { encounterData } from '../../data/encounters.js';
import { EVENTS_FILE, loadEvents } from '../../data/events.js';
import { seizureAreaRows, seizureSummary } from '../../data/seizures.js';
import { encounterCounts } from '../../domain/claims/encounter-counts.js';
import type { EventFactRecord, EventSource, ParticipantRecord } from '../../domain/claims/event-source.js';
import { seizureCounts } from '../../domain/claims/seizure-counts.js';
import { actorName, meetingAsks, meetingParticipants, timelineEvents } from '../../domain/events/facts.js';
import type { MeasureContext } from '../../domain/claims/measurement.js';
import type { MonthlyCounts } from '../../domain/claims/monthly-counts.js';
import type { PublishedFigures } from '../../data/published-figure-schemas.js';
import { releaseFacts } from '../../data/release-data.js';

/** One context per claims file (each judges at its own article's date), sharing what is loaded. */
export function measureContexts(dataset: Dataset): (asOf: string) => MeasureContext {
  const cache = new Map<string, { counts: MonthlyCounts; filters: ClaimFilters }>();
  const encounters = encounterData(dataset);
  const seizures = seizureSummary(dataset);
  const seizureAreas = seizureAreaRows(dataset);
  let events: EventSource | undefined;
  let published: PublishedFigures | null | undefined;
  const releases = releaseFacts(dataset);
  return (asOf) => ({
    calendar: releases.calendar,
    revisionAllowance: releases.allowance,
    asOf,
    counts(name: DatasetName, filters: ClaimFilters, field: string) {
      const key = `${name}|${JSON.stringify(filters)}`;
      let found = cache.get(key);
      if (!found) {
        found = name === 'encounters' ? encounterCounts(encounters, filters, field) : seizureCounts(seizures, filters, field, seizureAreas);
        cache.set(key, found);
      }
      return found;
    },
    published() {
      if (published === undefined) published = publishedFigures(dataset);
      return published;
    },
    events: () => (events ??= eventSource(dataset)),
  });
}

/** The events dataset as event facts: the timeline, plus the asks with a date (said on a given day). */
function eventSource(dataset: Dataset): EventSource {
  const doc = loadEvents(dataset);
  const nameOf = (id: string) => actorName(doc, id) ?? id;
  const asks: EventFactRecord[] = meetingAsks(doc).flatMap((ask) => ask.date === null ? [] : [{
    id: ask.id,
    date: ask.date,
    title: `${ask.askedBy.map(nameOf).join(', ')}: ${ask.text}`,
    summary: `${ask.quote ? `“${ask.quote}”` : ask.text}${ask.timeOfDay ? ` (${ask.timeOfDay})` : ''}`,
    actors: [...ask.askedBy],
    sourceUrls: ask.sourceUrls,
  }]);
  const events = [...timelineEvents(doc), ...asks];
  const meeting = meetingParticipants(doc);
  const people: ParticipantRecord[] = [...meeting, ...doc.actors.map((actor) => ({ id: actor.id, name: actor.name, role: '', side: '', sourceUrls: [] }))];
  return {
    file: EVENTS_FILE,
    events: () => events,
    people: () => people,
    participants(eventId) {
      if (eventId === doc.meeting.eventId) return meeting;
      const event = events.find((e) => e.id === eventId);
      if (!event?.actors || event.actors.length === 0) return undefined;
      return event.actors.map((id) => people.find((p) => p.id === id) ?? { id, name: nameOf(id), role: '', side: '', sourceUrls: [] });
    },
  };
}
