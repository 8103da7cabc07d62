import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/data/dataset.js';
import { loadEvents } from '../../src/data/events.js';
import { daysBetween, findEvent, meetingAsks, meetingParticipants, timelineEvents, weekdayOf, type EventFact } from '../../src/domain/events/facts.js';
import { participantRows, sourceRows, summaryFacts, timelineRows } from '../../src/domain/events/meeting-views.js';
import { BUNDLED_DATA } from '../support/cli.js';

const doc = loadEvents(openDataset(BUNDLED_DATA, 'restore data/'));
const event = (id: string): EventFact => {
  const found = findEvent(doc, id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const URL_OF = (n: number) => doc.sources[n - 1]!.url;

describe('event facts (the interface the claim engine queries)', () => {
  it('keeps the stable timeline ids, earliest first, the meeting included', () => {
    expect(timelineEvents(doc).map((e) => e.id)).toEqual([
      'joint-statement-2023-05-02',
      'title-42-ends-2023-05-11',
      'biden-lopez-obrador-call-2023-12-21',
      'lopez-obrador-press-conference-2023-12-22',
      'cbp-november-update-2023-12-22',
      'caravan-departs-tapachula-2023-12-24',
      'state-department-announcement-2023-12-26',
      'meeting-2023-12-27',
      'joint-communique-2023-12-28',
      'caravan-disbands-2024-01-02',
      'washington-follow-up-2024-01-19',
    ]);
  });

  it('sorts by date and gives each event its own date', () => {
    const dates = timelineEvents(doc).map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(event('meeting-2023-12-27').date).toBe('2023-12-27');
    expect(event('biden-lopez-obrador-call-2023-12-21').date).toBe('2023-12-21');
    expect(event('lopez-obrador-press-conference-2023-12-22').date).toBe('2023-12-22');
    expect(event('caravan-departs-tapachula-2023-12-24').date).toBe('2023-12-24');
    expect(event('joint-communique-2023-12-28').date).toBe('2023-12-28');
    expect(event('washington-follow-up-2024-01-19').date).toBe('2024-01-19');
    expect(findEvent(doc, 'no-such-event')).toBeUndefined();
  });

  it('orders events with daysBetween: the press conference came the day after the call', () => {
    const call = event('biden-lopez-obrador-call-2023-12-21');
    const press = event('lopez-obrador-press-conference-2023-12-22');
    const meeting = event('meeting-2023-12-27');
    expect(daysBetween(call, press)).toBe(1);
    expect(daysBetween(press, call)).toBe(-1);
    expect(daysBetween(event('caravan-departs-tapachula-2023-12-24'), meeting)).toBe(3);
    expect(daysBetween(meeting, event('washington-follow-up-2024-01-19'))).toBe(23);
    expect(daysBetween(event('joint-statement-2023-05-02'), meeting)).toBe(239);
  });

  it('lists the participants by side with the stable ids', () => {
    const people = meetingParticipants(doc);
    expect(people.map((p) => [p.id, p.side])).toEqual([
      ['blinken', 'united-states'], ['mayorkas', 'united-states'], ['sherwood-randall', 'united-states'], ['salazar', 'united-states'],
      ['lopez-obrador', 'mexico'], ['barcena', 'mexico'],
    ]);
    expect(people.find((p) => p.id === 'salazar')).toMatchObject({ name: 'Ken Salazar', role: 'U.S. Ambassador to Mexico' });
    expect(people.find((p) => p.id === 'barcena')).toMatchObject({ name: 'Alicia Bárcena', role: 'Secretary of Foreign Affairs' });
    expect(people.find((p) => p.id === 'blinken')!.sourceUrls).toEqual([URL_OF(1), URL_OF(4)]);
  });

  it('records the May 2 event as a joint statement of both governments, not a declaration by López Obrador', () => {
    const may = event('joint-statement-2023-05-02');
    expect(may.form).toBe('joint-statement');
    expect(may.actors).toEqual(['us-government', 'mexican-government']);
    expect(may.sourceUrls).toEqual([URL_OF(10), URL_OF(11)]);
    expect(URL_OF(10)).toContain('reuters.com');
    const row = timelineRows(doc).find((r) => r.id === may.id)!;
    expect(row.formNote).toMatch(/not a one-sided declaration/);
    expect(row.commitments.map((c) => c.side)).toEqual(['united-states', 'mexico']);
  });

  it('keeps the meeting facts with their sources: date, National Palace, about three hours', () => {
    const facts = summaryFacts(doc);
    expect(facts.find((f) => f.fact === 'date')).toMatchObject({ value: '2023-12-27', detail: 'Wednesday', sourceNumbers: [1, 2] });
    expect(facts.find((f) => f.fact === 'place')).toMatchObject({ value: 'National Palace (Palacio Nacional), Mexico City, Mexico', sourceNumbers: [3, 4] });
    expect(facts.find((f) => f.fact === 'duration')).toMatchObject({ value: 'about 3 hours', sourceNumbers: [3] });
    expect(facts.find((f) => f.fact === 'follow-up')).toMatchObject({ id: 'washington-follow-up-2024-01-19', date: '2024-01-19', sourceNumbers: [9] });
    expect(weekdayOf('2023-12-27')).toBe(doc.meeting.date.weekday);
  });

  it('keeps the asks of each side, with the walls remark dated the morning of the meeting', () => {
    const asks = meetingAsks(doc);
    expect(asks.filter((a) => a.side === 'mexico').map((a) => a.id)).toEqual(['development-aid', 'cuba-dialogue', 'ease-sanctions', 'people-not-walls']);
    expect(asks.filter((a) => a.side === 'united-states').length).toBeGreaterThan(0);
    expect(asks.find((a) => a.id === 'people-not-walls')).toMatchObject({ date: '2023-12-27', timeOfDay: 'morning', askedBy: ['lopez-obrador'] });
  });

  it('keeps both estimates of the caravan size, each with its estimator and source', () => {
    const caravan = timelineRows(doc).find((r) => r.id === 'caravan-departs-tapachula-2023-12-24')!;
    const sizes = caravan.figures.filter((f) => f.measure === 'caravan-size');
    expect(sizes.map((f) => [f.qualifier, f.value, f.estimatedBy])).toEqual([
      ['about', 6000, 'INM office in Chiapas'],
      ['more-than', 10000, 'Chiapas Civil Protection'],
    ]);
    for (const size of sizes) expect(size.sourceUrls).toEqual([URL_OF(17)]);
  });

  it('gives every fact at least one source URL from the numbered list', () => {
    const listed = new Set(doc.sources.map((s) => s.url));
    const facts: { sourceUrls: string[] }[] = [
      ...timelineEvents(doc), ...meetingParticipants(doc), ...meetingAsks(doc), ...summaryFacts(doc), ...participantRows(doc),
      ...timelineRows(doc).flatMap((r) => [...r.figures, ...r.commitments, ...r.remarks]),
    ];
    expect(facts.length).toBeGreaterThan(40);
    for (const fact of facts) {
      expect(fact.sourceUrls.length).toBeGreaterThan(0);
      for (const url of fact.sourceUrls) expect(listed.has(url)).toBe(true);
    }
  });

  it('numbers the sources 1–18 and says which facts cite each', () => {
    const rows = sourceRows(doc);
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(rows[0]).toMatchObject({ publisher: 'U.S. Department of State', published: '2023-12-26', url: 'https://www.state.gov/secretary-blinken-travels-to-mexico/' });
    expect(rows[0]!.citedBy).toContain('meeting.date');
    expect(rows[16]!.citedBy).toEqual(['timeline.caravan-departs-tapachula-2023-12-24']);
    for (const row of rows) expect(row.citedBy.length).toBeGreaterThan(0);
  });
});

describe('weekdayOf', () => {
  it('names weekdays without Intl, across month and year ends', () => {
    expect(weekdayOf('2023-05-02')).toBe('Tuesday');
    expect(weekdayOf('2023-12-24')).toBe('Sunday');
    expect(weekdayOf('2024-01-02')).toBe('Tuesday');
    expect(weekdayOf('1970-01-01')).toBe('Thursday');
    expect(weekdayOf('1969-12-31')).toBe('Wednesday');
  });
});
