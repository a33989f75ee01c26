import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { bar } from '../../src/charts/bar.js';
import { renderSVG } from '../../src/charts/render.js';
import { footer, headline } from '../../src/charts/frame.js';
import { theme } from '../../src/charts/theme.js';
import type { Dataset } from '../../src/data/dataset.js';
import { SpecError } from '../../src/errors.js';
import { barHeights, drawnMarks } from './drawn-marks.js';

const rows = [
  { contingent: '1st', officers: 400, date: new Date(Date.UTC(2024, 5, 25)) },
  { contingent: '2nd', officers: 200, date: new Date(Date.UTC(2024, 6, 16)) },
  { contingent: '3rd', officers: 217, date: new Date(Date.UTC(2025, 0, 18)) },
];
const title = 'Kenya has sent 817 officers';

describe('bar', () => {
  it('draws one bar per row, in data order, with the theme and inline data', () => {
    const chart = bar(rows, { x: 'contingent', y: 'officers', title });
    expect(chart.spec).toEqual({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: title },
      config: theme(),
      data: { values: [{ contingent: '1st', officers: 400 }, { contingent: '2nd', officers: 200 }, { contingent: '3rd', officers: 217 }] },
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'contingent', type: 'nominal', sort: null, title: 'contingent', axis: { ticks: false, labelAngle: 0, labelLimit: 178 } },
        y: { field: 'officers', type: 'quantitative', title: 'officers', axis: { format: ',~f' } },
      },
      width: 560,
      height: 300,
    });
    expect(chart.data).toEqual([{ contingent: '1st', officers: 400 }, { contingent: '2nd', officers: 200 }, { contingent: '3rd', officers: 217 }]);
    expect(chart).toMatchObject({ kind: 'chart', title });
    expect(chart.sources).toBeUndefined();
  });

  it('lays bars sideways with value labels, dropping the value axis', () => {
    const { spec } = bar(rows, { x: 'contingent', y: 'officers', title, horizontal: true, labels: true, sort: 'descending' });
    expect(spec).toMatchObject({ width: 560, height: { step: 32 } });
    expect(spec).toHaveProperty('encoding', {
      y: { field: 'contingent', type: 'nominal', sort: '-x', title: 'contingent', axis: { ticks: false } },
      // Room for the longest label: "400" is 23 px in 12 px DejaVu Sans, plus a 4 px gap each side.
      x: { field: 'officers', type: 'quantitative', title: 'officers', axis: null, scale: { domainMax: (400 * 560) / (560 - 31), nice: false } },
    });
    expect(spec).toHaveProperty('layer', [
      { mark: { type: 'bar' } },
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: '#333333' }, encoding: { text: { field: 'officers', type: 'quantitative', format: ',~f' } } },
    ]);
  });

  it('sorts ascending by value, or in a given order of categories', () => {
    const sortOf = (sort: 'ascending' | string[]) => bar(rows, { x: 'contingent', y: 'officers', title, sort }).spec;
    expect(sortOf('ascending')).toHaveProperty('encoding.x.sort', 'y');
    expect(sortOf(['3rd', '1st', '2nd'])).toHaveProperty('encoding.x.sort', ['3rd', '1st', '2nd']);
  });

  it('takes `color` as a field when the rows have it, else as a colour', () => {
    const byField = bar(rows, { x: 'contingent', y: 'officers', title, color: 'contingent' }).spec;
    expect(byField).toHaveProperty('encoding.color', { field: 'contingent', type: 'nominal', legend: null });
    expect(byField).toHaveProperty('mark', { type: 'bar' });
    const constant = bar(rows, { x: 'contingent', y: 'officers', title, color: '#D55E00' }).spec;
    expect(constant).toHaveProperty('mark', { type: 'bar', color: '#D55E00' });
    expect(constant).not.toHaveProperty('encoding.color');
  });

  it('adds tooltips when interactive', () => {
    const chart = bar(rows, { x: 'contingent', y: 'officers', title, interactive: true });
    expect(chart.interactive).toBe(true);
    expect(chart.spec).toHaveProperty('encoding.tooltip', [
      { field: 'contingent', type: 'nominal' },
      { field: 'officers', type: 'quantitative', format: ',~f' },
    ]);
  });

  it('puts the source line in a footer panel and keeps the words on the chart', () => {
    const chart = bar(rows, { x: 'contingent', y: 'officers', title, subtitle: 'Officers', source: 'Source: Kenyans.co.ke', alt: 'Three bars.', notes: 'Dates as reported.' });
    expect(chart.spec).toHaveProperty('title', headline({ title, subtitle: 'Officers' }));
    expect(chart.spec).toHaveProperty('vconcat.0.title', footer('Source: Kenyans.co.ke'));
    expect(chart.spec).toHaveProperty('vconcat.0.mark', { type: 'bar' });
    expect(chart).toMatchObject({ subtitle: 'Officers', source: 'Source: Kenyans.co.ke', alt: 'Three bars.', notes: 'Dates as reported.' });
  });

  it('reads an Arquero table', () => {
    const chart = bar(aq.from(rows), { x: 'contingent', y: 'officers', title });
    expect(chart.data).toEqual([{ contingent: '1st', officers: 400 }, { contingent: '2nd', officers: 200 }, { contingent: '3rd', officers: 217 }]);
  });

  it('reads a Dataset and credits its rows', () => {
    const dataset: Dataset = {
      name: 'contingents',
      file: 'datasets/haiti-mss/contingents.csv',
      table: aq.from(rows),
      schema: { contingent: { type: 'string' }, officers: { type: 'integer' }, date: { type: 'date' } },
      meta: { columns: {} },
      rows: [
        { index: 0, line: 2, quote: 'The first 400 officers left on June 25.' },
        { index: 1, line: 3 },
        { index: 2, line: 4 },
      ],
      objects: () => rows,
    };
    const chart = bar(dataset, { x: 'date', y: 'officers', title, sources: [{ dataset: 'events', file: 'events.csv', rows: [3] }] });
    expect(chart.data).toEqual([{ date: '2024-06-25', officers: 400 }, { date: '2024-07-16', officers: 200 }, { date: '2025-01-18', officers: 217 }]);
    expect(chart.sources).toEqual([
      { dataset: 'contingents', file: 'datasets/haiti-mss/contingents.csv', rows: [0, 1, 2], lines: [2, 3, 4], quotes: ['The first 400 officers left on June 25.'], columns: ['date', 'officers'] },
      { dataset: 'events', file: 'events.csv', rows: [3] },
    ]);
  });

  it('names a missing field, the chart and the fields there are', () => {
    const build = () => bar(rows, { x: 'contingent', y: 'oficers', title });
    expect(build).toThrow(SpecError);
    expect(build).toThrow(/"oficers".*"contingent", "officers", "date"/);
    expect(build).toThrow(expect.objectContaining({ chartId: title }));
  });
});

describe('bar over column names with dots, brackets and backslashes', () => {
  // Newsroom headers: Vega-Lite reads `.` and `[…]` in a field as a path into nested objects, a backslash as an escape.
  const named = (category: string, value: string, group: string): Record<string, unknown>[] => [
    { [category]: 'North', [value]: 400, [group]: 'a' },
    { [category]: 'South', [value]: 200, [group]: 'b' },
    { [category]: 'East', [value]: 217, [group]: 'a' },
  ];
  const plain = named('region', 'pop', 'kind');

  it.each([
    ['dots', 'region.name', 'pop.2020', 'Q1.2024'],
    ['brackets', 'rate (%)[1]', 'Q1.2024[adj]', 'a]b'],
    ['backslashes', 'a\\b', 'end\\', 'x\\.y'],
  ])('draws every bar over names with %s, titled with the names', async (_what, category, value, group) => {
    const options = { title, color: group, interactive: true } as const;
    const [dotted, undotted] = await Promise.all([
      renderSVG(bar(named(category, value, group), { x: category, y: value, ...options }), { id: 'dotted' }),
      renderSVG(bar(plain, { x: 'region', y: 'pop', ...options, color: 'kind' }), { id: 'plain' }),
    ]);
    expect(barHeights(dotted.svg)).toEqual([300, 150, 162.75]);
    expect(drawnMarks(dotted.svg)).toEqual(drawnMarks(undotted.svg));
    expect(dotted.warnings).toEqual([]);
    // Axis and legend titles read as the column names (a backslash shows as "∖", as in every title).
    for (const name of [category, value, group]) expect(dotted.svg).toContain(`>${name.replaceAll('\\', '∖')}</text>`);
    expect(dotted.svg).not.toMatch(/>[^<]*\\[.[\]][^<]*<\/text>/);
  });

  it('draws value labels and label fields sideways', async () => {
    const rows = named('region.name', 'pop.2020', 'label[1]').map((row): Record<string, unknown> => ({ ...row, 'label[1]': `${String(row['pop.2020'])} people` }));
    for (const labels of [true, 'label[1]'] as const) {
      const [dotted, undotted] = await Promise.all([
        renderSVG(bar(rows, { x: 'region.name', y: 'pop.2020', title, horizontal: true, labels }), { id: 'dotted' }),
        renderSVG(bar(rows.map((row) => ({ region: row['region.name'], pop: row['pop.2020'], label: row['label[1]'] })), { x: 'region', y: 'pop', title, horizontal: true, labels: labels === true ? true : 'label' }), { id: 'plain' }),
      ]);
      const texts = drawnMarks(dotted.svg).filter((mark) => mark.startsWith('text'));
      expect(texts.map((mark) => mark.replace(/^.*" /, ''))).toEqual(labels === true ? ['400', '200', '217'] : ['400 people', '200 people', '217 people']);
      expect(drawnMarks(dotted.svg)).toEqual(drawnMarks(undotted.svg));
    }
  });

  it('keeps the column names in the rows it downloads', () => {
    const chart = bar(named('region.name', 'pop.2020', 'k'), { x: 'region.name', y: 'pop.2020', title });
    expect(chart.data).toEqual([{ 'region.name': 'North', 'pop.2020': 400 }, { 'region.name': 'South', 'pop.2020': 200 }, { 'region.name': 'East', 'pop.2020': 217 }]);
    expect(chart.spec).toHaveProperty('encoding.x', expect.objectContaining({ field: 'region\\.name', title: 'region.name' }));
    expect(chart.spec).toHaveProperty('encoding.y', expect.objectContaining({ field: 'pop\\.2020', title: 'pop.2020' }));
  });
});
