// `check --format junit`: the verdicts as a JUnit XML test report, so CI systems (GitHub Actions,
// GitLab, Jenkins) list fact-check results beside test results. One <testsuite> per claims file,
// one <testcase> per claim; a claim at or worse than --fail-on is a <failure> carrying its evidence;
// an unverifiable claim that does not fail is <skipped> (the data could not decide it).
import type { CheckReport, ClaimResult } from '../domain/claims/report.js';
import { failsAt } from '../domain/claims/verdicts.js';
import { judgementText } from './check-table.js';
import { escapeCell, escapeControl } from './escape.js';
import { xmlAttribute, xmlText } from './xml.js';

/** The evidence is wrapped as the table wraps it, a little wider for CI pages. */
const EVIDENCE_WIDTH = 100;

type Outcome = 'passed' | 'failed' | 'skipped';

export function renderCheckJunit(report: CheckReport): string {
  const outcome = (claim: ClaimResult): Outcome =>
    failsAt(claim.verdict, report.failOn) ? 'failed' : claim.verdict === 'unverifiable' ? 'skipped' : 'passed';
  const suites = report.files.map((file) => {
    const claims = report.claims.filter((claim) => claim.file === file.file);
    return { file: file.file, article: file.article, claims, outcomes: claims.map(outcome) };
  });
  const total = (wanted: Outcome) => suites.reduce((n, suite) => n + suite.outcomes.filter((o) => o === wanted).length, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'border-facts check', tests: report.claims.length, failures: total('failed'), errors: 0, skipped: total('skipped') })}>`,
  ];
  for (const suite of suites) {
    const count = (wanted: Outcome) => suite.outcomes.filter((o) => o === wanted).length;
    lines.push(`  <testsuite${attributes({ name: suite.article.title, tests: suite.claims.length, failures: count('failed'), errors: 0, skipped: count('skipped') })}>`);
    lines.push('    <properties>');
    const properties: [string, string | null][] = [
      ['claims-file', suite.file],
      ['article-title', suite.article.title],
      ['article-url', suite.article.url],
      ['article-published', suite.article.published],
      ['judged-with-data-published-by', suite.article.asOf],
      ['fail-on', report.failOn],
    ];
    for (const [name, value] of properties) if (value !== null) lines.push(`      <property${attributes({ name, value })}/>`);
    lines.push('    </properties>');
    suite.claims.forEach((claim, i) => lines.push(...testcase(claim, suite.outcomes[i]!)));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function testcase(claim: ClaimResult, outcome: Outcome): string[] {
  const bundled = claim.file === 'bundled';
  const head = `    <testcase${attributes({ classname: claim.file, name: `${claim.id} (${claim.verdict})`, ...(bundled ? {} : { file: claim.file }) })}>`;
  const evidence = xmlText(escapeControl(judgementText(claim, EVIDENCE_WIDTH)));
  const message = claim.reason;
  switch (outcome) {
    case 'failed':
      return [head, `      <failure${attributes({ message, type: claim.verdict })}>${evidence}</failure>`, '    </testcase>'];
    case 'skipped':
      return [head, `      <skipped${attributes({ message })}/>`, `      <system-out>${evidence}</system-out>`, '    </testcase>'];
    case 'passed':
      return [head, `      <system-out>${evidence}</system-out>`, '    </testcase>'];
  }
}

/** Attribute values are one line, with control characters shown (as the table shows them). */
function attributes(values: Record<string, string | number>): string {
  return Object.entries(values).map(([name, value]) => ` ${name}="${xmlAttribute(escapeCell(String(value)))}"`).join('');
}
