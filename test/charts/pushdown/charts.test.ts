/**
 * Pushdown on copydesk's own charts and on bigger synthetic data: the rewritten spec draws the same
 * SVG, inlines far fewer rows, and says why when it is left as it is.
 */

import fc from 'fast-check';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bar } from '../../../src/charts/bar.js';
import { rawChart } from '../../../src/charts/raw-chart.js';
import { renderSVG } from '../../../src/charts/render.js';
import { timeline } from '../../../src/charts/timeline.js';
import { pushdown } from '../../../src/charts/pushdown/pushdown.js';
import { pushdownChart } from '../../../src/charts/pushdown/pushdown-chart.js';
import { bothWays, firstDifference } from './both-ways.js';

/** A deterministic pseudo-random source (a small LCG): the same rows on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

/** `n` incidents: a day in 2019–2023, a region, a count, a duration with some gaps. */
function incidents(n: number, seed = 1): Record<string, unknown>[] {
  const next = random(seed);
  const start = Date.UTC(2019, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: i,
    date: new Date(start + Math.floor(next() * 1826) * 86_400_000).toISOString().slice(0, 10),
    region: ['North', 'South', 'East', 'West', 'Coast'][Math.floor(next() * 5)],
    victims: Math.floor(next() * next() * 40),
    minutes: next() < 0.05 ? null : Math.round(next() * 1800) / 10,
    note: `row ${i}`,
  }));
}

const rows = incidents(20_000);

async function expectSame(spec: TopLevelSpec, id = 'chart') {
  const { result, plain, pushed } = await bothWays(spec, { id });
  expect(result.pushed, result.reason).toBe(true);
  expect(pushed === plain, firstDifference(plain, pushed)).toBe(true);
  return result;
}

describe('pushdown of synthetic charts over 20,000 rows', () => {
  it('inlines a histogram as its bins', async () => {
    const spec = rawChart({ data: { values: rows }, mark: 'bar', encoding: { x: { field: 'minutes', bin: { maxbins: 30 } }, y: { aggregate: 'count' } } } as TopLevelSpec, {
      title: 'How long incidents lasted', source: 'Source: synthetic',
    }).spec;
    const result = await expectSame(spec, 'histogram');
    expect(result.rowsIn).toBe(20_000);
    expect(result.rowsOut).toBeLessThanOrEqual(31);
  });

  it('inlines a monthly line per region as one row per month and region', async () => {
    const spec = { data: { values: rows }, mark: 'line', encoding: { x: { field: 'date', timeUnit: 'utcyearmonth', type: 'temporal' }, y: { aggregate: 'mean', field: 'victims' }, color: { field: 'region' } } } as TopLevelSpec;
    const result = await expectSame(spec, 'monthly');
    expect(result.rowsOut).toBe(60 * 5);
  });

  it('filters, sorts bars by their sum and stacks counts', async () => {
    await expectSame({ data: { values: rows }, transform: [{ filter: 'datum.victims > 3 && datum.region !== "Coast"' }], mark: 'bar', encoding: { y: { field: 'region', sort: '-x' }, x: { aggregate: 'sum', field: 'victims' } } } as TopLevelSpec);
    await expectSame({ data: { values: rows }, mark: 'bar', encoding: { x: { field: 'date', timeUnit: 'utcyear', type: 'ordinal' }, y: { aggregate: 'count' }, color: { field: 'region' } } } as TopLevelSpec);
  });

  it('runs field predicates, calculations, bin and aggregate transforms', async () => {
    const spec = {
      data: { values: rows },
      transform: [
        { filter: { field: 'region', oneOf: ['North', 'East'] } },
        { filter: { field: 'minutes', valid: true } },
        { calculate: 'log(datum.minutes + 1) / LN10', as: 'log_minutes' },
        { bin: true, field: 'log_minutes', as: 'bin_log' },
        { aggregate: [{ op: 'count', as: 'n' }, { op: 'median', field: 'victims', as: 'median_victims' }], groupby: ['bin_log', 'bin_log_end', 'region'] },
      ],
      mark: 'bar',
      encoding: { x: { field: 'bin_log', bin: 'binned' }, x2: { field: 'bin_log_end' }, y: { field: 'n', type: 'quantitative' }, color: { field: 'region' }, opacity: { field: 'median_victims', type: 'quantitative' } },
    } as TopLevelSpec;
    const result = await expectSame(spec);
    expect(result.rowsOut).toBeLessThan(40);
  });

  it('shares the precomputed rows between a layer\'s bars and their labels', async () => {
    const spec = {
      data: { values: rows },
      encoding: { x: { field: 'region' }, y: { aggregate: 'sum', field: 'victims' } },
      layer: [{ mark: 'bar' }, { mark: { type: 'text', dy: -5 }, encoding: { text: { aggregate: 'sum', field: 'victims' } } }],
    } as TopLevelSpec;
    const result = await expectSame(spec);
    expect(result.rowsOut).toBe(5);
    expect(result.spec).toMatchObject({ data: { values: expect.any(Array) }, layer: [{ mark: 'bar' }, { mark: { type: 'text' } }] });
  });

  it('pushes a pushed-down spec down again to the same rows', async () => {
    const once = pushdown({ data: { values: rows }, mark: 'bar', encoding: { x: { field: 'region' }, y: { aggregate: 'count' }, color: { field: 'region' } } } as TopLevelSpec, { id: 'once' });
    const twice = await expectSame(once.spec, 'twice');
    // As JSON: vega tags the rows it draws with a symbol of its own.
    const json = (spec: TopLevelSpec) => JSON.parse(JSON.stringify((spec as { data: unknown }).data)) as unknown;
    expect(json(twice.spec)).toEqual(json(once.spec));
  });

  it('drops the columns a scatter plot does not draw', async () => {
    const spec = { data: { values: rows.slice(0, 2000) }, mark: 'point', encoding: { x: { field: 'minutes', type: 'quantitative' }, y: { field: 'victims', type: 'quantitative' } } } as TopLevelSpec;
    const result = await expectSame(spec);
    expect(result.rowsOut).toBe(2000);
    const values = (result.spec as { data: { values: object[] } }).data.values;
    expect(Object.keys(values[0] ?? {}).sort()).toEqual(['minutes', 'victims']);
  });
});

describe('renderSVG with pushdown', () => {
  it('draws the chart it draws without, from the precomputed rows', async () => {
    const chart = rawChart({ data: { values: rows }, mark: 'bar', encoding: { x: { field: 'region' }, y: { aggregate: 'mean', field: 'minutes' } } } as TopLevelSpec, { title: 'Mean duration', source: 'Source: synthetic' });
    const withoutDesc = (svg: string) => svg.replace(/<desc id="[^"]*">[^<]*<\/desc>/, '');
    const [plain, pushed] = await Promise.all([renderSVG(chart, { id: 'mean' }), renderSVG(chart, { id: 'mean', pushdown: true })]);
    expect(withoutDesc(pushed.svg)).toBe(withoutDesc(plain.svg));
    expect(pushed.alt).toBe(plain.alt);
  });
});

describe('pushdown of local time units away from UTC', () => {
  const zone = process.env['TZ'];
  beforeAll(() => {
    process.env['TZ'] = 'America/New_York';
  });
  afterAll(() => {
    process.env['TZ'] = zone;
  });

  it('floors dates in the local time zone, as vega does', async () => {
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(300);
    const timed = rows.slice(0, 5000).map((row, i) => ({ ...row, at: `${String(row['date'])}T${String(i % 24).padStart(2, '0')}:30:00` }));
    for (const timeUnit of ['yearmonth', 'monthdate', 'day', 'hours', 'yearweek']) {
      await expectSame({ data: { values: timed }, mark: 'bar', encoding: { x: { field: 'at', timeUnit, type: 'ordinal' }, y: { aggregate: 'count' } } } as TopLevelSpec, timeUnit);
    }
  });
});

describe('the rewritten spec', () => {
  it('counts by category, summed and titled as before', () => {
    const spec = { data: { values: [{ c: 'a', v: 1 }, { c: 'b', v: 2 }, { c: 'a', v: 4 }] }, mark: 'bar', encoding: { x: { field: 'c' }, y: { aggregate: 'count' } } } as TopLevelSpec;
    expect(pushdown(spec, { id: 'counts' })).toEqual({
      spec: {
        mark: 'bar',
        encoding: { x: { field: 'c' }, y: { aggregate: 'sum', field: '__count', title: 'Count of Records' } },
        data: { values: [{ c: 'a', __count: 2 }, { c: 'b', __count: 1 }], format: { parse: { c: null, __count: null } } },
      },
      pushed: true,
      rowsIn: 3,
      rowsOut: 2,
    });
  });

  it('keeps a mean under its field\'s name, the time unit on the floored dates and the bins\' extent', () => {
    const values = [{ d: '2024-01-05', v: 1 }, { d: '2024-01-20', v: 3 }, { d: '2024-02-02', v: 10 }];
    const line = pushdown({ data: { values }, mark: 'line', encoding: { x: { field: 'd', timeUnit: 'utcyearmonth' }, y: { aggregate: 'mean', field: 'v' } } } as TopLevelSpec, { id: 'line' });
    expect(line.spec).toEqual({
      mark: 'line',
      encoding: { x: { field: 'd', timeUnit: 'utcyearmonth' }, y: { aggregate: 'mean', field: 'v' } },
      data: { values: [{ d: '2024-01-01T00:00:00.000Z', v: 2 }, { d: '2024-02-01T00:00:00.000Z', v: 10 }], format: { parse: { d: 'date', v: null } } },
    });
    const histogram = pushdown({ data: { values }, mark: 'bar', encoding: { x: { field: 'v', bin: true }, y: { aggregate: 'count' } } } as TopLevelSpec, { id: 'histogram' });
    expect(histogram.spec).toMatchObject({ encoding: { x: { field: 'v', bin: { extent: [1, 10] } } }, data: { values: [{ v: 1, __count: 1 }, { v: 3, __count: 1 }, { v: 9, __count: 1 }] } });
  });
});

describe('pushdown left undone', () => {
  it('has nothing to do for the builders\' small charts', () => {
    const contingents = [{ contingent: '1st', officers: 400 }, { contingent: '2nd', officers: 200 }];
    const deployed = [{ date: '2024-06-25', officers: 400 }, { date: '2025-01-18', officers: 817 }];
    for (const chart of [bar(contingents, { x: 'contingent', y: 'officers', title: 'Officers' }), timeline(deployed, { x: 'date', y: 'officers', title: 'Deployed', annotations: [{ date: '2024-06-24', label: 'Flag-off' }] })]) {
      const result = pushdown(chart.spec, { id: 'small' });
      expect(result).toEqual({ spec: chart.spec, pushed: false, rowsIn: 2, rowsOut: 2 });
    }
  });

  it('names the chart and the reason when a transform is left to vega', () => {
    const spec = { data: { values: rows.slice(0, 10) }, transform: [{ window: [{ op: 'rank', as: 'rank' }] }], mark: 'bar', encoding: { x: { field: 'rank' }, y: { aggregate: 'count' } } } as TopLevelSpec;
    const result = pushdown(spec, { id: 'ranked' });
    expect(result).toMatchObject({ spec, pushed: false, rowsIn: 10, rowsOut: 10 });
    expect(result.reason).toBe('chart "ranked" is drawn from all its rows (not pushed down: the "window" transform is not one pushdown computes (filter, calculate, bin, timeUnit, aggregate))');
  });

  it.each([
    ['a selection', { params: [{ name: 'pick', select: 'point' }], mark: 'bar', encoding: { x: { field: 'region' }, y: { aggregate: 'count' } } }, 'parameters'],
    ['a box plot', { mark: 'boxplot', encoding: { x: { field: 'region' }, y: { field: 'victims', type: 'quantitative' } } }, '"boxplot" mark'],
    ['a random expression', { transform: [{ filter: 'random() > 0.5' }], mark: 'bar', encoding: { x: { field: 'region' }, y: { aggregate: 'count' } } }, 'random()'],
    ['a confidence interval', { mark: 'bar', encoding: { x: { field: 'region' }, y: { aggregate: 'ci0', field: 'victims' } } }, '"ci0" aggregate'],
    ['data from a URL', { data: { url: 'data/cars.json' }, mark: 'bar', encoding: { x: { field: 'region' }, y: { aggregate: 'count' } } }, 'URL'],
  ])('leaves %s to vega', (_name, partial, words) => {
    const spec = { data: { values: rows.slice(0, 10) }, ...partial } as TopLevelSpec;
    const result = pushdown(spec, { id: 'left' });
    expect(result.pushed).toBe(false);
    expect(result.spec).toBe(spec);
    expect(result.reason).toContain(words);
  });
});

describe('pushdown on arbitrary rows', () => {
  const row = fc.record({
    k: fc.constantFrom('a', 'b', 'c', '1', 'a|b', ''),
    n: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constant(null)),
    d: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2021, 11, 31) }).map((t) => new Date(t).toISOString()),
  });
  const templates: ((values: object[]) => TopLevelSpec)[] = [
    (values) => ({ data: { values }, mark: 'bar', encoding: { x: { field: 'n', bin: true }, y: { aggregate: 'count' } } }) as TopLevelSpec,
    (values) => ({ data: { values }, mark: 'bar', encoding: { x: { field: 'k' }, y: { aggregate: 'mean', field: 'n' }, color: { field: 'k' } } }) as TopLevelSpec,
    (values) => ({ data: { values }, mark: 'line', encoding: { x: { field: 'd', timeUnit: 'utcyearmonth' }, y: { aggregate: 'stdev', field: 'n' } } }) as TopLevelSpec,
    (values) => ({ data: { values }, mark: 'point', encoding: { x: { field: 'k' }, y: { aggregate: 'max', field: 'n' }, size: { aggregate: 'distinct', field: 'n' } } }) as TopLevelSpec,
  ];

  it('draws what vega draws for any rows', async () => {
    let pushed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: templates.length - 1 }), async (values, t) => {
        const spec = (templates[t] as (values: object[]) => TopLevelSpec)(values);
        const { result, plain, pushed: svg } = await bothWays(spec);
        if (result.pushed) expect(svg === plain, firstDifference(plain, svg)).toBe(true);
        else expect(result.reason).toBeDefined();
        if (result.pushed) pushed += 1;
      }),
      { numRuns: 40, seed: 7 },
    );
    expect(pushed).toBeGreaterThan(30);
  });
});

describe('pushdown over column names with dots and brackets', () => {
  // The incidents under newsroom headers; fields name them escaped, as Vega-Lite reads them.
  const renamed = rows.map((row) => ({ 'date.day': row['date'], 'region[0]': row['region'], 'victims.n': row['victims'], 'minutes (m).x': row['minutes'], note: row['note'] }));
  const values = renamed;

  it.each([
    ['a sum by category', { mark: 'bar', encoding: { x: { field: 'region\\[0\\]' }, y: { aggregate: 'sum', field: 'victims\\.n' } } }],
    ['a monthly mean per series', { mark: 'line', encoding: { x: { field: 'date\\.day', timeUnit: 'utcyearmonth', type: 'temporal' }, y: { aggregate: 'mean', field: 'victims\\.n' }, color: { field: 'region\\[0\\]' } } }],
    ['a histogram', { mark: 'bar', encoding: { x: { field: 'minutes (m)\\.x', bin: { maxbins: 30 } }, y: { aggregate: 'count' } } }],
    ['a deviation, titled by its field', { mark: 'point', encoding: { x: { field: 'region\\[0\\]' }, y: { aggregate: 'stdev', field: 'victims\\.n' }, size: { aggregate: 'max', field: 'minutes (m)\\.x' } } }],
    ['ticks sorted by a field, their other columns dropped', { mark: 'tick', encoding: { x: { field: 'victims\\.n', type: 'quantitative' }, y: { field: 'region\\[0\\]', sort: { field: 'minutes (m)\\.x', op: 'max' } } } }, 20_000],
    ['bars sorted by their own field', { mark: 'bar', encoding: { x: { field: 'region\\[0\\]', sort: { field: 'region\\[0\\]', op: 'min', order: 'descending' } }, y: { aggregate: 'sum', field: 'victims\\.n' } } }],
    ['transforms reading such fields', {
      transform: [
        { filter: { field: 'region\\[0\\]', oneOf: ['North', 'East'] } },
        { filter: { field: 'minutes (m)\\.x', valid: true } },
        { calculate: 'datum["minutes (m).x"] / 60', as: 'hours' },
        { bin: true, field: 'hours', as: 'bin_hours' },
        { timeUnit: 'utcyear', field: 'date\\.day', as: 'year' },
        { aggregate: [{ op: 'count', as: 'n' }, { op: 'mean', field: 'victims\\.n', as: 'mean_victims' }], groupby: ['bin_hours', 'bin_hours_end', 'year', 'region\\[0\\]'] },
      ],
      mark: 'bar',
      encoding: { x: { field: 'bin_hours', bin: 'binned' }, x2: { field: 'bin_hours_end' }, y: { field: 'n', type: 'quantitative' }, color: { field: 'year', type: 'ordinal', timeUnit: 'utcyear' }, opacity: { field: 'mean_victims', type: 'quantitative' }, detail: { field: 'region\\[0\\]' } },
    }],
    ['an aggregate transform grouping by a date column', {
      transform: [{ aggregate: [{ op: 'sum', field: 'victims\\.n', as: 'total' }], groupby: ['date\\.day'] }],
      mark: 'line',
      encoding: { x: { field: 'date\\.day', type: 'temporal' }, y: { field: 'total', type: 'quantitative' } },
    }],
  ] as [string, object, number?][])('draws %s the same from precomputed rows', async (_name, partial, rowsOut = 2000) => {
    const result = await expectSame({ data: { values }, ...partial } as TopLevelSpec);
    expect(result.rowsOut).toBeLessThanOrEqual(rowsOut);
  });

  it('inlines the rows under the column names, and escapes the fields and parse keys that name them', () => {
    const spec = { data: { values: [{ 'c.x': 'a', 'v[1]': 1 }, { 'c.x': 'b', 'v[1]': 2 }, { 'c.x': 'a', 'v[1]': 4 }] }, mark: 'bar', encoding: { x: { field: 'c\\.x' }, y: { aggregate: 'stdev', field: 'v\\[1\\]' } } } as TopLevelSpec;
    const once = pushdown(spec, { id: 'escaped' }).spec;
    const data = { values: [{ 'c.x': 'a', 'stdev_v[1]': Math.sqrt(4.5) }, { 'c.x': 'b' }], format: { parse: { 'c\\.x': null, 'stdev_v\\[1\\]': null } } };
    expect(once).toEqual({ mark: 'bar', encoding: { x: { field: 'c\\.x' }, y: { aggregate: 'sum', field: 'stdev_v\\[1\\]', title: 'Stdev of v\\[1\\]' } }, data });
    // Pushed down again, the parse's escaped keys name the same columns: the same rows come out.
    expect(pushdown(once, { id: 'again' })).toMatchObject({ pushed: true, spec: { data } });
  });

  it('draws a builder\'s chart over such columns the same, and finds nothing to push down in it', async () => {
    const chart = bar([{ 'region.name': 'North', 'pop.2020': 400 }, { 'region.name': 'South', 'pop.2020': 200 }], { x: 'region.name', y: 'pop.2020', title: 'Population', source: 'Source: census' });
    expect(pushdownChart(chart, { id: 'population' })).toEqual({ chart, pushed: false, rowsIn: 2, rowsOut: 2, warnings: [] });
    const [plain, pushed] = await Promise.all([renderSVG(chart, { id: 'population' }), renderSVG(chart, { id: 'population', pushdown: true })]);
    expect(pushed.svg).toBe(plain.svg);
    expect(plain.svg).toMatch(/aria-label="region\.name: North; pop\.2020: 400" role="graphics-symbol" aria-roledescription="bar" d="M[\d.,]+h[\d.]+v300h/);
  });

  it('leaves a nested path, a column a transform names with a dot, and a name Vega-Lite cannot read, to vega', () => {
    const nested = pushdown({ data: { values: [{ a: { b: 1 }, c: 'x' }] }, mark: 'bar', encoding: { x: { field: 'c' }, y: { aggregate: 'sum', field: 'a.b' } } } as TopLevelSpec, { id: 'nested' });
    expect(nested).toMatchObject({ pushed: false, reason: expect.stringContaining('"a.b" is a nested path') });
    const made = pushdown({ data: { values: renamed }, transform: [{ calculate: 'datum["victims.n"] * 2', as: 'double.n' }], mark: 'bar', encoding: { x: { field: 'region\\[0\\]' }, y: { aggregate: 'sum', field: 'double\\.n' } } } as TopLevelSpec, { id: 'made' });
    expect(made).toMatchObject({ pushed: false, reason: expect.stringContaining('"double.n", whose name Vega-Lite tracks as a nested path') });
    const named = pushdown({ data: { values: renamed }, transform: [{ aggregate: [{ op: 'mean', field: 'victims\\.n' }], groupby: ['region\\[0\\]'] }], mark: 'bar', encoding: { x: { field: 'region\\[0\\]' }, y: { field: 'mean_victims\\.n', type: 'quantitative' } } } as TopLevelSpec, { id: 'named' });
    expect(named).toMatchObject({ pushed: false, reason: expect.stringContaining('"mean_victims.n"') });
    const slashed = pushdown({ data: { values: [{ 'a\\b': 1, c: 'x' }] }, mark: 'bar', encoding: { x: { field: 'c' }, y: { aggregate: 'sum', field: 'a\\\\b' } } } as TopLevelSpec, { id: 'slashed' });
    expect(slashed).toMatchObject({ pushed: false, reason: expect.stringContaining('backslash') });
  });
});
