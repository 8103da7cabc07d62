// --format svg and --format vega-lite through the built binary: the chart's data are the official
// figures (the values a reader finds in the CBP files), coverage is honest in the picture, the
// SVG is well-formed XML with a text alternative, and commands without a series say so (exit 2).
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { childElements, parseXml, textOf, type XmlElement } from '../support/xml.js';

interface Point { key: string; label: string; value: number; valueText: string; basis: string; marker: string; partial: string | null; record: boolean; vintage: string | null; series: string }
interface Spec {
  $schema: string;
  description: string;
  title: { text: string; subtitle: string[] };
  data: { values: Point[] };
  vconcat: { title: { text: string[] }; layer: { mark: { type: string } | string }[] }[];
}

function specOf(args: string[]): Spec {
  const run = runCli([...args, '--format', 'vega-lite']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Spec;
}

const point = (spec: Spec, key: string) => {
  const found = spec.data.values.find((p) => p.key === key);
  if (!found) throw new Error(`no point ${key}`);
  return found;
};

describe('encounters --month nov as a chart', () => {
  const spec = specOf(['encounters', '--month', 'nov']);

  it('is a Vega-Lite v6 spec with the 27 Novembers inline, in time order', () => {
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec.data.values.map((p) => p.key).slice(0, 2)).toEqual(['1999-11', '2000-11']);
    expect(spec.data.values).toHaveLength(27);
    expect(spec.title.text).toBe('CBP encounters: southwest region, by month');
    expect(spec.title.subtitle.join(' ')).toBe('Encounters by November of each year.');
  });

  it('draws the official figures and marks November 2023 (242,399) as the only record', () => {
    expect(point(spec, '2023-11')).toMatchObject({ value: 242399, valueText: '242,399', record: true, basis: 'total' });
    expect(spec.data.values.filter((p) => p.record).map((p) => p.key)).toEqual(['2023-11']);
    expect(point(spec, '2025-11').value).toBe(10960);
  });

  it('draws Border Patrol-only Novembers (before FY2020) apart from CBP totals, and says why', () => {
    expect(point(spec, '1999-11')).toMatchObject({ value: 76196, basis: 'border-patrol-only', series: 'Border Patrol only: no OFO count before FY2020, not a total' });
    expect(point(spec, '2018-11').basis).toBe('border-patrol-only');
    expect(point(spec, '2019-11')).toMatchObject({ value: 42643, basis: 'total', series: 'CBP total (Border Patrol + OFO)' });
    expect(spec.data.values.filter((p) => p.basis === 'border-patrol-only')).toHaveLength(20);
  });

  it('marks derived, rounded and earlier-release cells with the table\'s markers', () => {
    expect(point(spec, '2019-11').marker).toBe('*');
    expect(point(spec, '2020-11').marker).toBe('~ ~*');
    expect(point(spec, '2024-11').marker).toBe('^');
    expect(point(spec, '2023-11').marker).toBe('');
  });

  it('has notes and a source line naming the releases below the chart', () => {
    const footer = spec.vconcat[0]!.title.text.join(' ');
    expect(footer).toContain('Note: Record: Nov 2023, 242,399, is the highest November of the 27 selected');
    expect(footer).toContain('~* OFO derived from a rounded Border Patrol figure');
    expect(footer).toMatch(/Source: .*Nationwide Encounters by state, FY2023–FY2026 \(through November 2025\) \(release: November 2025\)/);
  });

  it('describes itself in words (its text alternative)', () => {
    expect(spec.description).toContain('Column chart: CBP encounters: southwest region, by month.');
    expect(spec.description).toContain('Marked as the record: November 2023, 242,399.');
    expect(spec.description).toContain('20 values count Border Patrol alone (November 1999 to November 2018), drawn hollow');
  });
});

describe('other series', () => {
  it('marks a partial fiscal year: FY2026 has 2 of 12 months (22,667 encounters)', () => {
    const spec = specOf(['encounters', '--fy', '2024-2026', '--by', 'fy']);
    expect(point(spec, 'FY2026')).toMatchObject({ value: 22667, basis: 'partial', partial: '2 of 12 months' });
    expect(point(spec, 'FY2024')).toMatchObject({ value: 2135005, basis: 'total', record: true });
  });

  it('draws every month since 1999 as a line over time', () => {
    const spec = specOf(['encounters']);
    expect(spec.data.values.length).toBeGreaterThan(300);
    expect(spec.vconcat[0]!.layer.map((l) => (typeof l.mark === 'string' ? l.mark : l.mark.type))).toContain('line');
    expect(spec.data.values.filter((p) => p.record).map((p) => [p.key, p.value])).toEqual([['2023-12', 301981]]);
  });

  it('draws seizures by drug as bars, without the all-drugs total, for November 2023', () => {
    const spec = specOf(['seizures', '--month', '2023-11']);
    expect(spec.data.values.map((p) => p.label)).not.toContain('all drugs');
    expect(spec.data.values[0]).toMatchObject({ label: 'marijuana', valueText: '19,130', record: true });
    expect(point(spec, '2')).toMatchObject({ label: 'methamphetamine', valueText: '18,153' });
    expect(spec.title.subtitle.join(' ')).toBe('Drugs seized (pounds), November 2023, by drug.');
  });

  it('draws the figures trace finds around 242418, the first-published one first', () => {
    const spec = specOf(['trace', '242418']);
    expect(spec.data.values[0]).toMatchObject({ value: 242418, vintage: 'first published 2023-12-22' });
    expect(spec.data.values[1]).toMatchObject({ value: 242399, vintage: 'revised' });
    expect(spec.title.subtitle.join(' ')).toContain('the dashed line marks 242418, the number traced');
  });
});

function element(root: XmlElement, name: string): XmlElement {
  const found = childElements(root, name)[0];
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

function allText(node: XmlElement): string[] {
  return node.children.flatMap((child) => (typeof child === 'string' ? [] : child.name === 'text' ? [textOf(child)] : allText(child)));
}

describe('--format svg', () => {
  const run = runCli(['encounters', '--month', 'nov', '--format', 'svg']);

  it('is a well-formed SVG document named and described for assistive technology', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const doc = parseXml(run.stdout);
    expect(doc.declaration.version).toBe('1.0');
    const svg = doc.root;
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.attributes.role).toBe('img');
    const title = element(svg, 'title');
    expect(svg.attributes['aria-labelledby']).toBe(title.attributes.id);
    expect(textOf(title)).toBe('CBP encounters: southwest region, by month');
    expect(textOf(element(svg, 'desc'))).toContain('Marked as the record: November 2023, 242,399.');
  });

  it('draws the record, the legend and the source line as text', () => {
    const texts = allText(parseXml(run.stdout).root);
    expect(texts).toContain('Record: 242,399');
    expect(texts).toContain('Border Patrol only: no OFO count before FY2020, not a total');
    expect(texts.some((t) => t.includes('Source: DHS Office of Homeland Security Statistics (OHSS)'))).toBe(true);
    expect(texts).toContain('2023');
  });

  it('refers to nothing outside the file (no links, images or fonts to fetch)', () => {
    expect(run.stdout).not.toMatch(/<image|xlink:href=|@import|url\(http/);
  });
});

describe('where a chart does not fit', () => {
  it.each([
    [['meeting'], "border-facts: 'svg' is not a format of meeting: its result is not a series to draw"],
    [['sources'], "border-facts: 'svg' is not a format of sources: its result is not a series to draw"],
    [['check'], "border-facts: 'svg' is not a format of check: its charts come in the html report"],
  ])('%j --format svg is a usage error that says where charts are', (args, message) => {
    const run = runCli([...args, '--format', 'svg']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it('trace with nothing near the number has nothing to chart (exit 2, a hint)', () => {
    const run = runCli(['trace', '99999999999', '--format', 'vega-lite']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('border-facts: nothing to chart: no figure lies near 99999999999\nhint: widen the search with --tolerance (for example --tolerance 2%)\n');
  });
});
