import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/charts/timeline.js';
import { SpecError } from '../../src/errors.js';

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
