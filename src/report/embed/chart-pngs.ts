/**
 * A chart's PNGs (1x and 2x), drawn in the PNG renderer's process (see `renderPNGAsync`) while the
 * build goes on drawing the next chart and the embed variants.
 */

import type { RenderedSVG } from '../../charts/render.js';
import { renderPNGAsync } from '../../charts/render-png.js';
import { noMemo, type Memo } from '../memo.js';

/** The PNG files' bytes. */
export interface ChartPNGs {
  /** At the SVG's size: `charts/<id>.png`. */
  png: Buffer;
  /** At twice its size: `charts/<id>@2x.png`. */
  png2x: Buffer;
}

/** Options for {@link startChartPNGs}. */
export interface ChartPNGsOptions {
  /** Remembers PNGs between builds (the preview's); default none. */
  memo?: Memo;
}

/**
 * Start drawing a chart's PNGs and return at once; await the result when the files are wanted. A
 * failure (resvg refused the SVG, or crashed on it) comes out there, and `renderEmbedFiles` turns it
 * into a warning; if the build stops first, it is not reported as an unhandled rejection.
 */
export function startChartPNGs(rendered: RenderedSVG, { memo = noMemo }: ChartPNGsOptions = {}): Promise<ChartPNGs> {
  const draw = (scale: number) => memo(['png', scale, rendered.svg], () => renderPNGAsync(rendered, { scale }));
  const pngs = Promise.all([draw(1), draw(2)]).then(([png, png2x]) => ({ png, png2x }));
  pngs.catch(() => undefined);
  return pngs;
}
