import { beforeAll, describe, expect, it } from 'vitest';
import { renderPNG } from '../../../src/charts/render-png.js';
import { renderReport, type RenderedReport } from '../../../src/report/build-report.js';
import report from '../../../reports/haiti-mss.js';
import { comparedWithRenderPNG, pngPixels, pngSize } from '../../charts/png-pixels.js';
import { cspOf, inlineHashes, parse } from './helpers.js';

/** How many pixels of two same-sized images differ clearly (by more than 64 in a channel). */
function differing(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(a[i + c]! - b[i + c]!) > 64)) count += 1;
  }
  return count;
}

/** Every chart of the first report, rendered in memory as `npm run report` does: the files a chart gets. */
describe('the first report’s charts, ready to publish on their own', () => {
  let rendered: RenderedReport;
  let charts: string[];
  const file = (path: string) => rendered.files.find((f) => f.path === path)?.contents;
  const text = (path: string) => Buffer.from(file(path) ?? '').toString('utf8');

  beforeAll(async () => {
    rendered = await renderReport(report);
    charts = report.cells.filter((cell) => cell.type === 'chart').map((cell) => cell.id);
  });

  it('writes a PNG at 1x and 2x, an embed page, the Vega-Lite spec and the data of every chart', () => {
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const id of charts) {
      for (const path of [`charts/${id}.svg`, `charts/${id}.png`, `charts/${id}@2x.png`, `charts/${id}.html`, `charts/${id}.vl.json`, `data/${id}.csv`]) expect(file(path), path).toBeDefined();
    }
    expect(file('embeds.html')).toBeDefined();
  });

  it('draws each PNG at the SVG’s size (1x) and twice it (2x)', () => {
    for (const id of charts) {
      const svg = parse(text(`charts/${id}.svg`)).querySelector('svg')!;
      const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
      expect(pngSize(file(`charts/${id}.png`) as Uint8Array), id).toEqual({ width: Math.round(width), height: Math.round(height) });
      expect(pngSize(file(`charts/${id}@2x.png`) as Uint8Array), id).toEqual({ width: Math.round(width * 2), height: Math.round(height * 2) });
    }
  });

  it('draws each 2x PNG as renderPNG draws the chart’s SVG, byte for byte, and each 1x within a few edge pixels of it', () => {
    for (const id of charts) {
      const svg = text(`charts/${id}.svg`);
      expect(Buffer.from(file(`charts/${id}@2x.png`) as Uint8Array).equals(renderPNG(svg, { scale: 2 })), `${id} at 2x`).toBe(true);
      // The 1x is drawn from the 2x drawing's tree (see renderPNGPairAsync): its edges may differ by a shade.
      expect(comparedWithRenderPNG(file(`charts/${id}.png`) as Uint8Array, svg), `${id} at 1x`).toBe('close');
    }
  });

  it('draws the text in the PNGs: they differ from the same chart drawn without its text', () => {
    for (const id of charts) {
      const svg = text(`charts/${id}.svg`);
      const textless = svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, '');
      expect(textless.length, id).toBeLessThan(svg.length);
      for (const scale of [1, 2]) {
        const png = file(`charts/${id}${scale === 2 ? '@2x' : ''}.png`) as Uint8Array;
        const { width, height } = pngSize(png);
        const ink = differing(pngPixels(png), pngPixels(renderPNG(textless, { scale })));
        // The title alone covers well over 0.5% of a chart; a missing font would leave 0.
        expect(ink / (width * height), `${id} at ${scale}x`).toBeGreaterThan(0.005);
      }
    }
  });

  it('gives every embed page its chart, a data link and a CSP that allows exactly its inline code', () => {
    for (const id of charts) {
      const document = parse(text(`charts/${id}.html`));
      expect(document.querySelectorAll('.chart svg[role="img"]').length, id).toBeGreaterThan(0);
      expect(document.querySelector(`a[href="../data/${id}.csv"]`)?.textContent, id).toBe('Get the data');
      const csp = cspOf(document);
      const { scripts, styles } = inlineHashes(document);
      expect(csp['script-src']?.filter((source) => source.startsWith("'sha256-")), id).toEqual(scripts);
      expect(csp['style-src'], id).toEqual(styles);
      for (const script of document.querySelectorAll('script[src]')) {
        expect(file(new URL(script.getAttribute('src') ?? '', `file:///r/charts/${id}.html`).pathname.slice('/r/'.length)), script.getAttribute('src') ?? '').toBeDefined();
      }
    }
  });

  it('makes the interactive chart load Vega from the report’s folder, and the others load nothing', () => {
    const interactive = report.cells.flatMap((cell) => (cell.type === 'chart' && cell.chart.interactive === true ? [cell.id] : []));
    expect(interactive.length).toBeGreaterThanOrEqual(1);
    for (const id of charts) {
      const sources = [...parse(text(`charts/${id}.html`)).querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
      if (interactive.includes(id)) expect(sources.every((src) => /^\.\.\/vendor\/[\w.-]+\.js$/.test(src ?? '')) && sources.length === 3, id).toBe(true);
      else expect(sources, id).toEqual([]);
    }
  });

  it('lists every chart in the embeds index, with a CSP that allows exactly its inline code', () => {
    const document = parse(text('embeds.html'));
    expect([...document.querySelectorAll('textarea.snippet')].length).toBe(charts.length);
    const csp = cspOf(document);
    const { scripts, styles } = inlineHashes(document);
    expect(csp['script-src']).toEqual([...new Set(scripts)]);
    expect(csp['style-src']).toEqual(styles);
  });
});
