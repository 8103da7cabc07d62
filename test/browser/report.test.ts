// The HTML fact-check report and an SVG chart, opened in headless Chromium (one browser for the
// file): the page loads with no console error and no network request, every claim and verdict is
// there, every chart has a text alternative, text passes WCAG AA contrast as rendered, the
// JSON-LD is ClaimReview, and the page prints on A4 and Letter without overflowing. Screenshots
// and PDFs are kept in test-artifacts/browser/ for a person to look at, never compared.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ARTIFACTS, CHROMIUM, contrastRatio, HAVE_CHROMIUM, launchChromium } from '../support/browser.js';
import { runCli } from '../support/cli.js';

if (!HAVE_CHROMIUM) {
  // .ci/run installs Chromium and sets this: there, a missing browser fails instead of skipping.
  if (process.env.BORDER_FACTS_REQUIRE_CHROMIUM === '1') throw new Error(`no Chromium at ${CHROMIUM}, and BORDER_FACTS_REQUIRE_CHROMIUM=1`);
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set BORDER_FACTS_CHROMIUM; .ci/run installs it)`);
}

const dir = mkdtempSync(join(tmpdir(), 'border-facts-browser-'));
const EPOCH = { SOURCE_DATE_EPOCH: '1704067200' }; // reviews dated 2024-01-01

/** A page opened from a file, with every console message, page error and request it made. */
interface Opened {
  page: Page;
  url: string;
  consoleErrors: string[];
  requests: string[];
}

async function open(browser: Browser, file: string, viewport = { width: 1100, height: 900 }): Promise<Opened> {
  const page = await browser.newPage({ viewport });
  const url = pathToFileURL(file).href;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => { if (request.url() !== url) requests.push(request.url()); });
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, consoleErrors, requests };
}

describe.skipIf(!HAVE_CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;
  let report: Opened;
  const claims = (JSON.parse(runCli(['check', '--json', '--fail-on', 'never']).stdout) as { rows: { id: string; verdict: string }[] }).rows;

  beforeAll(async () => {
    const run = runCli(['check', '--format', 'html', '--fail-on', 'never'], { env: EPOCH });
    expect(run.status).toBe(0);
    const file = join(dir, 'report.html');
    writeFileSync(file, run.stdout);
    browser = await launchChromium();
    report = await open(browser, file);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console error and no network request, and keeps a screenshot', async () => {
    await report.page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await report.page.locator('#claim-november-southwest-total').screenshot({ path: join(ARTIFACTS, 'report-claim.png') });
    expect(report.consoleErrors).toEqual([]);
    expect(report.requests).toEqual([]);
  });

  it('shows every claim with its verdict in words, and the summary counts them', async () => {
    expect(claims).toHaveLength(14);
    const { page } = report;
    expect(await page.locator('h1').count()).toBe(1);
    for (const claim of claims) {
      const heading = page.locator(`#claim-${claim.id} h3`);
      const words = claim.verdict.charAt(0).toUpperCase() + claim.verdict.slice(1).replace(/-/g, ' ');
      expect(await heading.innerText(), claim.id).toContain(words);
    }
    const rows = page.getByRole('table', { name: 'Each claim, its verdict, and the figure recomputed from the data' }).locator('tbody tr');
    expect(await rows.count()).toBe(14);
    expect(await page.locator('ul.tally').innerText()).toMatch(/Accurate\s*9[\s\S]*Mostly accurate\s*1[\s\S]*Misleading\s*3[\s\S]*Inaccurate\s*1/);
  });

  it('gives every chart an accessible name and description, and a caption', async () => {
    const { page } = report;
    const svgs = page.locator('svg');
    const count = await svgs.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      const svg = svgs.nth(i);
      expect(await svg.getAttribute('role')).toBe('img');
      const named = await svg.evaluate((el) => ({
        title: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        desc: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
        caption: el.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
      }));
      expect(named.title.length).toBeGreaterThan(10);
      expect(named.desc).toMatch(/^(Column|Line) chart: /);
      expect(named.caption).toBe(named.desc);
    }
    // Chromium's accessibility tree names the chart by its title.
    const nov = page.locator('#claim-november-southwest-total').getByRole('img', { name: 'Encounters (Border Patrol + OFO) at the Southwest land border, by month', exact: true });
    expect(await nov.count()).toBe(1);
  });

  it('passes WCAG AA contrast for all text as rendered (4.5:1, 3:1 for large text)', async () => {
    const samples = await report.page.evaluate(() => {
      const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
      const background = (el: Element | null): number[] => {
        for (let at = el; at; at = at.parentElement) {
          const [r, g, b, a] = rgb(getComputedStyle(at).backgroundColor);
          if (a === undefined || a > 0) return [r!, g!, b!];
        }
        return [255, 255, 255];
      };
      const out: { text: string; fg: number[]; bg: number[]; large: boolean }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim() || el.closest('title, desc')) continue;
        const style = getComputedStyle(el);
        const inSvg = el.closest('svg') !== null;
        const size = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        // SVG text sits on the chart's white background.
        out.push({ text: node.textContent.trim().slice(0, 40), fg: rgb(inSvg ? el.getAttribute('fill') ?? style.fill : style.color).slice(0, 3), bg: inSvg ? [255, 255, 255] : background(el), large: size >= 24 || (bold && size >= 18.66) });
      }
      return out;
    });
    expect(samples.length).toBeGreaterThan(500);
    const failing = samples.filter((s) => contrastRatio(s.fg, s.bg) < (s.large ? 3 : 4.5)).map((s) => `${s.text}: ${contrastRatio(s.fg, s.bg).toFixed(2)}`);
    expect(failing).toEqual([]);
  });

  it('carries ClaimReview JSON-LD: one review per claim, each pointing at its claim on the page', async () => {
    const rating = z.strictObject({
      '@type': z.literal('Rating'),
      ratingValue: z.number().int().min(1).max(5).optional(),
      bestRating: z.literal(5).optional(),
      worstRating: z.literal(1).optional(),
      alternateName: z.string().min(1),
      name: z.string().min(1),
      ratingExplanation: z.string().min(1),
    });
    const organization = z.strictObject({ '@type': z.literal('Organization'), name: z.string().min(1), url: z.string().url().optional() });
    const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
    const claimReview = z.strictObject({
      '@context': z.literal('https://schema.org'),
      '@type': z.literal('ClaimReview'),
      url: z.string().regex(/#claim-/),
      claimReviewed: z.string().min(1).max(75),
      reviewRating: rating,
      itemReviewed: z.strictObject({
        '@type': z.literal('Claim'),
        text: z.string().optional(),
        appearance: z.strictObject({ '@type': z.literal('CreativeWork'), headline: z.string(), url: z.string().optional(), datePublished: date, publisher: organization.optional() }),
        datePublished: date,
        author: organization.optional(),
      }),
      author: organization,
      datePublished: z.literal('2024-01-01'),
    });
    const scripts = await report.page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const reviews = z.array(claimReview).parse(JSON.parse(scripts[0]!));
    expect(reviews).toHaveLength(14);
    for (const review of reviews) {
      const fragment = decodeURIComponent(review.url.slice(review.url.indexOf('#') + 1));
      expect(await report.page.locator(`[id="${fragment}"]`).count(), review.url).toBe(1);
    }
    expect(reviews.find((r) => r.url === '#claim-seizure-rises')?.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Inaccurate' });
  });

  it('prints on A4 and Letter: nothing wider than the narrower page, and PDFs kept', async () => {
    const page = await browser.newPage({ viewport: { width: 680, height: 1000 } }); // A4's 180 mm of content at 96 dpi
    await page.goto(report.url);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, path: join(ARTIFACTS, `report-${format}.pdf`), printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(3);
    }
    await page.close();
  });

  it('opens a chart file on its own: no error, no request, named by its title', async () => {
    const run = runCli(['encounters', '--month', 'nov', '--format', 'svg']);
    expect(run.status).toBe(0);
    const file = join(dir, 'november.svg');
    writeFileSync(file, run.stdout);
    const chart = await open(browser, file, { width: 1000, height: 720 });
    await chart.page.screenshot({ path: join(ARTIFACTS, 'encounters-november.png') });
    expect(chart.consoleErrors).toEqual([]);
    expect(chart.requests).toEqual([]);
    expect(await chart.page.getByRole('img', { name: 'CBP encounters: southwest region, by month', exact: true }).count()).toBe(1);
    expect(await chart.page.locator('text', { hasText: 'Record: 242,399' }).count()).toBe(1);
    await chart.page.close();
  });
});
