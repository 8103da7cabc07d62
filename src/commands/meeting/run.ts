// Answers `border-facts meeting`: the summary card, timeline, participants and sources views.
import type { MeetingOptions } from './command.js';
import type { EventsDocument } from '../../data/event-schemas.js';
import { EVENTS_FILE, loadEvents } from '../../data/events.js';
import { UsageError } from '../../errors.js';
import {
  citedNumbers, participantRows, referenceMarks, shortSourceLabel, SIDE_NAMES, sourceRows, summaryFacts, timelineRows,
  type ParticipantRow, type SourceRow, type SummaryFactRow, type TimelineRow,
} from '../../domain/events/meeting-views.js';
import { actorName, type Side } from '../../domain/events/facts.js';
import { renderCard, type Card, type CardEntry, type CardSection } from '../../render/card.js';
import { paletteFor } from '../../render/color.js';
import { FORMATS, renderResult } from '../../render/output.js';
import type { Column, CommandResult, SourceRef } from '../../render/result.js';
import { loadDataset, settingsFor, writeOut, type CommandContext } from '../shared/context.js';

const VIEWS = ['timeline', 'participants', 'sources'] as const;
type View = 'summary' | (typeof VIEWS)[number];
/** Cards stop growing past this width: long lines are hard to read. */
const MAX_CARD_WIDTH = 100;

export async function runMeeting(options: MeetingOptions, ctx: CommandContext): Promise<void> {
  const view = chosenView(options);
  const settings = settingsFor(ctx, FORMATS);
  const doc = loadEvents(loadDataset(ctx));
  const { result, card } = VIEW_BUILDERS[view](doc);
  if (settings.format === 'table') {
    writeOut(ctx, renderCard(card, { palette: await paletteFor(settings.color), width: Math.min(settings.width, MAX_CARD_WIDTH) }));
  } else {
    writeOut(ctx, await renderResult(result, settings));
  }
}

function chosenView(options: MeetingOptions): View {
  const chosen = VIEWS.filter((view) => options[view] === true);
  if (chosen.length > 1) {
    throw new UsageError(`choose one view: ${chosen.map((view) => `--${view}`).join(' and ')} cannot be combined`, 'run border-facts meeting, --timeline, --participants or --sources separately');
  }
  return chosen[0] ?? 'summary';
}

interface ViewOutput {
  result: CommandResult;
  card: Card;
}

const VIEW_BUILDERS: Record<View, (doc: EventsDocument) => ViewOutput> = {
  summary: summaryView,
  timeline: timelineView,
  participants: participantsView,
  sources: sourcesView,
};

// ---- shared pieces ----

const SOURCE_COLUMNS: Column[] = [
  { key: 'sourceNumbers', header: 'Sources', kind: 'text' },
  { key: 'sourceUrls', header: 'Source URLs', kind: 'text' },
];

function sourceRefs(doc: EventsDocument, numbers: readonly number[]): SourceRef[] {
  return numbers.map((number) => {
    const source = doc.sources[number - 1]!;
    const ref: SourceRef = { id: String(number), title: source.title ?? source.description, publisher: source.publisher, url: source.url };
    if (source.published) ref.release = source.published;
    return ref;
  });
}

function result(view: View, doc: EventsDocument, columns: Column[], rows: object[], notes: string[], cited: number[]): CommandResult {
  return {
    command: 'meeting',
    query: { view },
    columns,
    rows: rows as Record<string, unknown>[],
    notes,
    sources: sourceRefs(doc, cited),
  };
}

/** The closing "Sources" section of a card: each cited number with its publisher and date. */
function citedSourcesSection(doc: EventsDocument, cited: number[]): CardSection {
  const rows = sourceRows(doc);
  return {
    heading: 'Sources',
    maxTermWidth: 4,
    entries: cited.map((number) => ({ term: `[${number}]`, text: shortSourceLabel(rows[number - 1]!) })),
  };
}

const SOURCES_HINT = 'Numbers in brackets are sources; border-facts meeting --sources lists them with titles and URLs.';

// ---- the summary card ----

const OUTCOME_WORDS: Record<string, string> = { reaffirmed: 'Reaffirmed', agreed: 'Agreed', discussed: 'Discussed' };

function summaryView(doc: EventsDocument): ViewOutput {
  const facts = summaryFacts(doc);
  const cited = citedNumbers(facts);
  const of = (kind: SummaryFactRow['fact']) => facts.filter((fact) => fact.fact === kind);
  /** One entry per fact, the label on the first only. */
  const listed = (term: string, rows: SummaryFactRow[], text: (fact: SummaryFactRow) => string, bullet = false): CardEntry[] =>
    rows.map((fact, i) => ({ term: i === 0 ? term : undefined, text: text(fact), refs: referenceMarks(fact.sourceNumbers), bullet }));
  const withDetail = (fact: SummaryFactRow) => (fact.detail ? `${fact.value}, ${fact.detail}` : fact.value);
  const people = (side: Side) => facts.filter((fact) => (fact.fact === 'participant' || fact.fact === 'attendees') && fact.side === side);
  const asks = (side: Side) => of('ask').filter((fact) => fact.side === side);
  const askText = (fact: SummaryFactRow) => {
    const when = fact.date ? ` (${[fact.date, fact.timeOfDay].filter(Boolean).join(', ')})` : '';
    return `${fact.value}${when}${fact.detail ? `; ${fact.detail}` : ''}`;
  };
  const { meeting } = doc;
  const statedBy = actorName(doc, meeting.purpose.statedBy) ?? meeting.purpose.statedBy;
  const communique = doc.timeline.find((event) => event.id === meeting.outcomes.eventId)!;

  const card: Card = {
    title: `The meeting of ${meeting.date.weekday} ${meeting.date.value}: ${meeting.place.name}, ${meeting.place.city ?? meeting.place.country}`,
    sections: [
      {
        maxTermWidth: 14,
        entries: [
          ...listed('Date', of('date'), (fact) => `${fact.value} (${fact.detail})`),
          ...listed('Place', of('place'), (fact) => fact.value),
          ...listed('Duration', of('duration'), (fact) => fact.value),
          ...listed('U.S. side', people('united-states'), withDetail),
          ...listed('Mexican side', people('mexico'), withDetail),
          { term: 'Purpose', text: `stated by ${statedBy}:`, style: 'dim' },
          ...listed('', of('purpose'), (fact) => fact.value, true),
          { term: 'Outcomes', text: `per the joint communiqué of ${communique.date}:`, style: 'dim' },
          ...listed('', of('outcome'), (fact) => `${OUTCOME_WORDS[fact.detail ?? ''] ?? fact.detail}: ${fact.value}`, true),
          ...listed('Mexico asked', asks('mexico'), askText, true),
          ...listed('U.S. asked', asks('united-states'), askText, true),
          ...listed('Follow-up', of('follow-up'), (fact) => fact.value),
        ],
      },
      citedSourcesSection(doc, cited),
    ],
    notes: [SOURCES_HINT],
  };
  const columns: Column[] = [
    { key: 'fact', header: 'Fact', kind: 'text' },
    { key: 'id', header: 'Id', kind: 'text' },
    { key: 'side', header: 'Side', kind: 'text' },
    { key: 'date', header: 'Date', kind: 'text' },
    { key: 'timeOfDay', header: 'Time of day', kind: 'text' },
    { key: 'value', header: 'Value', kind: 'text' },
    { key: 'detail', header: 'Detail', kind: 'text' },
    ...SOURCE_COLUMNS,
  ];
  return { result: result('summary', doc, columns, facts, [], cited), card };
}

// ---- the timeline ----

function relativeDay(days: number): string {
  if (days === 0) return 'the day of the meeting';
  const count = Math.abs(days) === 1 ? '1 day' : `${Math.abs(days)} days`;
  return days < 0 ? `${count} before the meeting` : `${count} after the meeting`;
}

const FORM_WORDS: Record<string, string> = {
  'joint-statement': 'joint statement', 'joint-communique': 'joint communiqué', 'unilateral-declaration': 'one-sided declaration',
  'phone-call': 'phone call', 'press-conference': 'press conference', meeting: 'meeting', announcement: 'announcement',
  'data-release': 'data release', 'policy-change': 'policy change', 'migration-movement': 'migration',
};

/** Several figures for one measure mean the sources disagree: say so, with each version. */
function disagreements(rows: TimelineRow[]): string[] {
  return rows.flatMap((row) => {
    const byMeasure = new Map<string, TimelineRow['figures']>();
    for (const figure of row.figures) byMeasure.set(figure.measure, [...(byMeasure.get(figure.measure) ?? []), figure]);
    return [...byMeasure.entries()].filter(([, figures]) => figures.length > 1).map(([measure, figures]) =>
      `${row.date}, ${row.title.charAt(0).toLowerCase()}${row.title.slice(1)}: sources disagree on the ${figures[0]!.measureName}: ${figures.map((f) => `${f.text} ${referenceMarks(f.sourceNumbers)}`).join(' versus ')}.`);
  });
}

function timelineView(doc: EventsDocument): ViewOutput {
  const rows = timelineRows(doc);
  const cited = citedNumbers(rows.flatMap((row) => [row, ...row.figures, ...row.commitments, ...row.remarks]));
  const notes = disagreements(rows);
  const sections: CardSection[] = rows.map((row) => {
    const when = [row.weekday + (row.timeOfDay ? ` ${row.timeOfDay}` : ''), relativeDay(row.daysFromMeeting), row.place].filter(Boolean).join('; ');
    const entries: CardEntry[] = [
      { term: row.date, text: row.title, style: 'strong', refs: referenceMarks(row.sourceNumbers) },
      { text: when, style: 'dim' },
      { text: row.summary },
    ];
    if (row.formNote) entries.push({ text: `Form: ${FORM_WORDS[row.form] ?? row.form}. ${row.formNote}.` });
    for (const c of row.commitments) entries.push({ text: `${SIDE_NAMES[c.side]}: ${c.text}`, refs: referenceMarks(c.sourceNumbers), bullet: true });
    for (const f of row.figures) entries.push({ text: `${f.measureName}: ${f.text}`, refs: referenceMarks(f.sourceNumbers), bullet: true });
    for (const r of row.remarks) {
      entries.push({ text: `${r.speakerName}: ${r.gist}${r.quote ? ` (reported words: "${r.quote}")` : ''}`, refs: referenceMarks(r.sourceNumbers), bullet: true });
    }
    return { entries, maxTermWidth: 10 };
  });
  const first = rows[0]!.date;
  const last = rows[rows.length - 1]!.date;
  const card: Card = {
    title: `Timeline around the meeting of ${doc.meeting.date.value}: ${rows.length} events, ${first} to ${last}`,
    sections: [...sections, citedSourcesSection(doc, cited)],
    notes: [...notes, SOURCES_HINT],
  };
  const columns: Column[] = [
    { key: 'id', header: 'Id', kind: 'text' },
    { key: 'date', header: 'Date', kind: 'text' },
    { key: 'weekday', header: 'Weekday', kind: 'text' },
    { key: 'daysFromMeeting', header: 'Days from meeting', kind: 'number', decimals: 0 },
    { key: 'timeOfDay', header: 'Time of day', kind: 'text' },
    { key: 'title', header: 'Title', kind: 'text' },
    { key: 'summary', header: 'Summary', kind: 'text' },
    { key: 'form', header: 'Form', kind: 'text' },
    { key: 'formNote', header: 'Form note', kind: 'text' },
    { key: 'actors', header: 'Actors', kind: 'text' },
    { key: 'place', header: 'Place', kind: 'text' },
    { key: 'figures', header: 'Figures', kind: 'text', value: (row) => (row.figures as TimelineRow['figures']).map((f) => `${f.measureName}: ${f.text} ${referenceMarks(f.sourceNumbers)}`) },
    ...SOURCE_COLUMNS,
  ];
  return { result: result('timeline', doc, columns, rows, notes, cited), card };
}

// ---- participants ----

function participantText(row: ParticipantRow): string {
  const parts = [row.role];
  if (row.note) parts.push(row.note.charAt(0).toLowerCase() + row.note.slice(1));
  if (row.alsoKnownAs.length > 0) parts.push(`also named ${row.alsoKnownAs.join(', ')}`);
  return parts.join('; ');
}

function participantsView(doc: EventsDocument): ViewOutput {
  const rows = participantRows(doc);
  const others = doc.meeting.otherAttendees;
  const cited = citedNumbers([...rows, ...others.map((a) => ({ sourceNumbers: a.sources }))]);
  const notes = others.map((a) => `Also present on the ${SIDE_NAMES[a.side]} side: ${a.description.charAt(0).toLowerCase()}${a.description.slice(1)} ${referenceMarks(a.sources)}.`);
  const sides = ['united-states', 'mexico'] as const;
  const card: Card = {
    title: `Who took part in the meeting of ${doc.meeting.date.value}`,
    sections: [
      ...sides.map((side): CardSection => ({
        heading: SIDE_NAMES[side],
        maxTermWidth: 28,
        align: true,
        entries: [
          ...rows.filter((row: ParticipantRow) => row.side === side).map((row): CardEntry => ({
            term: row.name, text: participantText(row), refs: referenceMarks(row.sourceNumbers),
          })),
          ...others.filter((a) => a.side === side).map((a): CardEntry => ({ term: 'Also present', text: a.description, refs: referenceMarks(a.sources) })),
        ],
      })),
      citedSourcesSection(doc, cited),
    ],
    notes: [SOURCES_HINT],
  };
  const columns: Column[] = [
    { key: 'id', header: 'Id', kind: 'text' },
    { key: 'side', header: 'Side', kind: 'text' },
    { key: 'name', header: 'Name', kind: 'text' },
    { key: 'role', header: 'Role', kind: 'text' },
    { key: 'note', header: 'Note', kind: 'text' },
    { key: 'alsoKnownAs', header: 'Also known as', kind: 'text' },
    ...SOURCE_COLUMNS,
  ];
  return { result: result('participants', doc, columns, rows, notes, cited), card };
}

// ---- sources ----

const LANGUAGES: Record<string, string> = { en: 'English', es: 'Spanish' };
const KINDS: Record<string, string> = { official: 'official', 'official-repost': 'official text, republished', news: 'news report' };

function sourcesView(doc: EventsDocument): ViewOutput {
  const rows = sourceRows(doc);
  const card: Card = {
    title: `Sources of the meeting and timeline facts (${rows.length}, from ${EVENTS_FILE})`,
    sections: rows.map((row: SourceRow): CardSection => ({
      maxTermWidth: 4,
      entries: [
        { term: `[${row.number}]`, text: row.title ? `${row.publisher}: "${row.title}"` : row.publisher, style: 'strong' },
        { text: `${row.description}. ${[row.published ?? 'date not given', KINDS[row.kind] ?? row.kind, LANGUAGES[row.language] ?? row.language].join('; ')}.`, style: 'dim' },
        { text: row.url },
      ],
    })),
    notes: [],
  };
  const columns: Column[] = [
    { key: 'number', header: 'No.', kind: 'rank' },
    { key: 'publisher', header: 'Publisher', kind: 'text' },
    { key: 'title', header: 'Title', kind: 'text' },
    { key: 'description', header: 'Description', kind: 'text' },
    { key: 'published', header: 'Published', kind: 'text' },
    { key: 'language', header: 'Language', kind: 'text' },
    { key: 'kind', header: 'Kind', kind: 'text' },
    { key: 'url', header: 'URL', kind: 'text' },
    { key: 'citedBy', header: 'Cited by', kind: 'text' },
  ];
  return { result: result('sources', doc, columns, rows, [], rows.map((row) => row.number)), card };
}
