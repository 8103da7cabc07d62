// `check` on a terminal: one block per claim, verdict first, then the quote, claimed /
// recomputed / difference, a short reason, and the evidence (what was measured and how, the
// published figure, caveats, sources). Readings and parts follow, indented. Fits 80 columns.
import type { Verdict } from '../data/claim-vocabulary.js';
import type { CheckReport, Judgement, PublishedView } from '../domain/claims/report.js';
import { PLAIN, type Palette } from './color.js';
import { escapeCell } from './escape.js';

export interface CheckTableOptions {
  palette: Palette;
  width: number;
}

const LABEL_WIDTH = 11;

export function verdictLabel(verdict: Verdict): string {
  return verdict.replace(/-/g, ' ').toUpperCase();
}

export function renderCheckTable(report: CheckReport, options: CheckTableOptions): string {
  const width = Math.max(60, Math.min(options.width, 100));
  const { palette } = options;
  const out: string[] = [];
  for (const file of report.files) {
    const article = file.article;
    const heading = `Checked ${file.claims} ${file.claims === 1 ? 'claim' : 'claims'} of “${article.title}” (published ${article.published}; judged with data published by ${article.asOf})${file.file === 'bundled' ? '' : ` from ${file.file}`}`;
    out.push(palette.bold(wrap(clean(heading), width, '')), '');
    for (const claim of report.claims.filter((c) => c.file === file.file)) {
      out.push(...judgementLines(claim, '', width, palette), '');
    }
  }
  out.push(...summaryLines(report, width));
  return `${out.join('\n')}\n`;
}

/** One claim's block as the table shows it, without colour: the evidence other formats quote. */
export function judgementText(j: Judgement, width: number): string {
  return judgementLines(j, '', Math.max(60, Math.min(width, 100)), PLAIN).join('\n');
}

function colourOf(verdict: Verdict, palette: Palette): (text: string) => string {
  switch (verdict) {
    case 'accurate': return palette.green;
    case 'mostly-accurate': return palette.cyan;
    case 'unverifiable': return palette.magenta;
    case 'misleading': return palette.yellow;
    case 'inaccurate': return palette.red;
  }
}

function judgementLines(j: Judgement, indent: string, width: number, palette: Palette): string[] {
  const lines: string[] = [];
  const badge = palette.bold(colourOf(j.verdict, palette)(verdictLabel(j.verdict)));
  const title = j.label ? `${j.id}: ${j.label}` : j.id;
  lines.push(wrap(clean(title), width, `${indent}    `, `${indent}${badge}  `));
  const inner = `${indent}  `;
  if (j.quote) lines.push(wrap(`${inner}“${clean(j.quote)}”`, width, `${inner} `));
  const figures: string[] = [];
  if (j.claimed) figures.push(`claimed ${clean(j.claimed.text)}`);
  if (j.recomputed) figures.push(`recomputed ${clean(j.recomputed.text)}`);
  if (j.difference) figures.push(`difference ${j.difference.text}`);
  if (figures.length) lines.push(wrap(`${inner}${figures.join(' · ')}`, width, `${inner}  `));
  lines.push(wrap(`${inner}${clean(j.reason)}`, width, inner));
  lines.push(...evidenceLines(j, `${inner}  `, width));
  for (const child of [...j.readings, ...j.parts]) lines.push(...judgementLines(child, inner, width, palette));
  return lines;
}

function evidenceLines(j: Judgement, indent: string, width: number): string[] {
  const lines: string[] = [];
  const add = (label: string, text: string) => {
    lines.push(wrap(clean(text), width, indent + ' '.repeat(LABEL_WIDTH), `${indent}${label.padEnd(LABEL_WIDTH)}`));
  };
  if (j.measure) {
    add('measured', j.measure.description);
    add('formula', j.measure.formula);
    if (j.measure.details.length) add('figures', j.measure.details.join('; '));
  }
  if (j.published) {
    add('published', publishedText(j.published));
    if (j.publishedNote) add('', j.publishedNote);
  } else if (j.publishedNote) {
    add('published', j.publishedNote);
  }
  if (j.tolerance && j.tolerance.source !== 'default') add('tolerance', `${j.tolerance.text} (${j.tolerance.source})`);
  for (const caveat of j.caveats) if (j.measure) add('caveat', caveat);
  if (j.notes) add('note', j.notes);
  if (j.measure) {
    // One title, then each of its URLs on a line of its own (URLs are never wrapped).
    const byTitle = new Map<string, string[]>();
    for (const source of j.sources) byTitle.set(source.title, [...(byTitle.get(source.title) ?? []), source.url]);
    for (const [title, urls] of byTitle) {
      add('source', title);
      for (const url of urls) lines.push(`${indent}${' '.repeat(LABEL_WIDTH)}${clean(url)}`);
    }
  }
  return lines;
}

/** "242,418 (CBP November 2023 monthly update, 2023-12-22); revised since by −19 (−0.01%)". */
export function publishedText(published: PublishedView): string {
  const releases = [...new Set(published.figures.map((f) => `${f.release}, ${f.releaseDate}`))].join('; ');
  const formula = published.figures.length > 1 ? ` = ${published.formula}` : '';
  const revision = published.revision === null || published.revision.absolute === 0 ? 'unrevised since' : `revised since by ${published.revision.text}`;
  return `${published.text}${formula} (${releases}); ${revision}`;
}

function summaryLines(report: CheckReport, width: number): string[] {
  const total = report.claims.length;
  const counts = (Object.entries(report.counts) as [Verdict, number][]).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v.replace(/-/g, ' ')}`);
  const lines = [wrap(`${total} ${total === 1 ? 'claim' : 'claims'}: ${counts.join(', ')}.`, width, '')];
  if (report.failOn === 'never') lines.push('--fail-on never: the exit status is 0 whatever the verdicts.');
  else if (report.failing.length === 0) lines.push(`No claim is ${report.failOn.replace(/-/g, ' ')} or worse (--fail-on ${report.failOn}): exit status 0.`);
  else lines.push(wrap(`${report.failing.length} ${report.failing.length === 1 ? 'claim is' : 'claims are'} ${report.failOn.replace(/-/g, ' ')} or worse (--fail-on ${report.failOn}): ${report.failing.join(', ')}; exit status 1.`, width, ''));
  return lines;
}

/** Text from claims files reaches the terminal: no control characters, one line. */
function clean(text: string): string {
  return escapeCell(text);
}

/** Wraps at spaces; words longer than the line (URLs) stay whole. The first line starts with `first`. */
export function wrap(text: string, width: number, indent: string, first?: string): string {
  const lead = first ?? /^\s*/.exec(text)![0];
  const words = (first === undefined ? text.slice(lead.length) : text).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (visibleLength(candidate) > width && !empty) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines.join('\n');
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}
