// The report's one stylesheet, inlined. Colours pass WCAG AA (text 4.5:1 or more on its
// background; test/browser/ measures the rendered page); verdicts also carry words and a symbol.
// Print: A4 and Letter alike (the narrower content width of the two is the page's), no page
// break inside a claim's chart, link addresses printed after their text.
export const CHECK_HTML_STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; --link: #0b4f8a; --paper: #ffffff; --panel: #f4f4f1; }
* { box-sizing: border-box; }
html { background: var(--paper); }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 "Liberation Serif", Georgia, "Times New Roman", serif; }
h1, h2, h3, h4, h5, h6, .kicker, .verdict, table, dl, figcaption, footer, .claim-id { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-top: 0.6rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 0 0 0.6rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
h4, h5, h6 { font-size: 0.98rem; margin: 1rem 0 0.4rem; }
.minor { font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
code, .claim-id { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.9em; }
.kicker { color: var(--muted); font-size: 0.85rem; margin: 0; text-transform: uppercase; letter-spacing: 0.05em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem; font-size: 0.92rem; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.verdict { display: inline-flex; align-items: center; gap: 0.3em; padding: 0.1em 0.55em; border-radius: 0.25em; font-weight: bold;
  font-size: 0.85rem; color: #ffffff; white-space: nowrap; border: 1px solid transparent; }
.verdict .symbol { font-size: 1.05em; }
.verdict-accurate { background: #1b5e20; }
.verdict-mostly-accurate { background: #3d5a00; }
.verdict-unverifiable { background: #4a4a4a; }
.verdict-misleading { background: #8a4500; }
.verdict-inaccurate { background: #a4161a; }
ul.tally { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; margin: 0.5rem 0; }
ul.tally .count { font: bold 1.1rem "Liberation Sans", Arial, sans-serif; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.8rem 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.4rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: normal; }
article.claim { border-top: 1px solid var(--rule); padding: 1.2rem 0 0.6rem; }
blockquote.quote { margin: 0 0 0.6rem; padding: 0.2rem 0 0.2rem 1rem; border-left: 4px solid var(--ink); font-size: 1.08rem; font-style: italic; }
blockquote.quote p { margin: 0; }
.reason { margin: 0.4rem 0; }
.evidence { margin: 0.6rem 0; }
.arithmetic { margin: 0 0 0.6rem; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0; font-size: 0.88rem; }
dl.figures dt { font-weight: bold; }
dl.figures dd { margin: 0; }
figure.chart { margin: 0.8rem 0; max-width: 40rem; padding: 0.5rem; background: var(--panel); border: 1px solid var(--rule); }
figure.chart svg { display: block; max-width: 100%; height: auto; background: #ffffff; }
figure.chart figcaption { font-size: 0.78rem; color: var(--muted); margin-top: 0.4rem; }
ul.caveats, ul.sources { margin: 0.2rem 0 0.6rem; padding-left: 1.2rem; font-size: 0.92rem; }
ul.sources a { overflow-wrap: anywhere; }
.note { font-size: 0.92rem; }
section.child { margin: 0.8rem 0 0.4rem 0.2rem; padding-left: 1rem; border-left: 3px solid var(--rule); }
section.child > h4, section.child > h5, section.child > h6 { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
footer { margin-top: 2.5rem; padding-top: 0.8rem; border-top: 1px solid var(--rule); font-size: 0.85rem; color: var(--muted); }
@media (max-width: 44rem) { body { padding: 1rem 0.8rem 2rem; } }
@page { size: auto; margin: 16mm 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  h3, h4, h5, h6 { break-after: avoid; }
  figure.chart, blockquote.quote, dl.figures, tr { break-inside: avoid; }
  figure.chart { max-width: 150mm; }
  .verdict { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: var(--ink); }
  ul.sources a[href]::after { content: " <" attr(href) ">"; font-size: 0.85em; overflow-wrap: anywhere; }
}
`.trim();
