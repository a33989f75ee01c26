import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Chart } from '../../../src/charts/chart.js';
import { rawChart } from '../../../src/charts/raw-chart.js';
import { renderSVG, type RenderedSVG } from '../../../src/charts/render.js';
import { resize } from '../../../src/charts/resize.js';
import { unframe } from '../../../src/report/embed/unframe.js';
import { widthDrawer } from '../../../src/report/embed/width-drawer.js';
import { GOLDEN_CHARTS } from '../../charts/golden-charts.js';
import { tinyBar } from './helpers.js';

// Count the compilations and the kept views the drawer asks for (renderSVG's own, inside its module, are not counted).
const counts = vi.hoisted(() => ({ compiled: 0, views: 0 }));
vi.mock('../../../src/charts/render.js', async (importOriginal) => (await import('./count-render.js')).countRender(await importOriginal(), counts));
beforeEach(() => {
  counts.compiled = 0;
  counts.views = 0;
});

/** Draw a chart at each width with one drawer, closed at the end; `framed`: in its frame first (the first drawing returned). */
async function drawAll(chart: Chart, widths: readonly number[], id = 'c', { framed = false } = {}): Promise<RenderedSVG[]> {
  const drawer = widthDrawer();
  try {
    const drawn: RenderedSVG[] = framed ? [await drawer.framed(chart, { id })] : [];
    for (const width of widths) drawn.push(await drawer.draw(atWidth(chart, width), { id: `${id}-${width}`, width }));
    return drawn;
  } finally {
    drawer.close();
  }
}

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

const points = Array.from({ length: 40 }, (_, i) => ({ x: i * 37.5, y: (i * 7) % 13, kind: i % 3 === 0 ? 'a' : 'b' }));

/** Points on a quantitative axis with a legend: the ticks change at each width, and Vega appends the new ones. */
const scatter = rawChart({
  data: { values: points },
  mark: 'point',
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, color: { field: 'kind', type: 'nominal' } },
}, { title: 'Points' });

/**
 * Points whose rows depend on the width: at a new width the mark both keeps points and gains some,
 * ahead of them in the data (which runs from right to left), where Vega would append them.
 */
const widthFiltered = rawChart({
  data: { values: [...points].reverse() },
  transform: [{ filter: 'datum.x < width * 2' }],
  mark: 'point',
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
}, { title: 'Points up to twice the width' });

/** Small multiples: the width is a signal of its own (`child_width`). */
const facet = rawChart({
  data: { values: points },
  mark: 'point',
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, row: { field: 'kind', type: 'nominal' } },
}, { title: 'Points by kind' });

/** A chart on a timer: a view drawn again later would have moved on. */
const animated = rawChart({
  data: { values: points },
  params: [{ name: 'frame', select: { type: 'point', fields: ['kind'], on: 'timer' } }],
  transform: [{ filter: { param: 'frame' } }],
  mark: 'point',
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
}, { title: 'Animated points' });

const charts: [string, () => Chart][] = [
  ['three bars', () => tinyBar()], ...Object.entries(GOLDEN_CHARTS),
  ['a datum rule', () => datumRule], ['a scatter', () => scatter], ['points filtered by the width', () => widthFiltered], ['a facet', () => facet],
];

describe('widthDrawer', () => {
  it.each(charts)('draws %s at each width exactly as renderSVG does', async (_, make) => {
    const chart = make();
    const drawn = await drawAll(chart, WIDTHS);
    const expected = await Promise.all(WIDTHS.map((width) => renderSVG(atWidth(chart, width), { id: `c-${width}` })));
    drawn.forEach((rendered, i) => expect(rendered, `at ${WIDTHS[i]}`).toEqual(expected[i]));
  });

  it('compiles the first two widths of a chart that differs by its width alone, and draws every width with one view', async () => {
    await drawAll(tinyBar(), WIDTHS);
    expect(counts).toEqual({ compiled: 2, views: 1 });
  });

  it('draws again with one view when only the axis ticks and legend change', async () => {
    await drawAll(scatter, WIDTHS);
    expect(counts).toEqual({ compiled: 2, views: 1 });
  });

  it('draws a width with a new view when marks of the data came and stayed (their order is Vega\'s to choose)', async () => {
    await drawAll(widthFiltered, WIDTHS);
    expect(counts.views).toBeGreaterThan(1);
  });

  it.each([['on a timer', animated], ['of small multiples', facet]] as const)('compiles and draws every width of a chart %s afresh', async (_, chart) => {
    await drawAll(chart, WIDTHS);
    expect(counts).toEqual({ compiled: WIDTHS.length, views: 1 });
  });

  it.each(charts)('draws %s in its frame and then at each width exactly as renderSVG does', async (_, make) => {
    const chart = make();
    const drawn = await drawAll(chart, WIDTHS, 'c', { framed: true });
    const expected = [await renderSVG(chart, { id: 'c' }), ...await Promise.all(WIDTHS.map((width) => renderSVG(atWidth(chart, width), { id: `c-${width}` })))];
    drawn.forEach((rendered, i) => expect(rendered, i === 0 ? 'framed' : `at ${WIDTHS[i - 1]}`).toEqual(expected[i]));
  });

  it('draws points filtered by the width narrower, then wider again, exactly as renderSVG does', async () => {
    // Points filtered out and back: Vega brings back their old marks, appended after the others.
    const widths = [454, 254, 334];
    const drawn = await drawAll(widthFiltered, widths);
    const expected = await Promise.all(widths.map((width) => renderSVG(atWidth(widthFiltered, width), { id: `c-${width}` })));
    drawn.forEach((rendered, i) => expect(rendered, `at ${widths[i]}`).toEqual(expected[i]));
  });

  it('draws a chart whose view states its width in its frame and at every width with one view, compiled once', async () => {
    await drawAll(tinyBar(), WIDTHS, 'bars', { framed: true });
    expect(counts).toEqual({ compiled: 1, views: 1 });
  });

  it('compiles a framed chart sized by the theme once more, at the first width, before its view draws the widths', async () => {
    // No width of its own: the theme's default sizes it, and resizing writes the width into the view.
    const chart = rawChart({ data: { values: points }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } }, { title: 'Points', source: 'Source: test' });
    await drawAll(chart, WIDTHS, 'points', { framed: true });
    expect(counts).toEqual({ compiled: 2, views: 1 });
  });

  it('draws the widths of a framed chart as if it had not been drawn when its view cannot draw them', async () => {
    await drawAll(facet, WIDTHS, 'facet', { framed: true });
    // The framed drawing (whose compiled width already says its view cannot: small multiples, see
    // above), then every width compiled afresh.
    expect(counts).toEqual({ compiled: 1 + WIDTHS.length, views: 2 });
  });

  it('draws the framed chart in the drawer’s locale, as renderSVG in that locale does', async () => {
    const chart = GOLDEN_CHARTS['deployment-timeline']!();
    const drawer = widthDrawer({ locale: 'de-DE' });
    try {
      const drawn = await drawer.framed(chart, { id: 'steps' });
      expect(drawn).toEqual(await renderSVG(chart, { id: 'steps', locale: 'de-DE' }));
      // The alt text names its months in German: the locale reached the drawing.
      expect(drawn.alt).not.toBe((await renderSVG(chart, { id: 'steps' })).alt);
    } finally {
      drawer.close();
    }
  });

  it('lets go of the kept view on close', async () => {
    const drawer = widthDrawer();
    await drawer.draw(atWidth(tinyBar(), 300), { id: 'bars', width: 300 });
    drawer.close();
    drawer.close();
    // A drawer closed after its first drawing still draws, with a view of its own.
    expect((await drawer.draw(atWidth(tinyBar(), 400), { id: 'bars', width: 400 })).width).toBeGreaterThan(300);
  });

  it('keeps what compiling warned about in every drawing', async () => {
    // A shape on bars: Vega-Lite drops the channel, warns, and draws on.
    const chart = rawChart({
      data: { values: [{ a: 'x', n: 1 }, { a: 'y', n: 2 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'n', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } },
    }, { title: 'Warned' });
    const drawn = await drawAll(chart, WIDTHS, 'warned');
    expect(drawn[0]!.warnings).toEqual([expect.stringMatching(/shape.*dropped/i)]);
    expect(drawn.map((rendered) => rendered.warnings)).toEqual(WIDTHS.map(() => drawn[0]!.warnings));
    expect(counts.compiled).toBe(2);
  });
});
