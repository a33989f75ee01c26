/** PNG export of a rendered chart, for social cards and documents that cannot take SVG. */

import { Resvg } from '@resvg/resvg-js';
import type { RenderedSVG } from './render.js';

/** Options for {@link renderPNG}. */
export interface RenderPNGOptions {
  /** Pixel density: 2 draws a 560 px chart 1120 px wide. Default 2. */
  scale?: number;
  /** Font used where the SVG's fonts are missing. Default `'DejaVu Sans'`. */
  defaultFont?: string;
}

/**
 * Rasterise a chart's SVG with resvg, using the system's fonts (the theme's stack starts with DejaVu
 * Sans, which rendering machines have). Returns the PNG file's bytes.
 *
 * @example
 * await writeFile('contingents.png', renderPNG(rendered, {scale: 2}));
 */
export function renderPNG(svg: string | RenderedSVG, { scale = 2, defaultFont = 'DejaVu Sans' }: RenderPNGOptions = {}): Buffer {
  const text = typeof svg === 'string' ? svg : svg.svg;
  const resvg = new Resvg(text, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: defaultFont },
  });
  return resvg.render().asPng();
}
