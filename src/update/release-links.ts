// Finds the CSV releases a CBP dataset page links to, and picks the newest. Pure functions of
// the page's HTML: no network here.
import { MONTH_ABBREVIATIONS, monthKey, monthOfFiscal, type MonthKey } from '../domain/periods.js';
import type { DatasetPage } from './cbp-pages.js';

export interface ReleaseLink {
  /** Absolute address of the CSV, resolved against the page's. */
  url: string;
  /** The file name in the address: how the dataset will name the release. */
  fileName: string;
  /** The link's words on the page (CBP's name for the release), whitespace collapsed. */
  text: string;
  /** The last month the name says the file covers (`fy23-fy26-nov` → 2025-11), if it says. */
  dataThrough: MonthKey | null;
  /** The publication folder (`/files/2025-12/`, `/documents/2023-Nov/`) as YYYY-MM, if any. */
  published: MonthKey | null;
  /** Position among the page's links: CBP lists the current release first. */
  position: number;
}

export interface PageLink {
  href: string;
  text: string;
}

/** Every <a href> of a page, in order. A scanner, not a backtracking pattern: pages come from the network. */
export function pageLinks(html: string): PageLink[] {
  const links: PageLink[] = [];
  const lower = html.toLowerCase();
  let closeFrom = 0;
  let noCloseAfter = Infinity;
  for (let at = lower.indexOf('<a', 0); at !== -1; at = lower.indexOf('<a', at + 2)) {
    const next = lower[at + 2];
    if (next !== undefined && !/[\s>]/.test(next)) continue; // <abbr>, <aside>
    const tagEnd = lower.indexOf('>', at);
    if (tagEnd === -1) break;
    const href = attribute(html.slice(at + 2, tagEnd), 'href');
    let text = '';
    // The closing tag, found once per region: a page without any costs one scan, not one per link.
    if (tagEnd < noCloseAfter) {
      const close = lower.indexOf('</a', Math.max(tagEnd, closeFrom));
      if (close === -1) noCloseAfter = tagEnd;
      else {
        text = plainText(html.slice(tagEnd + 1, close));
        closeFrom = close;
      }
    }
    if (href !== undefined) links.push({ href, text });
    at = tagEnd - 2;
  }
  return links;
}

/** The CSV links of one page's file kind, each with what its name and folder say. */
export function releaseLinks(html: string, pageAddress: string, page: DatasetPage): ReleaseLink[] {
  const seen = new Set<string>();
  const releases: ReleaseLink[] = [];
  pageLinks(html).forEach((link, position) => {
    let url: URL;
    try {
      url = new URL(link.href, pageAddress);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    url.hash = '';
    const fileName = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    if (!page.fileName.test(fileName) || seen.has(url.href)) return;
    seen.add(url.href);
    releases.push({ url: url.href, fileName, text: link.text, dataThrough: dataThroughOf(fileName), published: publishedOf(url.pathname), position });
  });
  return releases;
}

/** The newest release: the latest month by name, then the latest folder, then the first listed. */
export function newestRelease(links: readonly ReleaseLink[]): ReleaseLink | undefined {
  let best: ReleaseLink | undefined;
  for (const link of links) {
    if (!best || compareReleases(link, best) > 0) best = link;
  }
  return best;
}

function compareReleases(a: ReleaseLink, b: ReleaseLink): number {
  const byName = compareText(a.dataThrough ?? '', b.dataThrough ?? '');
  if (byName !== 0) return byName;
  const byFolder = compareText(a.published ?? '', b.published ?? '');
  if (byFolder !== 0) return byFolder;
  return b.position - a.position;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Month names in fiscal order (October first), as CBP's file names abbreviate them. */
const FISCAL_MONTHS = [...MONTH_ABBREVIATIONS.slice(9), ...MONTH_ABBREVIATIONS.slice(0, 9)] as readonly string[];

/**
 * `…-fy23-fy26-nov-state.csv` runs to November of FY2026 (2025-11); `…-fy22-fy25-state.csv`, with
 * no month, to the end of FY2025 (2025-09). Null when the name carries no fiscal year.
 */
export function dataThroughOf(fileName: string): MonthKey | null {
  const tokens = fileName.toLowerCase().replace(/(?:_\d+)?\.csv$/, '').split(/[-_]/);
  let latest: { fiscalYear: number; fiscalMonth: number } | null = null;
  tokens.forEach((token, i) => {
    const fy = /^fy(\d{2}|\d{4})$/.exec(token);
    if (!fy) return;
    const fiscalYear = fy[1]!.length === 2 ? 2000 + Number(fy[1]) : Number(fy[1]);
    if (latest !== null && fiscalYear < latest.fiscalYear) return;
    // A month right after the fiscal year: the release runs to it; none: the year is complete.
    const month = FISCAL_MONTHS.indexOf(tokens[i + 1] ?? '');
    latest = { fiscalYear, fiscalMonth: month === -1 ? 12 : month + 1 };
  });
  const found = latest as { fiscalYear: number; fiscalMonth: number } | null;
  return found === null ? null : monthOfFiscal(found.fiscalYear, found.fiscalMonth);
}

/** `/sites/default/files/2025-12/…` → 2025-12; `/assets/documents/2023-Nov/…` → 2023-11. */
export function publishedOf(path: string): MonthKey | null {
  const numeric = /\/(\d{4})-(0[1-9]|1[0-2])\//.exec(path);
  if (numeric) return `${numeric[1]}-${numeric[2]}`;
  const named = /\/(\d{4})-([A-Za-z]{3})\//.exec(path);
  const month = named ? (MONTH_ABBREVIATIONS as readonly string[]).indexOf(named[2]!.toLowerCase()) : -1;
  return named && month !== -1 ? monthKey(Number(named[1]), month + 1) : null;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
