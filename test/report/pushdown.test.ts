/**
 * renderReport publishes charts pushed down: the `.vl.json`, the HTML and the chart's CSV carry the
 * aggregated rows, and the build warns (chart id and reason) about charts left as they are or
 * still inlining too many rows.
 */

import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { rawChart } from '../../src/charts/raw-chart.js';
import { chart } from '../../src/report/cells.js';
import { defineReport } from '../../src/report/define-report.js';
import { renderReport } from '../../src/report/build-report.js';

const rows = Array.from({ length: 20_000 }, (_, i) => ({ minutes: (i * 7919) % 1800, region: ['North', 'South'][i % 2] }));

describe('renderReport with pushdown', () => {
  it('publishes the aggregated rows and warns about the charts it cannot shrink', async () => {
    const histogram = rawChart({ data: { values: rows }, mark: 'bar', encoding: { x: { field: 'minutes', bin: true }, y: { aggregate: 'count' } } } as TopLevelSpec, { title: 'Durations' });
    const ranked = rawChart({ data: { values: rows.slice(0, 6000) }, transform: [{ window: [{ op: 'rank', as: 'rank' }] }], mark: 'point', encoding: { x: { field: 'rank', type: 'quantitative' }, y: { field: 'minutes', type: 'quantitative' } } } as TopLevelSpec, { title: 'Ranked' });
    const report = defineReport({ slug: 'durations', title: 'Durations', cells: [chart('histogram', histogram), chart('ranked', ranked)] });
    const warnings: string[] = [];
    const rendered = await renderReport(report, { logger: { step() {}, warn: (message) => warnings.push(message) } });
    const file = (path: string) => rendered.files.find((f) => f.path === path)?.contents.toString() ?? '';

    const spec = JSON.parse(file('charts/histogram.vl.json')) as { data: { values: unknown[] }; encoding: { x: { bin: unknown } } };
    expect(spec.data.values).toHaveLength(9); // bins of 200 from 0 to 1,800
    expect(spec.encoding.x.bin).toEqual({ extent: [0, 1799] });
    expect(file('data/histogram.csv').trim().split('\n')).toHaveLength(10);
    expect(file('index.html')).toContain('&quot;__count&quot;');
    expect(file('charts/ranked.vl.json').length).toBeGreaterThan(100_000);
    expect(warnings).toEqual([
      'chart "ranked" is drawn from all its rows (not pushed down: the "window" transform is not one pushdown computes (filter, calculate, bin, timeUnit, aggregate))',
      expect.stringMatching(/^chart "ranked" inlines 6,000 rows \(more than 5,000\): .*aggregate/),
    ]);
  });
});
