import { describe, expect, it } from 'vitest';
import { renderSVG } from '../../src/charts/render.js';
import { timeline } from '../../src/charts/timeline.js';
import { SpecError } from '../../src/errors.js';
import { drawnMarks } from './drawn-marks.js';

const deployed = [
  { date: '2024-06-25', officers: 400 },
  { date: '2024-07-16', officers: 600 },
  { date: '2025-01-18', officers: 817 },
];
const title = 'Officers deployed';

describe('timeline', () => {
  it('draws a line over UTC time with a dot per point', () => {
    const { spec } = timeline(deployed, { x: 'date', y: 'officers', title });
    expect(spec).toMatchObject({ data: { values: deployed }, width: 560, height: 300 });
    expect(spec).toHaveProperty('mark', { type: 'line', point: { filled: true, size: 40 } });
    expect(spec).toHaveProperty('encoding', {
      x: { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: null, axis: { labelOverlap: true } },
      y: { field: 'officers', type: 'quantitative', title: 'officers', scale: { zero: true }, axis: { format: ',~f' } },
    });
  });

  it('steps, draws dots alone, or splits series by colour', () => {
    const markOf = (mark: 'step' | 'point') => timeline(deployed, { x: 'date', y: 'officers', title, mark, points: false }).spec;
    expect(markOf('step')).toHaveProperty('mark', { type: 'line', interpolate: 'step-after' });
    expect(markOf('point')).toHaveProperty('mark', { type: 'point', filled: true });
    const series = timeline(deployed.map((row) => ({ ...row, unit: 'police' })), { x: 'date', y: 'officers', title, color: 'unit' }).spec;
    expect(series).toHaveProperty('encoding.color', { field: 'unit', type: 'nominal' });
  });

  it('prints dates on the axis with a UTC format when given one', () => {
    const { spec } = timeline(deployed, { x: 'date', y: 'officers', title, dateFormat: '%b %Y' });
    expect(spec).toHaveProperty('encoding.x.axis', { labelOverlap: true, format: '%b %Y', formatType: 'utc' });
  });

  it('draws annotations as dashed rules with labels on rows that do not overlap', () => {
    const { spec } = timeline(deployed, {
      x: 'date',
      y: 'officers',
      title,
      mark: 'step',
      annotations: [
        { date: '2024-06-30', label: 'Second contingent lands' },
        { date: new Date(Date.UTC(2024, 5, 24)), label: 'Flag-off' },
        { date: '2025-01-18', label: 'Third leaves' },
      ],
    });
    const notes = [
      { date: '2024-06-24', annotation: 'Flag-off' },
      { date: '2024-06-30', annotation: 'Second contingent lands' },
      { date: '2025-01-18', annotation: 'Third leaves' },
    ];
    const at = { field: 'date', type: 'temporal', scale: { type: 'utc' } };
    const text = { field: 'annotation', type: 'nominal' };
    expect(spec).toHaveProperty('layer.1', { data: { values: notes }, mark: { type: 'rule', strokeDash: [4, 3], color: '#595959' }, encoding: { x: at } });
    // Flag-off and the landing are six days apart: the second label drops a row. The last hangs left of its rule.
    expect(spec).toHaveProperty('layer.2', {
      data: { values: [notes[0]] },
      mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 0, color: '#333333' },
      encoding: { x: at, text },
    });
    expect(spec).toHaveProperty('layer.3', {
      data: { values: [notes[1]] },
      mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 16, color: '#333333' },
      encoding: { x: at, text },
    });
    expect(spec).toHaveProperty('layer.4', {
      data: { values: [notes[2]] },
      mark: { type: 'text', align: 'right', baseline: 'top', dx: -4, y: 0, color: '#333333' },
      encoding: { x: at, text },
    });
    expect(spec).toHaveProperty('layer.0.mark', { type: 'line', interpolate: 'step-after', point: { filled: true, size: 40 } });
  });

  it('rejects an annotation without a date', () => {
    expect(() => timeline(deployed, { x: 'date', y: 'officers', title, annotations: [{ date: 'June', label: 'Flag-off' }] })).toThrow(SpecError);
    expect(() => timeline(deployed, { x: 'date', y: 'officers', title, annotations: [{ date: 'June', label: 'Flag-off' }] })).toThrow(/"Flag-off".*"June"/);
  });
});

describe('timeline over column names with dots, brackets and backslashes', () => {
  const named = (date: string, value: string, series: string) => deployed.flatMap((row, i) => [
    { [date]: row.date, [value]: row.officers, [series]: 'police' },
    { [date]: row.date, [value]: 100 * i, [series]: 'army' },
  ]);
  const annotations = [{ date: '2024-06-24', label: 'Flag-off' }, { date: '2024-10-01', label: 'Review' }];

  it.each([
    ['dots', 'Q1.2024', 'pop.2020', 'unit.kind'],
    ['brackets', 'Q1.2024[adj]', 'rate (%)[1]', 'unit[0]'],
    ['backslashes', 'day\\', 'a\\b', 'x\\.y'],
  ])('draws the lines, dots and annotations over names with %s', async (_what, date, value, series) => {
    const options = { title, mark: 'step', annotations, interactive: true } as const;
    const [dotted, undotted] = await Promise.all([
      renderSVG(timeline(named(date, value, series), { x: date, y: value, color: series, ...options }), { id: 'dotted' }),
      renderSVG(timeline(named('date', 'officers', 'unit'), { x: 'date', y: 'officers', color: 'unit', ...options }), { id: 'plain' }),
    ]);
    const marks = drawnMarks(dotted.svg);
    // Two step lines, a dot per row, a rule and a label per annotation.
    expect(marks.filter((mark) => mark.startsWith('line path')).map((mark) => /d="([^"]*)"/.exec(mark)?.[1])).toEqual([expect.stringMatching(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/), expect.stringMatching(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/)]);
    expect(marks.filter((mark) => mark.startsWith('symbol path'))).toHaveLength(6);
    expect(marks.filter((mark) => mark.startsWith('rule line'))).toHaveLength(2);
    expect(marks).toEqual(drawnMarks(undotted.svg));
    expect(dotted.warnings).toEqual([]);
    for (const name of [value, series]) expect(dotted.svg).toContain(`>${name.replaceAll('\\', '∖')}</text>`);
    expect(dotted.alt).toBe(undotted.alt.replace('officers', value.replaceAll('\\', '∖')));
  });

  it('keeps the column names in the rows it downloads', () => {
    const chart = timeline(named('Q1.2024[adj]', 'pop.2020', 'u'), { x: 'Q1.2024[adj]', y: 'pop.2020', title });
    expect(chart.data[0]).toEqual({ 'Q1.2024[adj]': '2024-06-25', 'pop.2020': 400 });
    expect(chart.spec).toHaveProperty('encoding.x.field', 'Q1\\.2024\\[adj\\]');
    expect(chart.spec).toHaveProperty('encoding.y', expect.objectContaining({ field: 'pop\\.2020', title: 'pop.2020' }));
  });
});
