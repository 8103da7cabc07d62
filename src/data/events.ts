// The events family: one verified JSON document, read only by the commands that need it.
import { DataError } from '../errors.js';
import type { Dataset } from './dataset.js';
import type { EventsDocument } from './event-schemas.js';

export const EVENTS_FILE = 'events.json';
// Kept in step with EVENTS_SCHEMA_VERSION in event-schemas.ts (which loads zod, so is not imported here).
const SUPPORTED_EVENTS_VERSION = 1;

export function loadEvents(dataset: Dataset): EventsDocument {
  const document = dataset.document<EventsDocument>(EVENTS_FILE);
  if (document === null || typeof document !== 'object' || document.schemaVersion !== SUPPORTED_EVENTS_VERSION) {
    throw new DataError(`${dataset.dir}/${EVENTS_FILE} is not an events document of schema version ${SUPPORTED_EVENTS_VERSION}`, dataset.restoreHint);
  }
  return document;
}
