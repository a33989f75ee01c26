import { describe, expect, it } from 'vitest';
import { renderPNG } from '../../../src/charts/render-png.js';
import { renderSVG, type RenderedSVG } from '../../../src/charts/render.js';
import { startChartPNGs } from '../../../src/report/embed/chart-pngs.js';
import { noMemo, type Memo } from '../../../src/report/memo.js';
import { tinyBar } from './helpers.js';

const unreadable: RenderedSVG = { svg: 'not an SVG', width: 10, height: 10, alt: '', warnings: [] };

describe('startChartPNGs', () => {
  it('draws the PNGs renderPNG draws, at 1x and 2x', async () => {
    const rendered = await renderSVG(tinyBar(), { id: 'bars' });
    const { png, png2x } = await startChartPNGs(rendered);
    expect([png.equals(renderPNG(rendered, { scale: 1 })), png2x.equals(renderPNG(rendered, { scale: 2 }))]).toEqual([true, true]);
  });

  it('asks the memo for the pair of PNGs, by SVG', async () => {
    const rendered = await renderSVG(tinyBar(), { id: 'bars' });
    const asked: unknown[][] = [];
    const memo: Memo = (parts, compute) => {
      asked.push([...parts]);
      return noMemo(parts, compute);
    };
    await startChartPNGs(rendered, { memo });
    expect(asked).toEqual([['pngs', rendered.svg]]);
  });

  it('rejects, when awaited, an SVG resvg cannot read', async () => {
    await expect(startChartPNGs(unreadable)).rejects.toThrow(/SVG data parsing failed/);
  });

  it('lets a failure nobody awaits pass unreported, as when a build stops at a later chart', async () => {
    // The PNGs' own promise, seen through the memo, to know when resvg has answered.
    const drawing: Promise<unknown>[] = [];
    const memo: Memo = (parts, compute) => {
      const png = noMemo(parts, compute);
      drawing.push(png);
      return png;
    };
    startChartPNGs(unreadable, { memo });
    await Promise.allSettled(drawing);
    // Node reports unhandled rejections once the microtasks have run; vitest fails the run on one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(drawing.length).toBe(1);
  });
});
