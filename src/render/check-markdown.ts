// `check --format markdown`: the verdicts for a pull request or an issue. The outcome first, then
// per claims file a summary table (verdict, claim, claimed, recomputed, difference) and a section
// per claim with its evidence; parts and readings follow as sub-sections. No colour, no HTML.
import type { CheckReport, ClaimResult, Judgement } from '../domain/claims/report.js';
import type { Verdict } from '../data/claim-vocabulary.js';
import { publishedText } from './check-table.js';
import { markdownBlock, markdownCode, markdownLink, markdownText } from './markdown-text.js';
import { shortenAtWord } from './shorten.js';
import { verdictTitle } from './verdict-words.js';

/** Quotes in the table are shortened like ClaimReview's claimReviewed; sections give them whole. */
const TABLE_QUOTE_MAX = 74;
const NONE = '—';

export function renderCheckMarkdown(report: CheckReport): string {
  const out: string[] = ['## border-facts check', '', ...outcome(report), ''];
  for (const file of report.files) {
    const claims = report.claims.filter((claim) => claim.file === file.file);
    const { article } = file;
    const count = `${file.claims} ${file.claims === 1 ? 'claim' : 'claims'}`;
    const from = file.file === 'bundled' ? '' : ` (${markdownCode(file.file)})`;
    out.push(`### ${markdownText(`“${article.title}”`)}${from}`, '');
    const link = article.url === null ? '' : `, ${markdownLink('the article', article.url)}`;
    out.push(`${count} of an article published ${article.published}${link}; judged with data published by ${article.asOf}.`, '');
    out.push(...summaryTable(claims), '');
    for (const claim of claims) out.push(...section(claim, 4), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function outcome(report: CheckReport): string[] {
  const total = report.claims.length;
  const counts = (Object.entries(report.counts) as [Verdict, number][]).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v.replace(/-/g, ' ')}`);
  const lines = [`**${total} ${total === 1 ? 'claim' : 'claims'}:** ${counts.join(', ')}.`];
  const level = report.failOn.replace(/-/g, ' ');
  if (report.failOn === 'never') lines.push('', '`--fail-on never`: the exit status is 0 whatever the verdicts.');
  else if (report.failing.length === 0) lines.push('', `No claim is ${level} or worse (\`--fail-on ${report.failOn}\`): exit status 0.`);
  else lines.push('', `**${report.failing.length} ${report.failing.length === 1 ? 'claim is' : 'claims are'} ${level} or worse** (\`--fail-on ${report.failOn}\`): ${report.failing.map(markdownCode).join(', ')}; exit status 1.`);
  return lines;
}

/** A row per claim and per part; a statement checked in several readings shows each reading's figures. */
function summaryTable(claims: readonly ClaimResult[]): string[] {
  const rows = ['| Verdict | Claim | Claimed | Recomputed | Difference |', '| --- | --- | --- | --- | --- |'];
  const row = (j: Judgement, depth: number) => {
    const verdict = depth === 0 ? `**${verdictTitle(j.verdict)}**` : `${'↳ '.repeat(depth)}${verdictTitle(j.verdict)}`;
    const words = j.quote ?? j.label;
    const claim = `${markdownCode(j.id)}${words === null ? '' : ` ${markdownText(`“${shortenAtWord(words, TABLE_QUOTE_MAX)}”`)}`}`;
    const figures = j.readings.length > 0 && j.recomputed === null ? j.readings : [j];
    const claimed = j.claimed?.text ?? NONE;
    const recomputed = joinFigures(figures.map((f) => f.recomputed?.text ?? null));
    const difference = joinFigures(figures.map((f) => f.difference?.text ?? null));
    rows.push(`| ${verdict} | ${claim} | ${markdownText(claimed)} | ${markdownText(recomputed)} | ${markdownText(difference)} |`);
  };
  for (const claim of claims) {
    row(claim, 0);
    for (const part of claim.parts) row(part, 1);
  }
  return rows;
}

/** Several readings' figures: "+28.7% or +24.2%". */
function joinFigures(texts: readonly (string | null)[]): string {
  const known = texts.filter((t): t is string => t !== null);
  return known.length === 0 ? NONE : known.join(' or ');
}

function section(j: Judgement, level: number): string[] {
  const hashes = '#'.repeat(Math.min(level, 6));
  const title = `${hashes} ${verdictTitle(j.verdict)}: ${markdownCode(j.id)}${j.label ? ` (${markdownText(j.label)})` : ''}`;
  const lines = [title, ''];
  if (j.quote) lines.push(markdownText(`“${j.quote}”`), '');
  lines.push(markdownBlock(j.reason), '');
  const evidence = evidenceItems(j);
  if (evidence.length) lines.push(...evidence.map((item) => `- ${item}`), '');
  for (const child of [...j.readings, ...j.parts]) lines.push(...section(child, level + 1));
  return lines;
}

function evidenceItems(j: Judgement): string[] {
  const items: string[] = [];
  const add = (label: string, text: string) => items.push(`**${label}:** ${markdownText(text)}`);
  const figures: string[] = [];
  if (j.claimed) figures.push(`**Claimed:** ${markdownText(j.claimed.text)}`);
  if (j.recomputed) figures.push(`**recomputed:** ${markdownText(j.recomputed.text)}`);
  if (j.difference) figures.push(`**difference:** ${markdownText(j.difference.text)}`);
  if (figures.length) items.push(figures.join(' · '));
  if (j.measure) {
    add('Measured', j.measure.description);
    add('Formula', j.measure.formula);
    if (j.measure.details.length) add('Figures', j.measure.details.join('; '));
  }
  if (j.published) add('Published', publishedText(j.published));
  if (j.publishedNote) add(j.published ? 'On the published figure' : 'Published', j.publishedNote);
  if (j.tolerance && j.tolerance.source !== 'default') add('Tolerance', `${j.tolerance.text} (${j.tolerance.source})`);
  if (j.measure) for (const caveat of j.caveats) add('Caveat', caveat);
  if (j.notes) add('Note', j.notes);
  if (j.measure && j.sources.length) items.push(`**Sources:** ${sourceLinks(j).join('; ')}`);
  return items;
}

/** A source with one address links its title; one with several names each site after it. */
function sourceLinks(j: Judgement): string[] {
  const byTitle = new Map<string, string[]>();
  for (const source of j.sources) {
    const urls = byTitle.get(source.title) ?? [];
    if (!urls.includes(source.url)) urls.push(source.url);
    byTitle.set(source.title, urls);
  }
  return [...byTitle].map(([title, urls]) =>
    urls.length === 1 ? markdownLink(title, urls[0]!) : `${markdownText(title)} (${urls.map((url) => markdownLink(siteOf(url), url)).join(', ')})`);
}

function siteOf(url: string): string {
  return /^[a-z]+:\/\/(?:www\.)?([^/?#:]+)/i.exec(url)?.[1] ?? url;
}
