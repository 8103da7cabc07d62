// The article corpus (README.md beside this file): every expected file is well formed, names only
// numbers that are in its article, and every verdict it takes from `check` is the one check gives.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../support/cli.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const slugs = readdirSync(HERE).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();

const Verdict = z.enum(['accurate', 'mostly-accurate', 'unverifiable', 'misleading', 'inaccurate']);
const Claim = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), quote: z.string().min(1), measure: z.record(z.string(), z.unknown()), claimed: z.record(z.string(), z.unknown()) }).passthrough();
const Judged = z.object({
  number: z.string().min(1),
  occurrence: z.number().int().min(1).optional(),
  expect: z.literal('judge'),
  // A list only where the truth hinges on CBP's first-published figure: accurate or mostly accurate.
  verdict: z.union([Verdict, z.tuple([z.literal('accurate'), z.literal('mostly-accurate')])]),
  recomputed: z.number().nullable(),
  claim: Claim,
  arithmetic: z.string().min(10),
  truth: z.enum(['true', 'false', 'misleading']),
  computedBy: z.enum(['check', 'hand']),
}).strict();
const Abstained = z.object({
  number: z.string().min(1),
  occurrence: z.number().int().min(1).optional(),
  expect: z.literal('abstain'),
  about: z.enum(['cbp', 'other']),
  reason: z.string().min(5),
}).strict();
const Entry = z.discriminatedUnion('expect', [Judged, Abstained]);
const Expected = z.object({
  title: z.string().min(1),
  style: z.string().min(1),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sources: z.array(z.string()).min(1),
  numbers: z.array(Entry).min(1),
}).strict();
type Expected = z.infer<typeof Expected>;
type Entry = z.infer<typeof Entry>;

function read(slug: string) {
  const text = readFileSync(join(HERE, `${slug}.txt`), 'utf8');
  const expected = Expected.parse(JSON.parse(readFileSync(join(HERE, `${slug}.expected.json`), 'utf8')));
  return { text, expected };
}

/** Occurrences of `needle` in `text` that are not part of a longer number or word ("10 percent" in "110 percent"). */
function standaloneOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  const wordy = /[A-Za-z0-9]/;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    const joinsBefore = wordy.test(before) || (/[.,]/.test(before) && /\d/.test(text[at - 2] ?? ''));
    const joinsAfter = wordy.test(after) || (/[.,]/.test(after) && /\d/.test(text[at + needle.length + 1] ?? ''));
    if (!joinsBefore && !joinsAfter) found.push(at);
  }
  return found;
}

const all = slugs.map((slug) => ({ slug, ...read(slug) }));

describe('the corpus as a whole', () => {
  it('has at least 28 articles, 300 numbers and 200 to judge, about a tenth of them false or misleading', () => {
    const numbers = all.flatMap((a) => a.expected.numbers);
    const judged = numbers.filter((n): n is Extract<Entry, { expect: 'judge' }> => n.expect === 'judge');
    expect(all.length).toBeGreaterThanOrEqual(28);
    expect(numbers.length).toBeGreaterThanOrEqual(300);
    expect(judged.length).toBeGreaterThanOrEqual(200);
    const untrue = judged.filter((n) => n.truth !== 'true').length / judged.length;
    expect(untrue).toBeGreaterThanOrEqual(0.07);
    expect(untrue).toBeLessThanOrEqual(0.2);
  });

  it('spreads its articles from December 2019 to December 2025', () => {
    const dates = all.map((a) => a.expected.published).sort();
    expect(dates[0]! >= '2019-12-01' && dates[0]! <= '2020-12-31').toBe(true);
    expect(dates.at(-1)! >= '2025-01-01' && dates.at(-1)! <= '2025-12-31').toBe(true);
  });

  it('gives every claim a unique id', () => {
    const ids = all.flatMap((a) => a.expected.numbers.flatMap((n) => (n.expect === 'judge' ? [n.claim.id] : [])));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(all)('$slug', ({ slug, text, expected }) => {
  it('reads like an article: a headline, a stated date, 300 to 900 words', () => {
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(900);
    const top = text.split('\n').slice(0, 5).join('\n');
    expect(top).toMatch(/20(19|2\d)/);
  });

  it('names only numbers in the text, each occurrence once, and every occurrence of each', () => {
    const seen = new Set<string>();
    for (const entry of expected.numbers) {
      const at = standaloneOccurrences(text, entry.number);
      const occurrence = entry.occurrence ?? 1;
      expect(at.length, `"${entry.number}" occurrence ${occurrence}`).toBeGreaterThanOrEqual(occurrence);
      const key = `${entry.number}#${occurrence}`;
      expect(seen.has(key), `"${entry.number}" occurrence ${occurrence} is listed twice`).toBe(false);
      seen.add(key);
    }
    for (const number of new Set(expected.numbers.map((e) => e.number))) {
      const listed = expected.numbers.filter((e) => e.number === number).length;
      expect(listed, `"${number}" is in the text ${standaloneOccurrences(text, number).length} times`).toBe(standaloneOccurrences(text, number).length);
    }
  });

  it('quotes each claim verbatim from the text, with the number in the quote', () => {
    const flat = text.replace(/\s+/g, ' ');
    for (const entry of expected.numbers) {
      if (entry.expect !== 'judge') continue;
      expect(flat, entry.claim.id).toContain(entry.claim.quote.replace(/\s+/g, ' '));
    }
  });

  it('keeps its claims file to exactly the claims check computes', () => {
    const claimsFile = JSON.parse(readFileSync(join(HERE, `${slug}.claims.json`), 'utf8')) as { article: { title: string; published: string }; claims: unknown[] };
    expect(claimsFile.article).toEqual({ title: expected.title, published: expected.published });
    const byCheck = expected.numbers.flatMap((n) => (n.expect === 'judge' && n.computedBy === 'check' ? [n.claim] : []));
    expect(claimsFile.claims).toEqual(byCheck);
  });

  it('gets from check the verdict and recomputed value it expects for every claim check computes', () => {
    const run = runCli(['check', join(HERE, `${slug}.claims.json`), '--json', '--fail-on', 'never']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = new Map((JSON.parse(run.stdout) as { rows: { id: string; verdict: string; recomputed: { value: number } | null }[] }).rows.map((r) => [r.id, r]));
    for (const entry of expected.numbers) {
      if (entry.expect !== 'judge' || entry.computedBy !== 'check') continue;
      const row = rows.get(entry.claim.id);
      expect(row, entry.claim.id).toBeDefined();
      expect([entry.verdict].flat(), `${entry.claim.id} ("${entry.number}")`).toContain(row!.verdict);
      if (entry.recomputed === null) expect(row!.recomputed).toBeNull();
      else expect(row!.recomputed!.value, entry.claim.id).toBeCloseTo(entry.recomputed, 6);
    }
  });
});

export type { Expected };
