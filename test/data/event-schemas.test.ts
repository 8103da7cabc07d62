import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventsDocumentSchema } from '../../src/data/event-schemas.js';

const authored = JSON.parse(readFileSync(fileURLToPath(new URL('../../authored/events.json', import.meta.url)), 'utf8'));

/** The first problem the schema reports after `edit`, as "path: message". */
function problem(edit: (doc: any) => void): string | undefined {
  const doc = structuredClone(authored);
  edit(doc);
  const parsed = eventsDocumentSchema.safeParse(doc);
  return parsed.success ? undefined : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('the events schema (validated at build time)', () => {
  it('accepts the authored document', () => {
    expect(problem(() => {})).toBeUndefined();
  });

  it('rejects a fact without a source', () => {
    expect(problem((d) => { d.timeline[0].sources = []; })).toMatch(/timeline\.0\.sources: every fact needs at least one source/);
    expect(problem((d) => { d.meeting.participants[0].sources = []; })).toMatch(/meeting\.participants\.0\.sources/);
  });

  it('rejects a source number not in the list, and a listed source nothing cites', () => {
    expect(problem((d) => { d.meeting.place.sources = [3, 19]; })).toMatch(/meeting\.place\.sources\.1: source 19 is not in the source list \(1–18\)/);
    expect(problem((d) => { d.sources.push({ ...d.sources[0], number: 19 }); })).toMatch(/sources\.18: source 19 is cited by no fact/);
    expect(problem((d) => { d.sources[1].number = 7; })).toMatch(/sources\.1\.number: sources must be numbered/);
  });

  it('rejects unknown people, duplicate ids and dates that do not exist', () => {
    expect(problem((d) => { d.timeline[2].actors.push('obama'); })).toMatch(/timeline\.2\.actors\.2: unknown participant or actor 'obama'/);
    expect(problem((d) => { d.timeline[1].id = d.timeline[0].id; })).toMatch(/event id 'joint-statement-2023-05-02' is used twice/);
    expect(problem((d) => { d.timeline[0].date = '2023-02-30'; })).toMatch(/timeline\.0\.date: a real calendar date/);
  });

  it('keeps the meeting consistent with its timeline event', () => {
    expect(problem((d) => { d.meeting.date.value = '2023-12-26'; })).toMatch(/the meeting's date differs from its timeline event \(2023-12-27\)/);
    expect(problem((d) => { d.meeting.followUp.eventId = 'nowhere'; })).toMatch(/no timeline event 'nowhere'/);
  });

  it('accepts only web URLs and known fields', () => {
    expect(problem((d) => { d.sources[0].url = 'javascript:alert(1)'; })).toMatch(/sources\.0\.url/);
    expect(problem((d) => { d.meeting.participants[0].twitter = '@x'; })).toMatch(/twitter/);
  });
});
