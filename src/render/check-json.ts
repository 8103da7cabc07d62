// `check --json`: the output contract's one document, a row per claim with its full evidence.
import type { CheckReport, ClaimResult, EvidenceSource, Judgement } from '../domain/claims/report.js';
import { escapeJsonText } from './escape.js';
import { SCHEMA_VERSION } from './result.js';

export function renderCheckJson(report: CheckReport, query: Record<string, unknown>): string {
  const sources = new Map<string, EvidenceSource>();
  for (const claim of report.claims) for (const source of claim.sources) sources.set(`${source.id}|${source.url}`, source);
  const document = {
    schemaVersion: SCHEMA_VERSION,
    command: 'check',
    query,
    rows: report.claims.map(claimRow),
    notes: summaryNotes(report),
    sources: [...sources.values()],
  };
  return `${escapeJsonText(JSON.stringify(document, null, 2))}\n`;
}

function summaryNotes(report: CheckReport): string[] {
  const counts = Object.entries(report.counts).map(([verdict, n]) => `${verdict}: ${n}`).join(', ');
  return [
    `${report.claims.length} claims checked (${counts}).`,
    report.failOn === 'never'
      ? '--fail-on never: exit status 0.'
      : `${report.failing.length} at or worse than ${report.failOn}${report.failing.length ? ` (${report.failing.join(', ')})` : ''}: exit status ${report.failing.length ? 1 : 0}.`,
  ];
}

/** Keys in reading order: what the claim is and its verdict first, the evidence after. */
function claimRow(claim: ClaimResult): Record<string, unknown> {
  return { id: claim.id, file: claim.file, ...judgementFields(claim), article: claim.article };
}

function judgementFields(j: Judgement): Record<string, unknown> {
  return {
    id: j.id,
    quote: j.quote,
    label: j.label,
    verdict: j.verdict,
    reason: j.reason,
    claimed: j.claimed,
    recomputed: j.recomputed,
    difference: j.difference,
    judgedOn: j.judgedOn,
    published: j.published,
    publishedNote: j.publishedNote,
    tolerance: j.tolerance,
    measure: j.measure,
    caveats: j.caveats,
    notes: j.notes,
    readings: j.readings.map(judgementFields),
    parts: j.parts.map(judgementFields),
    sources: j.sources,
  };
}
