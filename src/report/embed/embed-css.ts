/**
 * The embed page's stylesheet: the chart's own font and ink (the theme's), so the HTML words around
 * the chart read as part of it, and the rules that show one drawing of the chart per width.
 */

import { FONT, FONT_SIZE, INK } from '../../charts/theme.js';
import type { ChartVariant } from './variants.js';

/** Colours of the page's text, each at least 4.5:1 on {@link EMBED_COLOURS.paper} (WCAG AA). */
export const EMBED_COLOURS = {
  paper: '#ffffff',
  title: INK.title,
  text: INK.text,
  muted: INK.muted,
  /** Links: the report's accent (6.6:1). */
  link: '#0b5cad',
  /** Tooltip frame: a graphic, 3:1 is enough. */
  rule: INK.rule,
} as const;

/** Side margin of the page, in pixels: {@link VARIANT_WIDTHS} starts at a 280 px screen less two of these. */
export const PAGE_MARGIN = 8;

/** The stylesheet every embed page shares. */
export const EMBED_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; background: ${EMBED_COLOURS.paper}; }
html.framed { overflow: hidden; }
body { margin: 0; padding: 12px ${PAGE_MARGIN}px; color: ${EMBED_COLOURS.text}; font: ${FONT_SIZE.label + 2}px/1.45 ${FONT}; }
h1 { margin: 0 0 4px; color: ${EMBED_COLOURS.title}; font-size: ${FONT_SIZE.title + 2}px; line-height: 1.25; }
.subtitle { margin: 0 0 12px; color: ${EMBED_COLOURS.muted}; font-size: ${FONT_SIZE.subtitle + 1}px; }
.chart { container-type: inline-size; overflow-x: auto; }
.variant { display: none; }
.variant svg { display: block; width: 100%; height: auto; }
footer { margin-top: 10px; color: ${EMBED_COLOURS.muted}; font-size: ${FONT_SIZE.label}px; }
footer p { margin: 2px 0; }
.notes { color: ${EMBED_COLOURS.text}; }
a { color: ${EMBED_COLOURS.link}; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
#vg-tooltip-element { visibility: hidden; position: fixed; z-index: 1000; max-width: 240px; padding: 6px 8px; pointer-events: none;
  background: ${EMBED_COLOURS.paper}; color: ${EMBED_COLOURS.title}; border: 1px solid ${EMBED_COLOURS.rule}; border-radius: 4px;
  box-shadow: 0 2px 6px rgba(0, 0, 0, .15); font: ${FONT_SIZE.label}px/1.4 ${FONT}; }
#vg-tooltip-element.visible { visibility: visible; }
#vg-tooltip-element table { border-spacing: 0; }
#vg-tooltip-element td { padding: 1px 0; vertical-align: top; }
#vg-tooltip-element td.key { padding-right: 8px; color: ${EMBED_COLOURS.muted}; }
#vg-tooltip-element td.value { font-weight: 600; }
`.trim();

/**
 * Show drawing `i` where the chart's box is at least as wide as it and narrower than drawing `i + 1`;
 * the narrowest shows below that. Container queries, not media queries: the box is what the drawing
 * fills, whatever the page's margins. Every drawing is scaled to the box's width, but never below its
 * `minWidth` (the box scrolls sideways instead), so its smallest text stays legible.
 */
export function variantCSS(variants: readonly Pick<ChartVariant, 'width' | 'minWidth'>[]): string {
  return variants.map(({ width, minWidth }, i) => {
    const show = `.variant-${i} { display: block; }${i > 0 ? ` .variant-${i - 1} { display: none; }` : ''}`;
    const floor = `.variant-${i} svg { min-width: ${minWidth}px; }`;
    return i === 0 ? `${show}\n${floor}` : `@container (min-width: ${Math.ceil(width)}px) { ${show} }\n${floor}`;
  }).join('\n');
}
