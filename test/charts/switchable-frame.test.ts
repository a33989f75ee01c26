import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { bar } from '../../src/charts/bar.js';
import type { Chart } from '../../src/charts/chart.js';
import { rawChart } from '../../src/charts/raw-chart.js';
import { renderSVG } from '../../src/charts/render.js';
import { FRAME_PARAM, switchableFrame, withoutEmptyTitles } from '../../src/charts/switchable-frame.js';
import { unframe } from '../../src/report/embed/unframe.js';
import { GOLDEN_CHARTS } from './golden-charts.js';

const rows = [
  { name: 'First', officers: 400 },
  { name: 'Second', officers: 200 },
  { name: 'Third', officers: 217 },
];

/** A headline long enough to break into lines, a subtitle, a source line. */
const wrapped = bar(rows, {
  x: 'name',
  y: 'officers',
  title: 'Three contingents of Kenyan police officers, sent to Haiti over seven months, make 817 officers in all',
  subtitle: 'Officers in each contingent, as the article states them, from the flag-off in June to January',
  source: 'Source: Kenyans.co.ke; The Star; Capital FM',
  width: 320,
});

const charts: [string, () => Chart][] = [
  ...Object.entries(GOLDEN_CHARTS),
  ['a wrapped headline with a subtitle and a source line', () => wrapped],
  ['a headline and no source line (a single view)', () => bar(rows, { x: 'name', y: 'officers', title: 'Three contingents' })],
  ['a raw spec in the frame', () => rawChart({ data: { values: rows }, mark: 'point', encoding: { x: { field: 'officers', type: 'quantitative' } } }, { title: 'Points', source: 'Source: test' })],
];

/** The SVG of a spec drawn with the frame parameter set to `frame`, as Vega writes it. */
async function drawSwitched(spec: TopLevelSpec, frame: boolean): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    view.signal(FRAME_PARAM, frame);
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** What Vega writes for a spec, drawn by a view of its own. */
async function draw(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

describe('switchableFrame', () => {
  it.each(charts)('draws %s framed, and unframed with the parameter off, as the two specs draw', async (_, make) => {
    const chart = make();
    const spec = switchableFrame(chart.spec)!;
    expect(spec).toBeDefined();
    expect(await drawSwitched(spec, true)).toBe(await draw(chart.spec));
    const off = await drawSwitched(spec, false);
    expect(off).toContain('role-title');
    expect(withoutEmptyTitles(off)).toBe(await draw(unframe(chart.spec)));
  });

  it('switches the headline, the subtitle and the source line, and the room each takes', () => {
    const spec = switchableFrame(wrapped.spec) as unknown as Record<string, any>;
    expect(spec['params']).toEqual([{ name: FRAME_PARAM, value: true }]);
    const title = spec['title'];
    expect(title.text.expr).toMatch(new RegExp(`^${FRAME_PARAM} \\? \\[".*"\\] : ""$`));
    expect(title.subtitle.expr).toContain('Officers in each contingent');
    expect(title.fontSize).toEqual({ expr: `${FRAME_PARAM} ? 18 : 0` });
    expect(title.subtitlePadding).toEqual({ expr: `${FRAME_PARAM} ? 6 : 0` });
    const footer = spec['vconcat'][0].title;
    expect(footer.text.expr).toContain('Source: Kenyans.co.ke');
    expect(footer.offset).toEqual({ expr: `${FRAME_PARAM} ? 16 : 0` });
    // The published spec is left as it was.
    expect(JSON.stringify(wrapped.spec)).not.toContain(FRAME_PARAM);
  });

  it('keeps the params a spec has', () => {
    const spec = rawChart({ data: { values: rows }, params: [{ name: 'pick', select: 'point' }], mark: 'bar', encoding: { x: { field: 'name', type: 'nominal' } } }, { title: 'Bars' }).spec;
    expect((switchableFrame(spec) as { params: unknown[] }).params).toEqual([{ name: 'pick', select: 'point' }, { name: FRAME_PARAM, value: true }]);
  });

  it('leaves a spec without a frame, or with a title it cannot size, to be drawn both ways', () => {
    expect(switchableFrame({ data: { values: rows }, mark: 'bar' } as TopLevelSpec)).toBeUndefined();
    // No theme: the title's font size is Vega's default, which this does not know.
    expect(switchableFrame({ title: 'Bars', data: { values: rows }, mark: 'bar' } as TopLevelSpec)).toBeUndefined();
    // A title computed by an expression of its own.
    expect(switchableFrame({ ...wrapped.spec, title: { text: { expr: '"Bars"' } } } as TopLevelSpec)).toBeUndefined();
  });
});

describe('withoutEmptyTitles', () => {
  it('drops the title groups whose texts are empty, and keeps the others', async () => {
    const svg = await renderSVG(wrapped, { id: 'c' });
    expect(withoutEmptyTitles(svg.svg)).toBe(svg.svg);
    const off = await drawSwitched(switchableFrame(wrapped.spec)!, false);
    expect(off.match(/role-title"/g)).toHaveLength(2);
    expect(withoutEmptyTitles(off)).not.toContain('role-title"');
  });

  it('keeps a title of lines, which Vega writes as tspans', () => {
    const group = '<g class="mark-group role-title"><g><text x="0"><tspan>One</tspan><tspan>Two</tspan></text></g></g>';
    const empty = '<g class="mark-group role-title"><g><g><text x="0"/></g></g></g>';
    expect(withoutEmptyTitles(`<svg>${group}${empty}<g></g></svg>`)).toBe(`<svg>${group}<g></g></svg>`);
  });
});
