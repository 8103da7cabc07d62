#!/usr/bin/env node
// Keeps each article's claims file in step with its expected file, and fills in what `check`
// computes for the hand-written claims (the reference verdicts; see README.md).
//
//   node test/corpus/sync-claims.mjs [slug ...]          write <slug>.claims.json, report differences
//   node test/corpus/sync-claims.mjs --fill [slug ...]   also fill id, quote, verdict, recomputed,
//                                                        arithmetic where they are missing
//
// It never changes a verdict that is already written: a difference between the expected verdict
// and check's is printed for a person to resolve. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = join(HERE, '..', '..', 'bin', 'border-facts.js');
const args = process.argv.slice(2);
const fill = args.includes('--fill') || args.includes('--refresh');
// --refresh also rewrites the arithmetic of single-verdict entries from check's evidence.
const refresh = args.includes('--refresh');
const wanted = args.filter((a) => !a.startsWith('--'));
const slugs = wanted.length > 0 ? wanted : readdirSync(HERE).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:^|[\s(])(?:U\.S|U\.N|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|vs|a\.m|p\.m|Gov|Sen|Rep|Lt|Col|Gen|Jr|Inc|Co|approx)$/;

function occurrenceIndex(text, number, occurrence) {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(number, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The sentence around text[at]: a full stop, question or exclamation mark followed by a space and a capital, or a line break, ends one. */
export function sentenceAt(text, at) {
  const isEnd = (i) => {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== '.' && c !== '?' && c !== '!') return false;
    const rest = text.slice(i + 1, i + 4);
    if (!/^[”"’)]?\s+[A-Z“"(]/.test(rest) && !/^[”"’)]?\s*$/.test(rest)) return false;
    return c !== '.' || !ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i));
  };
  let start = at;
  while (start > 0 && !isEnd(start - 1)) start--;
  let end = at;
  while (end < text.length && !isEnd(end)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  if (/[”"]/.test(text[end] ?? '')) end++;
  return text.slice(start, end).trim();
}

/** check's evidence in one line: what was measured and its value, the figures, the published figure, why. */
function arithmeticOf(row) {
  const m = row.measure ?? {};
  const parts = [`${m.description} = ${row.recomputed?.text ?? '(none)'}`, m.formula];
  const details = (m.details ?? []).map((d) => (typeof d === 'string' ? d : d.text ?? JSON.stringify(d)));
  if (details.length > 0) parts.push(details.join('; '));
  if (row.published?.value !== undefined && row.published?.value !== null) parts.push(`as first published: ${row.published.formula ?? row.published.value}`);
  parts.push(`check: ${row.verdict}, ${row.reason}`);
  return parts.filter(Boolean).join(' | ');
}

function stringify(value) {
  return JSON.stringify(value, null, 2) + '\n';
}

let problems = 0;
for (const slug of slugs) {
  const textPath = join(HERE, `${slug}.txt`);
  const expectedPath = join(HERE, `${slug}.expected.json`);
  const claimsPath = join(HERE, `${slug}.claims.json`);
  const text = readFileSync(textPath, 'utf8');
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  const byCheck = [];
  expected.numbers.forEach((entry, i) => {
    if (entry.expect !== 'judge') return;
    if (fill && entry.computedBy === undefined) entry.computedBy = 'check';
    const at = occurrenceIndex(text, entry.number, entry.occurrence ?? 1);
    if (at < 0) {
      console.log(`${slug}: "${entry.number}" (occurrence ${entry.occurrence ?? 1}) is not in the text`);
      problems++;
      return;
    }
    if (fill && entry.claim) {
      const flat = text.replace(/\s+/g, ' ');
      const stale = entry.claim.quote !== undefined && !flat.includes(entry.claim.quote.replace(/\s+/g, ' '));
      const claim = { id: entry.claim.id ?? `${slug}-${String(i + 1).padStart(2, '0')}`, ...entry.claim, quote: stale || entry.claim.quote === undefined ? sentenceAt(text, at) : entry.claim.quote };
      entry.claim = claim;
    }
    if (entry.computedBy === 'check') byCheck.push(entry);
  });
  // Checklist: every number today's finder sees (dates aside) should be covered by an entry.
  const scan = spawnSync(process.execPath, [BIN, 'scan', textPath, '--json'], { encoding: 'utf8' });
  if (scan.status === 0) {
    const seen = new Map();
    for (const row of JSON.parse(scan.stdout).rows) {
      if (['date', 'year', 'fiscal-year', 'month'].includes(row.kind)) continue;
      seen.set(row.text, (seen.get(row.text) ?? 0) + 1);
    }
    for (const [number, count] of seen) {
      const listed = expected.numbers.filter((e) => e.number.includes(number)).length;
      if (listed < count) console.log(`${slug}: scan sees "${number}" ${count} time(s), the expected file lists ${listed}`);
    }
  }
  if (byCheck.length === 0) {
    console.log(`${slug}: no claim for check`);
    continue;
  }
  const claimsFile = {
    article: { title: expected.title, published: expected.published },
    claims: byCheck.map((e) => e.claim),
  };
  writeFileSync(claimsPath, stringify(claimsFile));
  const run = spawnSync(process.execPath, [BIN, 'check', claimsPath, '--json', '--fail-on', 'never'], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.log(`${slug}: check exited ${run.status}: ${run.stderr.trim()}`);
    problems++;
    continue;
  }
  const rows = new Map(JSON.parse(run.stdout).rows.map((r) => [r.id, r]));
  for (const entry of byCheck) {
    const row = rows.get(entry.claim.id);
    const recomputed = row.recomputed?.value ?? null;
    if (fill) {
      if (entry.verdict === undefined) entry.verdict = row.verdict;
      entry.recomputed = recomputed;
      if (entry.arithmetic === undefined || (refresh && !Array.isArray(entry.verdict))) entry.arithmetic = arithmeticOf(row);
    }
    const label = `${slug} ${entry.claim.id} "${entry.number}"`;
    const verdicts = [entry.verdict].flat();
    if (entry.verdict !== undefined && !verdicts.includes(row.verdict)) {
      console.log(`${label}: expected ${verdicts.join('/')}, check says ${row.verdict} (${row.reason})`);
      problems++;
    }
    const good = ['accurate', 'mostly-accurate'].includes(row.verdict);
    if ((entry.truth === 'true' && !good) || (entry.truth !== 'true' && good)) {
      console.log(`${label}: written as ${entry.truth}, check says ${row.verdict} (${row.reason})`);
      problems++;
    }
  }
  if (fill) {
    // Keep the documented key order.
    expected.numbers = expected.numbers.map((e) => {
      const order = ['number', 'occurrence', 'expect', 'about', 'reason', 'verdict', 'recomputed', 'claim', 'arithmetic', 'truth', 'computedBy', 'source'];
      const out = {};
      for (const k of order) if (e[k] !== undefined) out[k] = e[k];
      for (const k of Object.keys(e)) if (!(k in out)) out[k] = e[k];
      return out;
    });
    writeFileSync(expectedPath, stringify(expected));
  }
}
console.log(problems === 0 ? `${slugs.length} article(s): every verdict agrees with check` : `${problems} difference(s)`);
process.exitCode = problems === 0 ? 0 : 1;
