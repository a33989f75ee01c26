import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderPNG } from '../../src/charts/render-png.js';
import { renderSVG } from '../../src/charts/render.js';
import { GOLDEN_CHARTS } from './golden-charts.js';

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The PNG's pixels, decoded by drawing it as an image in an SVG with resvg (which decodes PNG):
 * RGBA bytes, `width × height × 4`.
 */
function pngPixels(png: Buffer, { width, height }: { width: number; height: number }): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('renderPNG', () => {
  it('draws the chart at the SVG’s aspect ratio, scaled', async () => {
    const rendered = await renderSVG(GOLDEN_CHARTS['contingents-bar']!(), { id: 'png' });
    const png = renderPNG(rendered, { scale: 2 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: Math.round(rendered.width * 2), height: Math.round(rendered.height * 2) });
  });

  it('draws ink: dark text and the palette’s blue bars on white', async () => {
    const rendered = await renderSVG(GOLDEN_CHARTS['contingents-bar']!(), { id: 'png' });
    const png = renderPNG(rendered.svg, { scale: 1 });
    const size = pngSize(png);
    const pixels = pngPixels(png, size);
    expect(pixels.length).toBe(size.width * size.height * 4);
    let dark = 0;
    let blue = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r < 80 && g < 80 && b < 80) dark += 1;
      if (r < 20 && Math.abs(g - 0x72) < 20 && Math.abs(b - 0xb2) < 20) blue += 1;
    }
    // Text is drawn (fonts were found) and the bars take a good share of the picture.
    expect(dark).toBeGreaterThan(500);
    expect(blue / (size.width * size.height)).toBeGreaterThan(0.1);
  });
});
