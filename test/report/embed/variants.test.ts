import { beforeEach, describe, expect, it, vi } from 'vitest';
import { variantCSS } from '../../../src/report/embed/embed-css.js';
import { MIN_PLOT_WIDTH, MIN_TEXT_PX, renderVariants, smallestFont, VARIANT_WIDTHS } from '../../../src/report/embed/variants.js';
import { rawChart } from '../../../src/charts/raw-chart.js';
import { renderSVG } from '../../../src/charts/render.js';
import { GOLDEN_CHARTS } from '../../charts/golden-charts.js';
import { parse, tinyBar } from './helpers.js';

// Count the drawings renderVariants makes (every width of a single view goes through the width drawer).
const drawings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/report/embed/width-drawer.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/report/embed/width-drawer.js')>();
  return {
    ...original,
    widthDrawer: (...args: Parameters<typeof original.widthDrawer>) => {
      const drawer = original.widthDrawer(...args);
      return {
        ...drawer,
        draw: (...at: Parameters<typeof drawer.draw>) => {
          drawings.count += 1;
          return drawer.draw(...at);
        },
      };
    },
  };
});
beforeEach(() => {
  drawings.count = 0;
});

describe('renderVariants', () => {
  it('draws the chart at each target width, narrowest first, each within 4 px under its target', async () => {
    const widths = [264, 400, 640];
    const { variants, warnings } = await renderVariants(tinyBar(), { id: 'bars', widths });
    expect(warnings).toEqual([]);
    expect(variants.map((variant, i) => ({ i, fits: variant.width <= widths[i]! && variant.width >= widths[i]! - 4 }))).toEqual(widths.map((_, i) => ({ i, fits: true })));
  });

  it('draws each unframed (the page prints the words), accessible, with ids of its own', async () => {
    const chart = tinyBar();
    const { variants } = await renderVariants(chart, { id: 'bars', widths: [300, 500] });
    const ids = variants.flatMap((variant) => [...variant.svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const variant of variants) {
      const svg = parse(variant.svg).querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('title')?.textContent).toBe(chart.title);
      expect(svg.querySelector('desc')?.textContent).toMatch(/^Bar chart of officers/);
      const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent);
      expect(texts).not.toContain(chart.title);
      expect(texts.join(' ')).not.toContain('Kenyans.co.ke');
      expect(texts).toEqual(expect.arrayContaining(['First', '400']));
      // The live spec: the same drawing, described for assistive technology, with no title.
      const spec = variant.spec as unknown as Record<string, unknown>;
      expect(spec['description']).toBe(svg.querySelector('desc')?.textContent);
      expect(spec['title']).toBeUndefined();
    }
  });

  it('keeps the smallest text legible: a drawing may shrink only to its floor width', async () => {
    const { variants } = await renderVariants(tinyBar(), { id: 'bars', widths: [300] });
    const [variant] = variants;
    expect(variant!.minFontSize).toBe(smallestFont(variant!.svg));
    expect(variant!.minWidth * (variant!.minFontSize / variant!.width)).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.05);
  });

  it('stops at the narrowest plot and drops drawings that come out no wider', async () => {
    const { variants } = await renderVariants(tinyBar(), { id: 'bars', widths: [20, 40, 300] });
    expect(variants.length).toBe(2);
    expect(variants[0]!.width).toBeGreaterThan(MIN_PLOT_WIDTH);
  });

  it('draws a chart whose margin stays the same once per target, given the width of its own drawing', async () => {
    const chart = tinyBar();
    const own = await renderSVG(chart, { id: 'bars' });
    const given = await renderVariants(chart, { id: 'bars', ownWidth: own.width });
    expect(drawings.count).toBe(VARIANT_WIDTHS.length);
    // Without it, one drawing more (to measure the margin), and the same drawings.
    drawings.count = 0;
    expect(await renderVariants(chart, { id: 'bars' })).toEqual(given);
    expect(drawings.count).toBe(VARIANT_WIDTHS.length + 1);
  });

  it('reaches each target of a chart whose labels run past its bars, in two drawings at most', async () => {
    // The labels stick out past the longest bar by a fixed width, so the margin shrinks as the plot grows.
    const chart = GOLDEN_CHARTS['funding-compare']!();
    const own = await renderSVG(chart, { id: 'compare' });
    const widths = VARIANT_WIDTHS.filter((width) => width > 300);
    const { variants } = await renderVariants(chart, { id: 'compare', widths, ownWidth: own.width });
    expect(variants.map((variant, i) => ({ i, fits: variant.width <= widths[i]! && variant.width >= widths[i]! - 4 }))).toEqual(widths.map((_, i) => ({ i, fits: true })));
    expect(drawings.count).toBeLessThanOrEqual(2 * widths.length);
  });

  it('takes a wrong width of its own drawing as a first guess only', async () => {
    const widths = [264, 400, 640];
    const { variants } = await renderVariants(tinyBar(), { id: 'bars', widths, ownWidth: 2000 });
    expect(variants.map((variant, i) => ({ i, fits: variant.width <= widths[i]! && variant.width >= widths[i]! - 4 }))).toEqual(widths.map((_, i) => ({ i, fits: true })));
  });

  it('draws a composition once, at its own width, and says so', async () => {
    const chart = rawChart({ data: { values: [{ a: 1 }, { a: 2 }] }, hconcat: [{ mark: 'bar', encoding: { y: { field: 'a', type: 'quantitative' } } }, { mark: 'point', encoding: { y: { field: 'a', type: 'quantitative' } } }] }, { title: 'Two panels' });
    const { variants, warnings } = await renderVariants(chart, { id: 'panels' });
    expect(variants.length).toBe(1);
    expect(warnings).toEqual([expect.stringContaining('not a single view')]);
  });
});

describe('smallestFont', () => {
  it('reads Vega’s font sizes, with or without a unit', () => {
    expect(smallestFont('<text font-size="12px">a</text><text font-size="9.5">b</text><text font-size="18px">c</text>')).toBe(9.5);
    expect(smallestFont('<rect/>')).toBe(Infinity);
  });
});

describe('variantCSS', () => {
  it('shows the narrowest drawing by default and each wider one from its own width up', () => {
    const css = variantCSS([{ width: 264, minWidth: 242 }, { width: 343.5, minWidth: 316 }, { width: 464, minWidth: 426 }]);
    expect(css.split('\n')).toEqual([
      '.variant-0 { display: block; }',
      '.variant-0 svg { min-width: 242px; }',
      '@container (min-width: 344px) { .variant-1 { display: block; } .variant-0 { display: none; } }',
      '.variant-1 svg { min-width: 316px; }',
      '@container (min-width: 464px) { .variant-2 { display: block; } .variant-1 { display: none; } }',
      '.variant-2 svg { min-width: 426px; }',
    ]);
  });
});
