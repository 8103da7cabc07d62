// check --format junit, parsed back with a strict XML parser (test/support/xml.ts): one testsuite
// per claims file, one testcase per claim, a failure for each verdict at or worse than --fail-on
// carrying the evidence, counts that add up, and text from claims files escaped.
import { describe, expect, it } from 'vitest';
import { VERDICTS, type Verdict } from '../../src/data/claim-vocabulary.js';
import type { CheckReport } from '../../src/domain/claims/report.js';
import type { FailOn } from '../../src/domain/claims/verdicts.js';
import { renderCheckJunit } from '../../src/render/check-junit.js';
import { xmlAttribute, xmlText } from '../../src/render/xml.js';
import { bundledReport, NOV_SW, OFO_2015, reportOf } from '../support/check-reports.js';
import { childElements, parseXml, textOf, XmlError, type XmlElement } from '../support/xml.js';

function junit(report: CheckReport): XmlElement {
  const document = parseXml(renderCheckJunit(report));
  expect(document.declaration).toEqual({ version: '1.0', encoding: 'UTF-8' });
  return document.root;
}

/** Verdicts at or worse than a level, by their place in the documented order (best to worst). */
function atOrWorse(verdict: Verdict, failOn: FailOn): boolean {
  return failOn !== 'never' && VERDICTS.indexOf(verdict) >= VERDICTS.indexOf(failOn);
}

describe('the strict XML parser the tests use', () => {
  it.each([
    ['no declaration', '<a/>'],
    ['an unescaped ampersand', '<?xml version="1.0"?><a>fish & chips</a>'],
    ['an unescaped <', '<?xml version="1.0"?><a>1 < 2</a>'],
    ['a control character', '<?xml version="1.0"?><a>bell\u0007</a>'],
    ['a reference to a control character', '<?xml version="1.0"?><a>&#7;</a>'],
    ['mismatched tags', '<?xml version="1.0"?><a><b></a></b>'],
    ['a duplicate attribute', '<?xml version="1.0"?><a x="1" x="2"/>'],
    ['an unquoted attribute', '<?xml version="1.0"?><a x=1/>'],
    ['an unknown entity', '<?xml version="1.0"?><a>&nbsp;</a>'],
    ['two roots', '<?xml version="1.0"?><a/><b/>'],
  ])('rejects %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });

  it('reads entities and character references', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?><a t="&quot;x&quot;&#10;y">&lt;&amp;&gt;&#x41;</a>').root;
    expect(root.attributes.t).toBe('"x"\ny');
    expect(textOf(root)).toBe('<&>A');
  });
});

describe('xml escaping', () => {
  it('keeps markup characters as text and shows characters XML 1.0 forbids', () => {
    const nasty = 'a<b>&"c\'\u0007\u001b[31m\ufffe\ud800 tab\tnew\nline\rcr';
    const element = parseXml(`<?xml version="1.0"?><e v="${xmlAttribute(nasty)}">${xmlText(nasty)}</e>`).root;
    const shown = 'a<b>&"c\'\\x07\\x1b[31m\\ufffe\\ud800 tab\tnew\nline\rcr';
    expect(textOf(element)).toBe(shown);
    expect(element.attributes.v).toBe(shown);
  });
});

describe('check --format junit on the bundled claims', () => {
  it.each<FailOn>(['inaccurate', 'misleading', 'unverifiable', 'accurate', 'never'])('--fail-on %s: one suite, one testcase per claim, a failure for each claim at or worse', (failOn) => {
    const report = bundledReport(failOn);
    const root = junit(report);
    expect(root.name).toBe('testsuites');
    const suites = childElements(root, 'testsuite');
    expect(suites).toHaveLength(1);
    const suite = suites[0]!;
    const cases = childElements(suite, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual(report.claims.map((c) => `${c.id} (${c.verdict})`));
    const failing = report.claims.filter((c) => atOrWorse(c.verdict, failOn));
    const failed = cases.filter((c) => childElements(c, 'failure').length === 1);
    expect(failed.map((c) => c.attributes.name)).toEqual(failing.map((c) => `${c.id} (${c.verdict})`));
    for (const element of [root, suite]) {
      expect(element.attributes).toMatchObject({ tests: String(report.claims.length), failures: String(failing.length), errors: '0', skipped: '0' });
    }
    expect(suite.attributes.name).toBe(report.claims[0]!.article.title);
    for (const testcase of cases) expect(testcase.attributes.classname).toBe('bundled');
  });

  it('names the article and the run in the suite\'s properties', () => {
    const report = bundledReport('misleading');
    const properties = childElements(childElements(childElements(junit(report), 'testsuite')[0]!, 'properties')[0]!, 'property');
    const byName = Object.fromEntries(properties.map((p) => [p.attributes.name, p.attributes.value]));
    const article = report.claims[0]!.article;
    expect(byName).toEqual({ 'claims-file': 'bundled', 'article-title': article.title, 'article-published': article.published, 'judged-with-data-published-by': article.asOf, 'fail-on': 'misleading' });
  });

  it('puts the evidence in the failure: claimed and recomputed, difference, formula, published figure, caveats, sources', () => {
    const report = bundledReport('accurate');
    const claim = report.claims.find((c) => c.id === 'november-southwest-total')!;
    const testcase = childElements(childElements(junit(report), 'testsuite')[0]!, 'testcase').find((c) => c.attributes.name === 'november-southwest-total (accurate)')!;
    const failure = childElements(testcase, 'failure')[0]!;
    expect(failure.attributes).toEqual({ message: claim.reason, type: 'accurate' });
    // The evidence is wrapped as the table wraps it; compare words.
    const body = textOf(failure).replace(/\s+/g, ' ');
    // Figures from the official files: 242,399 in today's data, 242,418 as CBP first published it.
    expect(body).toContain('claimed 242,418 · recomputed 242,399 · difference −19 (−0.01%)');
    expect(body).toContain(`formula ${claim.measure!.formula}`);
    expect(body).toContain('published 242,418 (CBP November 2023 monthly update, 2023-12-22); revised since by −19');
    for (const caveat of claim.caveats) expect(body).toContain(`caveat ${caveat}`);
    for (const source of claim.sources) expect(body).toContain(source.url);
  });

  it('shows a passing claim\'s evidence as its output, and a misleading claim\'s readings in its failure', () => {
    const report = bundledReport('misleading');
    const cases = childElements(childElements(junit(report), 'testsuite')[0]!, 'testcase');
    const passing = cases.find((c) => c.attributes.name === 'outside-ports-share (accurate)')!;
    expect(childElements(passing, 'failure')).toEqual([]);
    expect(textOf(childElements(passing, 'system-out')[0]!)).toContain('recomputed 78.8%');
    const busiest = childElements(cases.find((c) => c.attributes.name === 'busiest-on-record (misleading)')!, 'failure')[0]!;
    expect(textOf(busiest)).toContain('INACCURATE  busiest-month: the busiest month on record');
    expect(textOf(busiest)).toContain('the record is September 2023 (269,735)');
  });
});

describe('check --format junit on claims files of a user', async () => {
  const hostile = 'Bell\u0007 <b>&amp;</b> "quoted" \'single\' \u001b[31mred\u202e';
  const report = await reportOf([
    { article: { title: 'First <draft> & "notes"', published: '2023-12-28' }, claims: [
      { id: 'sw-total', quote: hostile, measure: NOV_SW, claimed: { value: 242418, unit: 'encounters', qualifier: 'exact' } },
      { id: 'sw-wrong', quote: 'about 300,000 encounters', measure: NOV_SW, claimed: { value: 300000, unit: 'encounters', qualifier: 'about' } },
    ] },
    { article: { title: 'Second draft', url: 'https://news.example/second', published: '2023-12-28' }, claims: [
      { id: 'ofo-2015', quote: 'OFO saw about 5,000', measure: OFO_2015, claimed: { value: 5000, unit: 'encounters', qualifier: 'about' } },
    ] },
  ]);
  const root = junit(report);
  const suites = childElements(root, 'testsuite');

  it('writes one suite per claims file, named by its article, with its counts', () => {
    expect(suites.map((s) => s.attributes.name)).toEqual(['First <draft> & "notes"', 'Second draft']);
    expect(report.claims.map((c) => c.verdict)).toEqual(['accurate', 'inaccurate', 'unverifiable']);
    expect(suites.map((s) => [s.attributes.tests, s.attributes.failures, s.attributes.skipped])).toEqual([['2', '1', '0'], ['1', '0', '1']]);
    expect(root.attributes).toMatchObject({ tests: '3', failures: '1', errors: '0', skipped: '1' });
  });

  it('names each claims file as the classname and file of its testcases', () => {
    const cases = suites.flatMap((s) => childElements(s, 'testcase'));
    expect(cases.map((c) => c.attributes.classname)).toEqual(report.claims.map((c) => c.file));
    expect(cases.map((c) => c.attributes.file)).toEqual(report.claims.map((c) => c.file));
  });

  it('skips an unverifiable claim that does not fail: the data could not decide it', () => {
    const testcase = childElements(suites[1]!, 'testcase')[0]!;
    expect(childElements(testcase, 'skipped')[0]!.attributes.message).toBe(report.claims[2]!.reason);
    expect(childElements(testcase, 'failure')).toEqual([]);
    const strict = junit({ ...report, failOn: 'unverifiable', failing: ['sw-wrong', 'ofo-2015'] });
    const failing = childElements(childElements(strict, 'testsuite')[1]!, 'testcase')[0]!;
    expect(childElements(failing, 'skipped')).toEqual([]);
    expect(childElements(failing, 'failure')).toHaveLength(1);
  });

  it('keeps a quote with a control character and <&>"\' well-formed, shown as text', () => {
    const out = textOf(childElements(childElements(suites[0]!, 'testcase')[0]!, 'system-out')[0]!);
    expect(out).toContain('“Bell\\x07 <b>&amp;</b> "quoted" \'single\' \\x1b[31mred\\u202e”');
    expect(renderCheckJunit(report)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e]/);
  });
});
