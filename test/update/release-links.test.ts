// Finding the newest release on a CBP dataset page, from the recorded page shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_PAGES, pageUrl, type DatasetPage } from '../../src/update/cbp-pages.js';
import { dataThroughOf, newestRelease, pageLinks, publishedOf, releaseLinks } from '../../src/update/release-links.js';

const recorded = (name: string) => readFileSync(new URL(`../fixtures/cbp-pages/${name}.html`, import.meta.url), 'utf8');
const pageOf = (kind: string): DatasetPage => DATASET_PAGES.find((page) => page.kind === kind)!;

describe('the recorded pages', () => {
  it.each([
    ['encounters-by-state', 'nationwide-encounters', 'https://www.cbp.gov/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-state.csv', '2025-11'],
    ['southwest-encounters-by-component', 'southwest-land-border-encounters', 'https://www.cbp.gov/sites/default/files/2025-09/sbo-encounters-fy22-fy25-aug.csv', '2025-08'],
    ['nationwide-drug-seizures', 'nationwide-drug-seizures', 'https://www.cbp.gov/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv', '2026-04'],
    ['amo-drug-seizures', 'amo-drug-seizures', 'https://www.cbp.gov/sites/default/files/2026-01/amo-drug-seizures-fy23-fy26-dec.csv', '2025-12'],
  ])('%s: the newest release on the %s page', (kind, file, url, dataThrough) => {
    const page = pageOf(kind);
    expect(pageUrl('https://www.cbp.gov', page)).toBe(`https://www.cbp.gov/document/stats/${file}`);
    expect(newestRelease(releaseLinks(recorded(file), pageUrl('https://www.cbp.gov', page), page))).toMatchObject({ url, dataThrough });
  });

  it('lists only the files of the page kind, in page order, with CBP’s words for each', () => {
    const page = pageOf('encounters-by-state');
    const links = releaseLinks(recorded('nationwide-encounters'), pageUrl('https://www.cbp.gov', page), page);
    // Not the -aor.csv files (another kind), not the PDF data dictionary, not the navigation.
    expect(links.map((link) => [link.fileName, link.published, link.dataThrough, link.text])).toEqual([
      ['nationwide-encounters-fy23-fy26-nov-state.csv', '2025-12', '2025-11', 'Nationwide Encounters FY23-FY26 (FYTD) November – State'],
      ['nationwide-encounters-fy22-fy25-state.csv', '2025-11', '2025-09', 'Nationwide Encounters FY22-FY25 – State'],
      ['nationwide-encounters-fy20-fy23-state.csv', '2023-11', '2023-09', 'Nationwide Encounters FY20-FY23 – State'],
    ]);
  });

  it('resolves relative links against a mirror, keeping its path', () => {
    const page = pageOf('amo-drug-seizures');
    const address = pageUrl('https://mirror.example.org/cbp/', page);
    expect(address).toBe('https://mirror.example.org/cbp/document/stats/amo-drug-seizures');
    const html = '<a href="../../sites/default/files/2026-01/amo-drug-seizures-fy23-fy26-dec.csv">AMO</a>';
    expect(newestRelease(releaseLinks(html, address, page))!.url).toBe('https://mirror.example.org/cbp/sites/default/files/2026-01/amo-drug-seizures-fy23-fy26-dec.csv');
  });
});

describe('which release is newest', () => {
  const page = pageOf('nationwide-drug-seizures');
  const newest = (html: string) => newestRelease(releaseLinks(html, 'https://www.cbp.gov/document/stats/nationwide-drug-seizures', page))?.fileName;

  it('goes by the month in the name, wherever the link stands', () => {
    expect(newest('<a href="/sites/default/files/2026-04/nationwide-drugs-fy23-fy26-mar.csv">Mar</a><a href="/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv">Apr</a>'))
      .toBe('nationwide-drugs-fy23-fy26-apr.csv');
  });

  it('then by the later publication folder (a re-upload), then by the first listed', () => {
    expect(newest('<a href="/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv">a</a><a href="/sites/default/files/2026-06/nationwide-drugs-fy23-fy26-apr_0.csv">b</a>'))
      .toBe('nationwide-drugs-fy23-fy26-apr_0.csv');
    expect(newest('<a href="/x/nationwide-drugs-new.csv">first</a><a href="/y/nationwide-drugs-old.csv">second</a>')).toBe('nationwide-drugs-new.csv');
  });

  it('is undefined when the page links no file of its kind', () => {
    expect(newest('<a href="/sites/default/files/2026-05/amo-drug-seizures-fy23-fy26-apr.csv">AMO</a><a href="mailto:x@y">m</a>')).toBeUndefined();
  });
});

describe('what a file name and a folder say', () => {
  it.each([
    ['nationwide-encounters-fy23-fy26-nov-state.csv', '2025-11'],
    ['nationwide-encounters-fy22-fy25-state.csv', '2025-09'],
    ['sbo-encounters-fy22-fy25-aug.csv', '2025-08'],
    ['nationwide-drugs-fy23-fy26-apr.csv', '2026-04'],
    ['amo-drug-seizures-fy23-fy26-dec.csv', '2025-12'],
    ['nationwide-encounters-fy23-fy26-aug-aor_0.csv', '2026-08'],
    ['nationwide-drugs-fy2019-fy2022.csv', '2022-09'],
    ['notes.csv', null],
  ])('%s runs to %s', (name, month) => {
    expect(dataThroughOf(name)).toBe(month);
  });

  it('reads both kinds of publication folder', () => {
    expect(publishedOf('/sites/default/files/2025-12/x.csv')).toBe('2025-12');
    expect(publishedOf('/sites/default/files/assets/documents/2023-Nov/x.csv')).toBe('2023-11');
    expect(publishedOf('/files/x.csv')).toBeNull();
  });
});

describe('reading links out of HTML', () => {
  it('takes href in any quoting, decodes entities, and skips anchors without href and look-alike tags', () => {
    expect(pageLinks(`<abbr title="x">FY</abbr><A HREF='/a.csv?x=1&amp;y=2'>A &amp; <b>B</b>&#8211;C</A><a name="top">top</a><a class=x href=/b.csv>B</a>`)).toEqual([
      { href: '/a.csv?x=1&y=2', text: 'A & B –C' },
      { href: '/b.csv', text: 'B' },
    ]);
  });

  it('survives a page cut off mid-tag or without closing tags', () => {
    expect(pageLinks('<a href="/a.csv">A</a><a href="/b.csv">B')).toEqual([{ href: '/a.csv', text: 'A' }, { href: '/b.csv', text: '' }]);
    expect(pageLinks('<a href="/a.csv"')).toEqual([]);
    const many = '<a href="/x.csv">'.repeat(20_000);
    expect(pageLinks(many)).toHaveLength(20_000);
  });
});
