import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { renderPNG, renderPNGAsync, renderPNGPairAsync } from '../../src/charts/render-png.js';
import { renderSVG } from '../../src/charts/render.js';
import { GOLDEN_CHARTS } from './golden-charts.js';
import { galleryFiles, galleryLoader, readSpec } from './gallery.js';
import { comparedWithRenderPNG, pngPixels, pngSize } from './png-pixels.js';

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
    const pixels = pngPixels(png);
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

describe('renderPNGAsync', () => {
  it('draws the bytes renderPNG draws, for many PNGs at once, each its own', async () => {
    const charts = await Promise.all(Object.entries(GOLDEN_CHARTS).map(([name, make]) => renderSVG(make(), { id: name })));
    const jobs = charts.flatMap((rendered) => [1, 2].map((scale) => ({ rendered, scale })));
    const drawn = await Promise.all(jobs.map(({ rendered, scale }) => renderPNGAsync(rendered, { scale })));
    expect(drawn.map((png, i) => png.equals(renderPNG(jobs[i]!.rendered, { scale: jobs[i]!.scale })))).toEqual(jobs.map(() => true));
  });

  it('rejects an SVG resvg cannot read, with resvg’s reason, as renderPNG throws', async () => {
    expect(() => renderPNG('not svg')).toThrow(/SVG data parsing failed/);
    await expect(renderPNGAsync('not svg')).rejects.toThrow(/SVG data parsing failed/);
  });
});

describe('renderPNGPairAsync', () => {
  it('draws the 2x renderPNG draws, byte for byte, and a 1x close to renderPNG’s, for every golden chart', async () => {
    const charts = await Promise.all(Object.entries(GOLDEN_CHARTS).map(([name, make]) => renderSVG(make(), { id: name })));
    const pairs = await Promise.all(charts.map((rendered) => renderPNGPairAsync(rendered)));
    expect(pairs.map(({ png, png2x }, i) => [comparedWithRenderPNG(png, charts[i]!.svg), png2x.equals(renderPNG(charts[i]!, { scale: 2 }))]))
      .toEqual(charts.map(() => ['close', true]));
  });

  it('does the same for every tenth chart of the gallery', async () => {
    const loader = galleryLoader();
    const files = galleryFiles().filter((_, i) => i % 10 === 0);
    const outcomes: string[] = [];
    for (const file of files) {
      const view = new vega.View(vega.parse(compile(readSpec(file)).spec), { renderer: 'none', loader });
      const svg = await view.toSVG();
      view.finalize();
      const { png, png2x } = await renderPNGPairAsync(svg);
      const same2x = png2x.equals(renderPNG(svg, { scale: 2 }));
      outcomes.push(`${file}: ${comparedWithRenderPNG(png, svg)}, 2x ${same2x ? 'same' : 'other'}`);
    }
    expect(outcomes).toEqual(files.map((file) => `${file}: close, 2x same`));
  }, 60_000);

  it('differs from a 1x of another drawing: the comparison can fail', async () => {
    const rendered = await renderSVG(GOLDEN_CHARTS['contingents-bar']!(), { id: 'png' });
    const other = renderPNG(rendered.svg.replace(/#0072b2/gi, '#d55e00'), { scale: 1 });
    expect(comparedWithRenderPNG(other, rendered.svg)).toMatch(/bytes differ$/);
  });

  it('rejects an SVG resvg cannot read, with resvg’s reason', async () => {
    await expect(renderPNGPairAsync('not svg')).rejects.toThrow(/SVG data parsing failed/);
  });
});

/** resvg with every font of the system loaded, as renderPNG always did. */
function withSystemFonts(svg: string, scale: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

const text = (attributes: string, content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40"><rect width="320" height="40" fill="white"/><text x="4" y="26" font-size="16" ${attributes}>${content}</text></svg>`;

describe('the fonts renderPNG loads', () => {
  // An SVG set in DejaVu Sans alone gets just that font's files; anything else the system's fonts. Either way, the same pixels.
  const cases: [string, () => Promise<string> | string][] = [
    ...Object.entries(GOLDEN_CHARTS).map(([name, make]): [string, () => Promise<string>] => [name, async () => (await renderSVG(make(), { id: name })).svg]),
    ['bold and regular, quoted as Vega quotes', () => text('font-family="&quot;DejaVu Sans&quot;, Arial, sans-serif" font-weight="bold"', 'Officers −817 € “sent” – 12½ ÑŁ')],
    ['a CSS declaration', () => text('style="font-family: \'DejaVu Sans\'; font-weight: bold"', 'Officers')],
    ['Greek and Cyrillic', () => text('font-family="DejaVu Sans"', 'Αθήνα Москва')],
    ['no family: the default font', () => text('', 'Officers sent')],
    ['a character DejaVu Sans lacks', () => text('font-family="DejaVu Sans"', 'Nairobi 内罗毕')],
    ['the same, written as a reference', () => text('font-family="DejaVu Sans"', 'Nairobi &#20869;&#x7F57;')],
    ['italic', () => text('font-family="DejaVu Sans" font-style="italic"', 'Officers sent')],
    ['a light weight', () => text('font-family="DejaVu Sans" font-weight="200"', 'Officers sent')],
    ['another family first', () => text('font-family="DejaVu Serif, DejaVu Sans"', 'Officers sent')],
    ['a family named like it', () => text('font-family="DejaVu Sans Mono"', 'Officers sent')],
  ];

  it.each(cases)('%s: the pixels resvg draws with all the system’s fonts', async (_, svgOf) => {
    const svg = await svgOf();
    for (const scale of [1, 2]) expect(renderPNG(svg, { scale }).equals(withSystemFonts(svg, scale)), `at ${scale}x`).toBe(true);
  });
});
