import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { chartData, plainValue, timeValue } from '../../src/charts/chart-data.js';
import { SpecError } from '../../src/errors.js';

describe('chartData', () => {
  it('copies rows, keeping the requested columns in order', () => {
    const rows = [{ a: 1, b: 'x', c: true }];
    const data = chartData(rows, { columns: ['c', 'a'] });
    expect(data).toEqual({ rows: [{ c: true, a: 1 }], sources: [] });
    expect(data.rows[0]).not.toBe(rows[0]);
  });

  it('checks columns against a table even when it has no rows', () => {
    const empty = aq.table({ a: [] as number[] });
    expect(chartData(empty, { columns: ['a'] }).rows).toEqual([]);
    expect(() => chartData(empty, { columns: ['b'], chart: 'Empty' })).toThrow(SpecError);
    expect(chartData([], { columns: ['anything'] }).rows).toEqual([]);
  });
});

describe('plainValue', () => {
  it('writes a UTC-midnight Date as its day and any other Date in full', () => {
    expect(plainValue(new Date(Date.UTC(2024, 5, 24)))).toBe('2024-06-24');
    expect(plainValue(new Date(Date.UTC(2024, 5, 24, 9, 30)))).toBe('2024-06-24T09:30:00.000Z');
    expect(plainValue(817)).toBe(817);
  });
});

describe('timeValue', () => {
  it('reads days, date-times, Dates and epoch milliseconds', () => {
    const day = Date.UTC(2024, 5, 24);
    expect([timeValue('2024-06-24'), timeValue(new Date(day)), timeValue(day), timeValue('2024-06-24T00:00:00Z')]).toEqual([day, day, day, day]);
    expect([timeValue('June'), timeValue(null), timeValue(Number.NaN)]).toEqual([undefined, undefined, undefined]);
  });
});
