// Renders a Vega-Lite spec to a standalone SVG document in Node: Vega-Lite compiles it to Vega, and
// Vega's headless view draws SVG without a canvas (renderer 'none'). Both load only here, on the
// svg and html paths, so no other command's start-up pays for them.
import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { importModule } from './es-modules.js';

export interface SvgOptions {
  /** The chart's name, for <title>. */
  title: string;
  /** The chart in words, for <desc> (its text alternative). */
  description: string;
  /** An id prefix, unique in the page, when several SVGs share one HTML document. */
  idPrefix?: string;
}

let engines: Promise<[typeof Vega, typeof VegaLite]> | undefined;

function loadEngines(): Promise<[typeof Vega, typeof VegaLite]> {
  return (engines ??= Promise.all([importModule<typeof Vega>('vega'), importModule<typeof VegaLite>('vega-lite')]));
}

/** The SVG element alone (for inlining in HTML), with role="img", <title> and <desc>. */
export async function renderSvgElement(spec: TopLevelSpec, options: SvgOptions): Promise<string> {
  const [vega, vegaLite] = await loadEngines();
  const compiled = vegaLite.compile(spec).spec;
  // No loader: the data is inline, and a chart must never reach the network.
  const loader = vega.loader({ mode: 'file' });
  loader.load = () => Promise.reject(new Error('border-facts charts load no data'));
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader, logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    return accessible(svg, options);
  } finally {
    view.finalize();
  }
}

/** A standalone .svg file: the XML declaration, then the element. */
export async function renderSvgDocument(spec: TopLevelSpec, options: SvgOptions): Promise<string> {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await renderSvgElement(spec, options)}\n`;
}

/**
 * One image with a name and a description for assistive technology: role="img" labelled by the
 * <title> and described by the <desc>; Vega's per-mark ARIA attributes are turned off in the spec.
 */
function accessible(svg: string, options: SvgOptions): string {
  const prefix = options.idPrefix ?? 'chart';
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('Vega returned no <svg> element');
  const start = open[0].replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '').replace(/>$/, ` role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">`);
  return `${start}<title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(options.description)}</desc>${svg.slice(open[0].length)}`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
