// `check --json`: the output contract's one document, a row per claim with its full evidence.
import type { CheckReport, EvidenceSource } from '../domain/claims/report.js';
import { escapeJsonText } from './escape.js';
import { SCHEMA_VERSION } from './result.js';

export function renderCheckJson(report: CheckReport, query: Record<string, unknown>): string {
  const sources = new Map<string, EvidenceSource>();
  for (const claim of report.claims) for (const source of claim.sources) sources.set(`${source.id}|${source.url}`, source);
  const document = {
    schemaVersion: SCHEMA_VERSION,
    command: 'check',
    query,
    rows: report.claims,
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
