/** Reading PNGs back in tests: their size, their pixels, and how a 1x compares with renderPNG's. */

import { Resvg } from '@resvg/resvg-js';
import { renderPNG } from '../../src/charts/render-png.js';

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A PNG's RGBA pixels, decoded by resvg (drawing it as the one image of an SVG): `width × height × 4` bytes. */
export function pngPixels(png: Uint8Array): Buffer {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

/**
 * How a PNG compares with `renderPNG(svg, {scale: 1})`: 'close' when it has the same size and at most
 * 0.2% of its pixels' bytes differ. A pair's 1x is drawn from the 2x drawing's tree, whose numbers
 * resvg writes rounded, so it may differ in the anti-aliasing of a few edges: across the whole
 * gallery, at most 0.13% of its bytes, and half of the charts not at all (measured).
 */
export function comparedWithRenderPNG(png: Uint8Array, svg: string): string {
  const reference = renderPNG(svg, { scale: 1 });
  const [size, expected] = [pngSize(png), pngSize(reference)];
  if (size.width !== expected.width || size.height !== expected.height) return `${size.width}×${size.height}, not ${expected.width}×${expected.height}`;
  const [a, b] = [pngPixels(png), pngPixels(reference)];
  let differing = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differing += 1;
  return differing / a.length <= 0.002 ? 'close' : `${differing} of ${a.length} bytes differ`;
}
