/**
 * A chart's PNGs (2x, and 1x from the same drawing), drawn in the PNG renderer's process (see
 * `renderPNGPairAsync`) while the build goes on drawing the next chart and the embed variants.
 */

import type { RenderedSVG } from '../../charts/render.js';
import { renderPNGPairAsync, type PNGPair } from '../../charts/render-png.js';
import { noMemo, type Memo } from '../memo.js';

/** The PNG files' bytes: `png` is `charts/<id>.png`, `png2x` is `charts/<id>@2x.png`. */
export type ChartPNGs = PNGPair;

/** Options for {@link startChartPNGs}. */
export interface ChartPNGsOptions {
  /** Remembers PNGs between builds (the preview's); default none. */
  memo?: Memo;
}

/**
 * Start drawing a chart's PNGs and return at once; await the result when the files are wanted. A
 * failure (resvg refused the SVG, or crashed on it) comes out there, and `startEmbedFiles` turns it
 * into a warning; if the build stops first, it is not reported as an unhandled rejection.
 */
export function startChartPNGs(rendered: RenderedSVG, { memo = noMemo }: ChartPNGsOptions = {}): Promise<ChartPNGs> {
  const pngs = memo(['pngs', rendered.svg], () => renderPNGPairAsync(rendered));
  pngs.catch(() => undefined);
  return pngs;
}
