// The events family: the December 27, 2023 meeting, its people, the asks each side made and the
// dated timeline around it. Every fact carries the numbers of its sources in the document's
// numbered source list; the build rejects a fact without a source or citing a number not listed.
// Used at build time only: the run-time path imports these types with `import type`.
import { z } from 'zod';

export const EVENTS_SCHEMA_VERSION = 1;

export const SIDES = ['united-states', 'mexico'] as const;

/** What kind of act an event was: a checker judges framing ("declared" vs "agreed") from this. */
export const EVENT_FORMS = [
  'joint-statement', 'joint-communique', 'unilateral-declaration', 'phone-call', 'press-conference',
  'meeting', 'announcement', 'data-release', 'policy-change', 'migration-movement',
] as const;

export const QUALIFIERS = ['exactly', 'about', 'more-than', 'less-than', 'at-least', 'at-most'] as const;

const isoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a YYYY-MM-DD date')
  .refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'a real calendar date');
/** Some sources give only the month of publication. */
const publicationDateSchema = z.union([isoDateSchema, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a YYYY-MM month')]);
const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case-hyphenated id');
const textSchema = z.string().trim().min(1);
/** The numbers of the sources a fact rests on, in the document's source list. */
const sourceNumbersSchema = z.array(z.number().int().positive()).min(1, 'every fact needs at least one source');

export const sideSchema = z.enum(SIDES);

export const eventSourceSchema = z.strictObject({
  number: z.number().int().positive(),
  publisher: textSchema,
  /** The source's own title, where the research gives it; otherwise null and `description` says what it is. */
  title: textSchema.nullable(),
  description: textSchema,
  published: publicationDateSchema.nullable(),
  language: z.enum(['en', 'es']),
  /** official: the government's own page; official-repost: an official text republished elsewhere. */
  kind: z.enum(['official', 'official-repost', 'news']),
  url: z.url({ protocol: /^https?$/ }),
});
export type EventSource = z.infer<typeof eventSourceSchema>;

export const placeSchema = z.strictObject({
  name: textSchema,
  /** The name in the local language, where it differs. */
  localName: textSchema.nullable(),
  city: textSchema.nullable(),
  region: textSchema.nullable(),
  country: textSchema,
});
export type Place = z.infer<typeof placeSchema>;

export const participantSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  role: textSchema,
  side: sideSchema,
  /** A fact about this person's part in the meeting (for example who received the delegation). */
  note: textSchema.nullable(),
  /** Other names the sources and reports use ("Liz Sherwood-Randall"). */
  alsoKnownAs: z.array(textSchema),
  sources: sourceNumbersSchema,
});
export type ParticipantRecord = z.infer<typeof participantSchema>;

/** People and bodies named by the timeline that did not attend the meeting (Biden, CBP, INM, …). */
export const actorSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  description: textSchema,
  side: sideSchema.nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

/** A number reported about an event; sources that disagree give one figure each. */
export const figureSchema = z.strictObject({
  measure: z.enum(['caravan-size', 'nationalities', 'distance-from-tapachula']),
  qualifier: z.enum(QUALIFIERS),
  value: z.number().positive(),
  unit: z.enum(['people', 'nationalities', 'km']),
  /** Who made the estimate, where the source names them. */
  estimatedBy: textSchema.nullable(),
  sources: sourceNumbersSchema,
});
export type EventFigure = z.infer<typeof figureSchema>;

export const commitmentSchema = z.strictObject({
  side: sideSchema,
  text: textSchema,
  sources: sourceNumbersSchema,
});

export const remarkSchema = z.strictObject({
  speaker: idSchema,
  /** What was said, in the project's words. */
  gist: textSchema,
  /** The few words reported as spoken, in English, where the research quotes them. */
  quote: textSchema.nullable(),
  sources: sourceNumbersSchema,
});

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  /** When in the day, where the sources say ("morning" press conference). */
  timeOfDay: z.enum(['morning', 'afternoon', 'evening']).nullable(),
  title: textSchema,
  summary: textSchema,
  form: z.enum(EVENT_FORMS),
  /** Why the form matters, where a report could frame the event otherwise. */
  formNote: textSchema.nullable(),
  /** Participant or actor ids: who did it, made it, or took part. */
  actors: z.array(idSchema),
  place: placeSchema.nullable(),
  figures: z.array(figureSchema),
  commitments: z.array(commitmentSchema),
  remarks: z.array(remarkSchema),
  sources: sourceNumbersSchema,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

const sourcedTextSchema = z.strictObject({ id: idSchema, text: textSchema, sources: sourceNumbersSchema });

export const outcomeSchema = z.strictObject({
  id: idSchema,
  /** reaffirmed: an existing commitment restated; agreed: new; discussed: talked about, nothing agreed.
   * `text` completes the kind: "agreed: to meet again in Washington …". */
  kind: z.enum(['reaffirmed', 'agreed', 'discussed']),
  text: textSchema,
  sources: sourceNumbersSchema,
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const askSchema = z.strictObject({
  id: idSchema,
  side: sideSchema,
  /** Participant or actor ids of who made the ask. */
  askedBy: z.array(idSchema).min(1),
  text: textSchema,
  /** The day the ask was voiced, where the sources give it. */
  date: isoDateSchema.nullable(),
  timeOfDay: z.enum(['morning', 'afternoon', 'evening']).nullable(),
  quote: textSchema.nullable(),
  sources: sourceNumbersSchema,
});
export type Ask = z.infer<typeof askSchema>;

export const meetingSchema = z.strictObject({
  /** The meeting's own timeline event. */
  eventId: idSchema,
  date: z.strictObject({ value: isoDateSchema, weekday: textSchema, sources: sourceNumbersSchema }),
  place: placeSchema.extend({ sources: sourceNumbersSchema }),
  duration: z.strictObject({ qualifier: z.enum(QUALIFIERS), hours: z.number().positive(), sources: sourceNumbersSchema }),
  host: sideSchema,
  participants: z.array(participantSchema).min(1),
  /** Attendees the sources do not name. */
  otherAttendees: z.array(z.strictObject({ side: sideSchema, description: textSchema, sources: sourceNumbersSchema })),
  purpose: z.strictObject({ statedBy: idSchema, points: z.array(sourcedTextSchema).min(1) }),
  /** The joint communiqué's content: which event published it, and each point. */
  outcomes: z.strictObject({ eventId: idSchema, points: z.array(outcomeSchema).min(1) }),
  asks: z.array(askSchema),
  followUp: z.strictObject({ eventId: idSchema, agreedIn: idSchema, text: textSchema, sources: sourceNumbersSchema }),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const eventsDocumentSchema = z.strictObject({
  schemaVersion: z.literal(EVENTS_SCHEMA_VERSION),
  subject: textSchema,
  sources: z.array(eventSourceSchema).min(1),
  actors: z.array(actorSchema),
  meeting: meetingSchema,
  timeline: z.array(timelineEventSchema).min(1),
}).superRefine((doc, context) => {
  const fail = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });

  doc.sources.forEach((source, i) => {
    if (source.number !== i + 1) fail(['sources', i, 'number'], `sources must be numbered 1, 2, 3, … in order; expected ${i + 1}`);
  });
  const sourceCount = doc.sources.length;
  const cited = new Set<number>();
  const checkSources = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((item, i) => checkSources(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(inner) && inner.every((n) => typeof n === 'number')) {
          inner.forEach((n: number, i) => {
            cited.add(n);
            if (n > sourceCount) fail([...path, key, i], `source ${n} is not in the source list (1–${sourceCount})`);
          });
        } else checkSources(inner, [...path, key]);
      }
    }
  };
  checkSources({ actors: doc.actors, meeting: doc.meeting, timeline: doc.timeline }, []);
  doc.sources.forEach((source, i) => {
    if (!cited.has(source.number)) fail(['sources', i], `source ${source.number} is cited by no fact`);
  });

  const people = new Set<string>();
  [...doc.meeting.participants, ...doc.actors].forEach((who) => {
    if (people.has(who.id)) fail(['actors'], `id '${who.id}' is used twice`);
    people.add(who.id);
  });
  const events = new Map<string, (typeof doc.timeline)[number]>();
  doc.timeline.forEach((event, i) => {
    if (events.has(event.id)) fail(['timeline', i, 'id'], `event id '${event.id}' is used twice`);
    events.set(event.id, event);
    event.actors.forEach((id, j) => { if (!people.has(id)) fail(['timeline', i, 'actors', j], `unknown participant or actor '${id}'`); });
    event.remarks.forEach((remark, j) => { if (!people.has(remark.speaker)) fail(['timeline', i, 'remarks', j, 'speaker'], `unknown speaker '${remark.speaker}'`); });
  });
  doc.meeting.asks.forEach((ask, i) => ask.askedBy.forEach((id, j) => {
    if (!people.has(id)) fail(['meeting', 'asks', i, 'askedBy', j], `unknown participant or actor '${id}'`);
  }));
  if (!people.has(doc.meeting.purpose.statedBy)) fail(['meeting', 'purpose', 'statedBy'], `unknown actor '${doc.meeting.purpose.statedBy}'`);

  const meetingEvent = events.get(doc.meeting.eventId);
  if (!meetingEvent) fail(['meeting', 'eventId'], `no timeline event '${doc.meeting.eventId}'`);
  else if (meetingEvent.date !== doc.meeting.date.value) fail(['meeting', 'date'], `the meeting's date differs from its timeline event (${meetingEvent.date})`);
  for (const [key, id] of [['outcomes', doc.meeting.outcomes.eventId], ['followUp', doc.meeting.followUp.eventId], ['followUp', doc.meeting.followUp.agreedIn]] as const) {
    if (!events.has(id)) fail(['meeting', key], `no timeline event '${id}'`);
  }
});
export type EventsDocument = z.infer<typeof eventsDocumentSchema>;
