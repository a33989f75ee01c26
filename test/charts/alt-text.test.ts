import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { altText } from '../../src/charts/alt-text.js';
import { bar } from '../../src/charts/bar.js';
import type { Chart } from '../../src/charts/chart.js';
import { compare } from '../../src/charts/compare.js';
import { rawChart } from '../../src/charts/raw-chart.js';
import { timeline } from '../../src/charts/timeline.js';

const contingents = [
  { contingent: '1st', officers: 400 },
  { contingent: '2nd', officers: 200 },
  { contingent: '3rd', officers: 217 },
];
const title = 'Officers';

describe('altText', () => {
  it('keeps the author’s alt text', () => {
    expect(altText(bar(contingents, { x: 'contingent', y: 'officers', title, alt: 'Three contingents.' }))).toBe('Three contingents.');
  });

  it('lists the bars of a bar chart, whichever way they run', () => {
    const expected = 'Bar chart of officers by contingent: 1st 400, 2nd 200, 3rd 217.';
    expect(altText(bar(contingents, { x: 'contingent', y: 'officers', title }))).toBe(expected);
    expect(altText(bar(contingents, { x: 'contingent', y: 'officers', title, horizontal: true, labels: true, source: 'Source: X' }))).toBe(expected);
  });

  it('uses axis titles, names numeric categories, and writes large numbers in words', () => {
    const rows = [{ n: 1, kes: 17_710_000_000 }, { n: 2, kes: 1_680_510_000 }];
    expect(altText(bar(rows, { x: 'n', y: 'kes', title, xTitle: 'estimate', yTitle: 'shillings' }))).toBe(
      'Bar chart of shillings by estimate: estimate 1: 17.7 billion, estimate 2: 1.68 billion.',
    );
  });

  it('leaves out a category axis the author untitled', () => {
    expect(altText(bar(contingents, { x: 'contingent', y: 'officers', title, xTitle: null }))).toBe('Bar chart of officers: 1st 400, 2nd 200, 3rd 217.');
  });

  it('cuts a long list short', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ k: `k${i}`, v: i }));
    expect(altText(bar(rows, { x: 'k', y: 'v', title }), { maxItems: 2 })).toBe('Bar chart of v by k: k0 0, k1 1, and 3 more.');
  });

  it('reads the printed labels of a comparison', () => {
    const chart = compare({ label: 'As stated', value: 17.71e9, text: 'KSh 17.71 billion' }, { label: 'At the day’s rate', value: 1.68e9, text: 'KSh 1.68 billion' }, { title });
    expect(altText(chart)).toBe('Bar chart of amount: As stated KSh 17.71 billion, At the day’s rate KSh 1.68 billion.');
  });

  it('describes a time chart by its span, its trend and its annotations', () => {
    const rows = [
      { date: '2025-01-18', officers: 817 },
      { date: '2024-06-25', officers: 400 },
      { date: '2024-07-16', officers: 600 },
    ];
    const line = timeline(rows, { x: 'date', y: 'officers', title });
    expect(altText(line)).toBe('Line chart of officers over time from June 2024 to January 2025, rising from 400 to 817.');
    const step = timeline(rows, { x: 'date', y: 'officers', title, mark: 'step', annotations: [{ date: '2024-06-24', label: 'Flag-off' }] });
    expect(altText(step)).toBe('Step chart of officers over time from June 2024 to January 2025, rising from 400 to 817. Marked: Flag-off (June 24, 2024).');
    const falling = timeline([{ d: '2025-04-24', r: 129.54 }, { d: '2025-05-15', r: 129.25 }], { x: 'd', y: 'r', title, mark: 'point', zero: false, yTitle: 'shillings per dollar' });
    expect(altText(falling)).toBe('Dot chart of shillings per dollar over time from April 2025 to May 2025, falling from 129.54 to 129.25.');
  });

  it('lists annotations in date order, however their labels are stacked', () => {
    const rows = [{ date: '2024-06-25', officers: 400 }, { date: '2025-01-18', officers: 817 }];
    const annotations = [
      { date: '2024-06-24', label: 'Flag-off' },
      { date: '2024-06-26', label: 'Arrival' }, // too close: a row lower, so in a later layer
      { date: '2024-10-01', label: 'Review' },
    ];
    const chart = timeline(rows, { x: 'date', y: 'officers', title, annotations });
    expect(chart.spec).toHaveProperty('layer.2.data.values', [{ date: '2024-06-24', annotation: 'Flag-off' }, { date: '2024-10-01', annotation: 'Review' }]);
    expect(altText(chart)).toMatch(/Marked: Flag-off \(June 24, 2024\), Arrival \(June 26, 2024\), Review \(October 1, 2024\)\.$/);
  });

  it('counts the series of a multi-series time chart', () => {
    const rows = [{ d: '2025-01-01', v: 1, s: 'a' }, { d: '2025-02-01', v: 2, s: 'b' }];
    expect(altText(timeline(rows, { x: 'd', y: 'v', title, color: 's' }))).toBe('Line chart of v over time from January 2025 to February 2025 (2 series: a, b).');
  });

  it('falls back on the spec’s description, then on a generic sentence, then on the title', () => {
    const scatter: TopLevelSpec = { data: { values: [{ a: 1, b: 2 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' } } };
    expect(altText(rawChart({ ...scatter, description: 'Dots.' }, { title }))).toBe('Dots.');
    expect(altText(rawChart(scatter, { title }))).toBe('Dot chart of b against a.');
    const composed: Chart = rawChart({ hconcat: [scatter, scatter] } as TopLevelSpec, { title: 'Two panels' });
    expect(altText(composed)).toBe('Chart: Two panels.');
  });
});

describe('altText over column names with dots and brackets', () => {
  it('names the bars and their values, whether a builder or an author escaped the fields', () => {
    const rows = [{ 'region.name': 'North', 'pop.2020': 400 }, { 'region.name': 'South', 'pop.2020': 2_500_000 }];
    const expected = 'Bar chart of pop.2020 by region.name: North 400, South 2.5 million.';
    expect(altText(bar(rows, { x: 'region.name', y: 'pop.2020', title }))).toBe(expected);
    expect(altText(bar(rows, { x: 'region.name', y: 'pop.2020', title, horizontal: true, labels: true }))).toBe(expected);
    const raw: TopLevelSpec = { data: { values: rows }, mark: 'bar', encoding: { x: { field: 'region\\.name', type: 'nominal' }, y: { field: 'pop\\.2020', type: 'quantitative' } } };
    expect(altText(rawChart(raw, { title }))).toBe(expected);
    const labelled = rows.map((row) => ({ ...row, 'label[0]': `${String(row['pop.2020'])} people` }));
    expect(altText(bar(labelled, { x: 'region.name', y: 'pop.2020', title, horizontal: true, labels: 'label[0]' }))).toBe('Bar chart of pop.2020 by region.name: North 400 people, South 2500000 people.');
  });

  it('describes a time chart over such columns, its series and its annotations', () => {
    const rows = [
      { 'Q1.2024[adj]': '2024-01-01', 'pop.2020': 10, 'unit.kind': 'a' },
      { 'Q1.2024[adj]': '2024-03-01', 'pop.2020': 30, 'unit.kind': 'a' },
    ];
    const line = timeline(rows, { x: 'Q1.2024[adj]', y: 'pop.2020', title, annotations: [{ date: '2024-02-01', label: 'Review' }] });
    expect(altText(line)).toBe('Line chart of pop.2020 over time from January 2024 to March 2024, rising from 10 to 30. Marked: Review (February 1, 2024).');
    const series = timeline([...rows, { 'Q1.2024[adj]': '2024-02-01', 'pop.2020': 5, 'unit.kind': 'b' }], { x: 'Q1.2024[adj]', y: 'pop.2020', title, color: 'unit.kind' });
    expect(altText(series)).toBe('Line chart of pop.2020 over time from January 2024 to March 2024 (2 series: a, b).');
  });

  it('titles an escaped field without its backslashes when the spec gives no title', () => {
    const raw: TopLevelSpec = { data: { values: [{ 'a.b': 1, 'c[d]': 2 }] }, mark: 'point', encoding: { x: { field: 'a\\.b', type: 'quantitative' }, y: { field: 'c\\[d\\]', type: 'quantitative' } } };
    expect(altText(rawChart(raw, { title }))).toBe('Dot chart of c[d] against a.b.');
    expect(altText({ kind: 'chart', title, spec: raw, data: [] })).toBe('Dot chart of c[d] against a.b.');
  });
});
