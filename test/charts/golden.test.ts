/**
 * Golden SVGs: our charts, rendered, compared byte for byte with test/output/charts/. A missing or
 * changed golden fails; `UPDATE_GOLDEN=1` writes them (review the diff before committing).
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderSVG } from '../../src/charts/render.js';
import { GOLDEN_CHARTS } from './golden-charts.js';

const OUTPUT = fileURLToPath(new URL('../output/charts/', import.meta.url));
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden charts', () => {
  it.each(Object.keys(GOLDEN_CHARTS))('%s matches its golden SVG', async (name) => {
    const chart = GOLDEN_CHARTS[name]!();
    const { svg, warnings } = await renderSVG(chart, { id: name });
    expect(warnings).toEqual([]);
    const file = `${OUTPUT}${name}.svg`;
    if (update) {
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(file, svg);
    }
    if (!existsSync(file)) expect.fail(`no golden ${file}: run UPDATE_GOLDEN=1 npx vitest run test/charts/golden.test.ts and review it`);
    expect(svg).toBe(readFileSync(file, 'utf8'));
  });

  it.each(Object.keys(GOLDEN_CHARTS))('%s is well-formed SVG that names itself to assistive technology', async (name) => {
    const chart = GOLDEN_CHARTS[name]!();
    const { svg, alt } = await renderSVG(chart, { id: name });
    const { document } = new JSDOM(svg, { contentType: 'image/svg+xml' }).window;
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = document.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(document.getElementById(titleId!)?.textContent).toBe(chart.title);
    expect(document.getElementById(descId!)?.textContent).toBe(alt);
    // The source line may be broken over lines (tspans), so compare without the spaces.
    const text = (root.textContent ?? '').replace(/\s/g, '');
    expect(text).toContain(chart.source?.replace(/\s/g, ''));
  });
});
