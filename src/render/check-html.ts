// `check --format html`: a fact-check page a newsroom can publish or print. One self-contained
// file: inline CSS and SVG, no script but the ClaimReview JSON-LD, no request of any kind (a
// Content-Security-Policy forbids them). Per claim: its quote, the verdict in words and a symbol
// (never colour alone), the arithmetic in words, a small chart of the series around the figure,
// caveats and sources; parts and readings nest below their claim.
import type { Verdict } from '../data/claim-vocabulary.js';
import type { ClaimSeries } from '../domain/claims/claim-series.js';
import type { CheckReport, ClaimResult, EvidenceSource, Judgement } from '../domain/claims/report.js';
import { VERSION } from '../version.js';
import { claimChart } from './charts/claim-chart.js';
import { renderSvgElement } from './charts/chart-svg.js';
import { renderCheckClaimReview } from './check-claimreview.js';
import { publishedText } from './check-table.js';
import { CHECK_HTML_STYLE } from './check-html-style.js';
import { verdictTitle } from './verdict-words.js';

export interface CheckHtmlOptions {
  /** The review's date (YYYY-MM-DD), as in ClaimReview. */
  reviewDate: string;
  /** The series around each judged figure, by judgement (claims without one get no chart). */
  series: ReadonlyMap<Judgement, ClaimSeries>;
}

/** A symbol beside each verdict's words: the words carry the meaning, the symbol and colour repeat it. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  accurate: '✓',
  'mostly-accurate': '≈',
  unverifiable: '?',
  misleading: '!',
  inaccurate: '✗',
};

export async function renderCheckHtml(report: CheckReport, options: CheckHtmlOptions): Promise<string> {
  const charts = await renderCharts(report, options.series);
  const title = pageTitle(report);
  const jsonLd = renderCheckClaimReview(report, { reviewDate: options.reviewDate }).trimEnd();
  const body = [
    header(report, title, options.reviewDate),
    '<main>',
    summary(report),
    ...report.files.map((file) => claimsOfFile(report, file.file, charts, report.files.length > 1)),
    verdictKey(),
    '</main>',
    footer(report, options.reviewDate),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="border-facts ${escapeHtml(VERSION)}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${CHECK_HTML_STYLE}</style>
<script type="application/ld+json">
${jsonLd}
</script>
</head>
<body>
${body}
</body>
</html>
`;
}

// ---- charts ----

interface RenderedChart {
  svg: string;
  title: string;
  description: string;
}

/** Every judged figure's chart, drawn once; ids stay unique in the page. */
async function renderCharts(report: CheckReport, series: ReadonlyMap<Judgement, ClaimSeries>): Promise<Map<Judgement, RenderedChart>> {
  const charts = new Map<Judgement, RenderedChart>();
  let n = 0;
  const visit = async (j: Judgement) => {
    const s = series.get(j);
    const chart = s ? claimChart(s) : null;
    if (chart) {
      const svg = await renderSvgElement(chart.spec, { title: chart.title, description: chart.description, idPrefix: `chart-${++n}` });
      charts.set(j, { svg, title: chart.title, description: chart.description });
    }
    for (const child of [...j.readings, ...j.parts]) await visit(child);
  };
  for (const claim of report.claims) await visit(claim);
  return charts;
}

// ---- page parts ----

function pageTitle(report: CheckReport): string {
  const titles = [...new Set(report.files.map((f) => f.article.title))];
  return titles.length === 1 ? `Fact check: “${titles[0]}”` : `Fact check of ${titles.length} articles`;
}

function header(report: CheckReport, title: string, reviewDate: string): string {
  const articles = report.files.map((file) => {
    const { article } = file;
    const rows: [string, string][] = [['Article', `“${escapeHtml(article.title)}”`]];
    if (article.publisher) rows.push(['Publisher', escapeHtml(article.publisher)]);
    rows.push(['Published', `<time datetime="${escapeAttr(article.published)}">${escapeHtml(article.published)}</time>`]);
    if (article.url) rows.push(['Address', link(article.url, article.url)]);
    rows.push(['Judged with', `data CBP had published by <time datetime="${escapeAttr(article.asOf)}">${escapeHtml(article.asOf)}</time> (for “on record” and rank claims)`]);
    rows.push(['Claims file', file.file === 'bundled' ? 'the claims of the article bundled with border-facts' : `<code>${escapeHtml(file.file)}</code>`]);
    return `<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
  });
  return `<header>
<p class="kicker">Fact check · recomputed from official CBP and DHS data by border-facts · reviewed <time datetime="${escapeAttr(reviewDate)}">${escapeHtml(reviewDate)}</time></p>
<h1>${escapeHtml(title)}</h1>
${articles.join('\n')}
</header>`;
}

function summary(report: CheckReport): string {
  const total = report.claims.length;
  const counts = (Object.entries(report.counts) as [Verdict, number][]).filter(([, n]) => n > 0);
  const list = counts.map(([v, n]) => `<li>${badge(v)} <span class="count">${n}</span></li>`).join('');
  const outcome = report.failOn === 'never'
    ? 'Run with <code>--fail-on never</code>: the exit status is 0 whatever the verdicts.'
    : report.failing.length === 0
      ? `No claim is ${words(report.failOn)} or worse (<code>--fail-on ${escapeHtml(report.failOn)}</code>).`
      : `${report.failing.length} ${report.failing.length === 1 ? 'claim is' : 'claims are'} ${words(report.failOn)} or worse (<code>--fail-on ${escapeHtml(report.failOn)}</code>): ${report.failing.map((id) => `<a href="#${claimAnchor(id)}"><code>${escapeHtml(id)}</code></a>`).join(', ')}.`;
  const rows = report.claims.map((claim) => {
    const figures = claim.readings.length > 0 && claim.recomputed === null ? claim.readings : [claim];
    const recomputed = figures.map((f) => f.recomputed?.text).filter(Boolean).join(' or ') || '—';
    return `<tr><td>${badge(claim.verdict)}</td><th scope="row"><a href="#${claimAnchor(claim.id)}">${escapeHtml(claim.quote ?? claim.id)}</a></th><td>${escapeHtml(claim.claimed?.text ?? '—')}</td><td>${escapeHtml(recomputed)}</td></tr>`;
  });
  return `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary of verdicts</h2>
<p>${total} ${total === 1 ? 'claim' : 'claims'} checked.</p>
<ul class="tally" aria-label="Claims by verdict">${list}</ul>
<p>${outcome}</p>
<table>
<caption>Each claim, its verdict, and the figure recomputed from the data</caption>
<thead><tr><th scope="col">Verdict</th><th scope="col">Claim</th><th scope="col">Claimed</th><th scope="col">Recomputed</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function claimsOfFile(report: CheckReport, file: string, charts: ReadonlyMap<Judgement, RenderedChart>, several: boolean): string {
  const claims = report.claims.filter((c) => c.file === file);
  const heading = several ? `Claims of “${escapeHtml(claims[0]?.article.title ?? file)}”` : 'The claims, one by one';
  return `<section class="claims" aria-labelledby="claims-${escapeAttr(slug(file))}">
<h2 id="claims-${escapeAttr(slug(file))}">${heading}</h2>
${claims.map((claim) => claimArticle(claim, charts)).join('\n')}
</section>`;
}

function claimArticle(claim: ClaimResult, charts: ReadonlyMap<Judgement, RenderedChart>): string {
  return `<article class="claim" id="${claimAnchor(claim.id)}" aria-labelledby="${claimAnchor(claim.id)}-heading">
<h3 id="${claimAnchor(claim.id)}-heading">${badge(claim.verdict)} <span class="claim-id">${escapeHtml(claim.id)}</span></h3>
${judgementBody(claim, charts, 4)}
</article>`;
}

/** A judgement's evidence; its parts and readings follow, each under its own heading. */
function judgementBody(j: Judgement, charts: ReadonlyMap<Judgement, RenderedChart>, level: number): string {
  const out: string[] = [];
  if (j.quote) out.push(`<blockquote class="quote"><p>“${escapeHtml(j.quote)}”</p></blockquote>`);
  out.push(`<p class="reason"><strong>${escapeHtml(verdictTitle(j.verdict))}.</strong> ${escapeHtml(j.reason)}</p>`);
  const arithmetic = arithmeticWords(j);
  const evidence = evidenceList(j);
  const chart = charts.get(j);
  if (arithmetic || evidence || chart) {
    out.push(`<div class="evidence">`);
    out.push(`<div class="working">`);
    if (arithmetic) out.push(`<p class="arithmetic">${arithmetic}</p>`);
    if (evidence) out.push(evidence);
    out.push(`</div>`);
    if (chart) out.push(figure(chart));
    out.push(`</div>`);
  }
  const h = `h${Math.min(level, 6)}`;
  if (j.measure && j.caveats.length > 0) out.push(`<${h} class="minor">Caveats</${h}><ul class="caveats">${j.caveats.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`);
  if (j.notes) out.push(`<p class="note"><strong>Note:</strong> ${escapeHtml(j.notes)}</p>`);
  if (j.sources.length > 0 && j.measure) out.push(`<${h} class="minor">Sources</${h}><ul class="sources">${sourceItems(j.sources).join('')}</ul>`);
  const children = [...j.readings.map((r) => ['Reading', r] as const), ...j.parts.map((p) => ['Part', p] as const)];
  for (const [kind, child] of children) {
    const name = child.label ?? child.id;
    out.push(`<section class="child" aria-label="${escapeAttr(`${kind}: ${name}`)}"><${h}>${badge(child.verdict)} ${kind}: ${escapeHtml(name)}</${h}>${judgementBody(child, charts, level + 1)}</section>`);
  }
  return out.join('\n');
}

/** The arithmetic in a sentence or two: what was recomputed, how, and how far it is from the claim. */
function arithmeticWords(j: Judgement): string | null {
  if (!j.measure) return null;
  const parts = [`We recomputed ${escapeHtml(lowerFirst(j.measure.description))} as ${escapeHtml(j.measure.formula)}`];
  let sentence = parts[0]!;
  if (j.recomputed) sentence += `: <strong>${escapeHtml(j.recomputed.text)}</strong>`;
  sentence += '.';
  if (j.claimed) sentence += ` The claim says <strong>${escapeHtml(j.claimed.text)}</strong>${j.difference ? `; the data differ by ${escapeHtml(j.difference.text)}` : ''}.`;
  if (j.published) sentence += ` CBP's figure as first published: ${escapeHtml(publishedText(j.published))}.`;
  if (j.publishedNote) sentence += ` ${escapeHtml(j.publishedNote)}`;
  if (j.tolerance) sentence += ` Tolerance: ${escapeHtml(j.tolerance.text)}${j.tolerance.source === 'default' ? '' : ` (${escapeHtml(j.tolerance.source)})`}.`;
  return sentence;
}

function evidenceList(j: Judgement): string | null {
  const rows: [string, string][] = [];
  if (j.claimed) rows.push(['Claimed', j.claimed.text]);
  if (j.recomputed) rows.push(['Recomputed', j.recomputed.text]);
  if (j.difference) rows.push(['Difference', j.difference.text]);
  if (j.measure && j.measure.details.length > 0) rows.push(['Figures', j.measure.details.join('; ')]);
  if (rows.length === 0) return null;
  return `<dl class="figures">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function figure(chart: RenderedChart): string {
  return `<figure class="chart">
${chart.svg}
<figcaption>${escapeHtml(chart.description)}</figcaption>
</figure>`;
}

function sourceItems(sources: readonly EvidenceSource[]): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const source of sources) {
    const key = `${source.title}|${source.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(`<li>${link(source.url, source.title)}${source.release ? ` (release: ${escapeHtml(source.release)})` : ''}, ${escapeHtml(source.publisher)}</li>`);
  }
  return items;
}

function verdictKey(): string {
  const meanings: Record<Verdict, string> = {
    accurate: 'holds as stated, at its precision and within its qualifier (also a figure quoted exactly as CBP first published it, since revised)',
    'mostly-accurate': 'off by more than rounding, but inside the qualifier’s tolerance',
    unverifiable: 'the data cannot decide',
    misleading: 'the number holds but the framing does not, or readings of an ambiguous claim disagree',
    inaccurate: 'the data contradict the claim beyond its tolerance',
  };
  const rows = (Object.keys(meanings) as Verdict[]).map((v) => `<tr><td>${badge(v)}</td><td>${escapeHtml(meanings[v])}</td></tr>`);
  return `<section class="key" aria-labelledby="key-heading">
<h2 id="key-heading">What the verdicts mean</h2>
<table>
<caption>Verdicts, best to worst</caption>
<thead><tr><th scope="col">Verdict</th><th scope="col">Meaning</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function footer(report: CheckReport, reviewDate: string): string {
  return `<footer>
<p>Made by border-facts ${escapeHtml(VERSION)} on ${escapeHtml(reviewDate)}: every figure recomputed from the official CBP and DHS files named under each claim; nothing on this page stores a verdict. Encounters are events, not unique people. ${report.claims.length} ${report.claims.length === 1 ? 'claim' : 'claims'}; the ClaimReview markup for search engines is embedded in this page.</p>
</footer>`;
}

// ---- small pieces ----

function badge(verdict: Verdict): string {
  return `<span class="verdict verdict-${verdict}"><span class="symbol" aria-hidden="true">${VERDICT_SYMBOLS[verdict]}</span> ${escapeHtml(verdictTitle(verdict))}</span>`;
}

/** The same fragment ClaimReview's url gives each claim. */
export function claimAnchor(id: string): string {
  return `claim-${escapeAttr(encodeURIComponent(id))}`;
}

function link(url: string, text: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeAttr(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function words(verdict: string): string {
  return verdict.replace(/-/g, ' ');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'file';
}

/** Text as HTML; a control character from a claims file is shown as U+FFFD, never passed on. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
