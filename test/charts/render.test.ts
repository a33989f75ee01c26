import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bar } from '../../src/charts/bar.js';
import { compare } from '../../src/charts/compare.js';
import { timeline } from '../../src/charts/timeline.js';
import { renderSVG } from '../../src/charts/render.js';
import { theme } from '../../src/charts/theme.js';
import { SpecError } from '../../src/errors.js';

const rows = [{ contingent: '1st', officers: 400 }, { contingent: '2nd', officers: 200 }, { contingent: '3rd', officers: 217 }];
const chart = bar(rows, { x: 'contingent', y: 'officers', title: 'Officers & "contingents"', source: 'Source: Kenyans.co.ke' });
const plain: TopLevelSpec = { data: { values: rows }, mark: 'bar', encoding: { x: { field: 'contingent', type: 'nominal' }, y: { field: 'officers', type: 'quantitative' } } };

async function specError(promise: Promise<unknown>): Promise<SpecError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('renderSVG', () => {
  it('draws a standalone SVG labelled with the title and alt text', async () => {
    const rendered = await renderSVG(chart, { id: 'contingents' });
    expect(rendered.svg).toMatch(/^<svg role="img" aria-labelledby="chart-contingents-title chart-contingents-desc" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(rendered.svg).toContain('<title id="chart-contingents-title">Officers &amp; "contingents"</title>');
    expect(rendered.svg).toContain('<desc id="chart-contingents-desc">Bar chart of officers by contingent: 1st 400, 2nd 200, 3rd 217.</desc>');
    expect(rendered.svg).toContain('>Source: Kenyans.co.ke</text>');
    expect(rendered.alt).toBe('Bar chart of officers by contingent: 1st 400, 2nd 200, 3rd 217.');
    expect(rendered.svg).toContain(`width="${rendered.width}" height="${rendered.height}"`);
    expect(rendered.width).toBeGreaterThan(560);
    expect(rendered.warnings).toEqual([]);
  });

  it('draws every builder’s interactive chart without a warning', async () => {
    const dated = [{ d: '2024-06-25', n: 400 }, { d: '2025-01-18', n: 817 }];
    const charts = [
      bar(rows, { x: 'contingent', y: 'officers', title: 't', interactive: true, labels: true }),
      timeline(dated, { x: 'd', y: 'n', title: 't', interactive: true, annotations: [{ date: '2024-06-24', label: 'Flag-off' }] }),
      compare({ label: 'a', value: 2 }, { label: 'b', value: 1 }, { title: 't', interactive: true }),
    ];
    for (const [i, built] of charts.entries()) expect((await renderSVG(built, { id: `i${i}` })).warnings).toEqual([]);
  });

  it('draws the same SVG twice', async () => {
    const [a, b] = [await renderSVG(chart, { id: 'c' }), await renderSVG(chart, { id: 'c' })];
    expect(a.svg).toBe(b.svg);
  });

  it('collects warnings instead of printing them', async () => {
    const spies = (['log', 'warn', 'error', 'info'] as const).map((method) => vi.spyOn(console, method));
    const odd = { ...plain, encoding: { ...plain.encoding, shape: { field: 'contingent', type: 'nominal' } } } as TopLevelSpec;
    const { warnings } = await renderSVG(odd, { id: 'odd' });
    expect(warnings).toEqual([expect.stringMatching(/shape.*dropped/i)]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('throws a SpecError naming the chart when the spec does not compile', async () => {
    const typo = { ...plain, encoding: { x: { field: 'contingent', type: 'nomnal' } } } as unknown as TopLevelSpec;
    const error = await specError(renderSVG(typo, { id: 'broken' }));
    expect(error.chartId).toBe('broken');
    expect(error.message).toMatch(/^Chart "broken": the Vega-Lite spec does not compile: Invalid field type/);
    expect(error.hint).toMatch(/vega-lite\/docs/);
  });

  it('throws a SpecError when Vega fails while drawing', async () => {
    const bad = { ...plain, transform: [{ calculate: 'nosuchfunction(datum.officers)', as: 'x' }] } as TopLevelSpec;
    const error = await specError(renderSVG(bad, { id: 'expr' }));
    expect(error.message).toMatch(/^Chart "expr": the chart does not render: .*nosuchfunction/);
    expect(error.hint).toBeDefined();
  });

  it('throws a SpecError when the data cannot be loaded, rather than drawing an empty chart', async () => {
    const missing = { ...plain, data: { url: 'no/such/file.csv' } } as TopLevelSpec;
    const loader = vega.loader({ baseURL: '/nonexistent/', mode: 'file' });
    const error = await specError(renderSVG(missing, { id: 'nodata', loader }));
    expect(error.message).toMatch(/^Chart "nodata": its data could not be loaded: .*no\/such\/file\.csv/);
    expect(error.hint).toMatch(/loader/);
  });

  it('applies a base config under the spec’s own', async () => {
    const themed = await renderSVG(plain, { id: 'p', config: theme() });
    const bare = await renderSVG(plain, { id: 'p' });
    expect(themed.svg).toContain('DejaVu Sans');
    expect(bare.svg).not.toContain('DejaVu Sans');
  });

  it('redraws a chart at another width, its titles broken again', async () => {
    const long = bar(rows, { x: 'contingent', y: 'officers', title: 'Kenya has sent 817 police officers to Haiti in three contingents' });
    const wide = await renderSVG(long, { id: 'w' });
    const narrow = await renderSVG(long, { id: 'w', width: 240 });
    expect(wide.width - narrow.width).toBe(560 - 240);
    expect(narrow.svg.match(/role-title-text/g)).toHaveLength(wide.svg.match(/role-title-text/g)!.length);
    expect(narrow.svg.match(/<tspan/g)!.length).toBeGreaterThan(wide.svg.match(/<tspan/g)!.length);
    expect(narrow.warnings).toEqual([]);
  });

  it('warns that a composition keeps its widths', async () => {
    const { warnings } = await renderSVG({ hconcat: [plain, plain] } as TopLevelSpec, { id: 'h', width: 300 });
    expect(warnings).toEqual(['width 300 was not applied: the spec is not a single view (or a chart framed by copydesk)']);
  });

  it('refuses a width that is not a positive number', async () => {
    await specError(renderSVG(chart, { id: 'z', width: 0 }));
  });
});
