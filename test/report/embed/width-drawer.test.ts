import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Chart } from '../../../src/charts/chart.js';
import { rawChart } from '../../../src/charts/raw-chart.js';
import { renderSVG, type RenderedSVG } from '../../../src/charts/render.js';
import { resize } from '../../../src/charts/resize.js';
import { unframe } from '../../../src/report/embed/unframe.js';
import { widthDrawer } from '../../../src/report/embed/width-drawer.js';
import { GOLDEN_CHARTS } from '../../charts/golden-charts.js';
import { tinyBar } from './helpers.js';

// Count the compilations the drawer asks for (renderSVG's own, inside its module, are not counted).
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/charts/render.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/charts/render.js')>();
  return {
    ...original,
    compileSpec: (...args: Parameters<typeof original.compileSpec>) => {
      compiled.count += 1;
      return original.compileSpec(...args);
    },
  };
});
beforeEach(() => {
  compiled.count = 0;
});

const WIDTHS = [254, 334, 454, 614, 854, 120];

/** The chart as the variants draw it at `width`: resized, unframed. */
const atWidth = (chart: Chart, width: number): Chart => ({ ...chart, spec: unframe(resize(chart.spec, width, chart)!) });

/** A rule at a fixed value over a line: Vega names the data sets of such a spec anew at each parse. */
const datumRule = rawChart({
  data: { values: [{ day: 1, n: 3 }, { day: 2, n: 5 }, { day: 3, n: 4 }] },
  layer: [
    { mark: 'line', encoding: { x: { field: 'day', type: 'quantitative' }, y: { field: 'n', type: 'quantitative' } } },
    { mark: 'rule', encoding: { y: { datum: 4 } } },
  ],
}, { title: 'A line and a rule' });

const charts: [string, () => Chart][] = [['three bars', () => tinyBar()], ...Object.entries(GOLDEN_CHARTS), ['a datum rule', () => datumRule]];

describe('widthDrawer', () => {
  it.each(charts)('draws %s at each width exactly as renderSVG does', async (_, make) => {
    const chart = make();
    const draw = widthDrawer();
    for (const width of WIDTHS) {
      const resized = atWidth(chart, width);
      expect(await draw(resized, { id: `c-${width}`, width }), `at ${width}`).toEqual(await renderSVG(resized, { id: `c-${width}` }));
    }
  });

  it('compiles only the first two widths of a chart that differs by its width alone', async () => {
    const draw = widthDrawer();
    for (const width of WIDTHS) await draw(atWidth(tinyBar(), width), { id: 'bars', width });
    expect(compiled.count).toBe(2);
  });

  it('compiles every width when the parses differ by more than the width', async () => {
    const draw = widthDrawer();
    for (const width of WIDTHS) await draw(atWidth(datumRule, width), { id: 'rule', width });
    expect(compiled.count).toBe(WIDTHS.length);
  });

  it('keeps what compiling warned about in every drawing', async () => {
    // A shape on bars: Vega-Lite drops the channel, warns, and draws on.
    const chart = rawChart({
      data: { values: [{ a: 'x', n: 1 }, { a: 'y', n: 2 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'n', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } },
    }, { title: 'Warned' });
    const draw = widthDrawer();
    const drawn: RenderedSVG[] = [];
    for (const width of WIDTHS) drawn.push(await draw(atWidth(chart, width), { id: 'warned', width }));
    expect(drawn[0]!.warnings).toEqual([expect.stringMatching(/shape.*dropped/i)]);
    expect(drawn.map((rendered) => rendered.warnings)).toEqual(WIDTHS.map(() => drawn[0]!.warnings));
    expect(compiled.count).toBe(2);
  });
});
