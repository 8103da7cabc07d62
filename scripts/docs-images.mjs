#!/usr/bin/env node
// npm run docs:images: remakes the pictures README shows, with the tool itself and the bundled
// dataset: the chart of `encounters --month nov --format svg`, and a screenshot (headless
// Chromium, as in test/browser/) of the top of `check --format html`. Reviews are dated by
// SOURCE_DATE_EPOCH so the page does not change with the day it is made.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const images = join(root, 'docs', 'images');
const bin = join(root, 'bin', 'border-facts.js');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', XDG_DATA_HOME: '/nonexistent-border-facts-docs', BORDER_FACTS_DATA: join(root, 'data') };

function tool(args) {
  const run = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`border-facts ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

writeFileSync(join(images, 'encounters-november.svg'), tool(['encounters', '--month', 'nov', '--format', 'svg']));

const dir = mkdtempSync(join(tmpdir(), 'border-facts-docs-'));
try {
  const report = join(dir, 'report.html');
  writeFileSync(report, tool(['check', '--format', 'html']));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.BORDER_FACTS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 1000 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(report).href);
    // The page's head and summary, then the first claim with a chart.
    await page.screenshot({ path: join(images, 'check-report.png'), clip: { x: 0, y: 0, width: 960, height: 1000 } });
    await page.locator('#claim-november-southwest-total').screenshot({ path: join(images, 'check-report-claim.png') });
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`docs:images: wrote ${images}/encounters-november.svg, check-report.png, check-report-claim.png`);
