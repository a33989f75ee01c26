/**
 * The pieces of pushdown checked against vega itself: bins, time-unit floors and aggregate measures
 * computed by pushdown equal what vega's own transforms compute over the same rows.
 */

import { from } from 'arquero';
import { describe, expect, it } from 'vitest';
import { binEnd, binFunction, columnExtent, readBin } from '../../../src/charts/pushdown/bin.js';
import { compileExpression } from '../../../src/charts/pushdown/expression.js';
import { groupRows } from '../../../src/charts/pushdown/group-rows.js';
import { computeMeasures, MEASURE_OPS, type Measure } from '../../../src/charts/pushdown/measures.js';
import { impliedParse, predicateExpression } from '../../../src/charts/pushdown/predicate.js';
import { readTimeUnit, timeFloor } from '../../../src/charts/pushdown/time-unit.js';
import { vegaTransform } from './vega-transform.js';

const values = [3.2, -1, 7, null, 12.5, '4', 7, 0.1, undefined, '', 100, Number.NaN, 42, 7];
const rows = values.map((v, i) => ({ v, g: ['a', 'b', 1, '1'][i % 4] }));

describe('bins', () => {
  it.each([{ maxbins: 10 }, { maxbins: 4 }, { step: 3 }, { maxbins: 7, anchor: 0.5 }, { maxbins: 20, nice: false }])('fall where vega\'s bin transform puts them with %j', async (params) => {
    const numbers = [3.2, -1, 7, 12.5, 0.1, 100, 42, 7, 55.5, 99.99];
    const extent = columnExtent(numbers, numbers.length) as [number, number];
    const bin = binFunction(params, extent);
    const ours = numbers.map((v) => [bin(v), binEnd(bin, bin(v))]);
    const theirs = await vegaTransform(numbers.map((v) => ({ v })), [{ type: 'bin', field: 'v', extent, ...params, as: ['b0', 'b1'] }]);
    expect(ours).toEqual(theirs.map((row) => [row['b0'], row['b1']]));
  });

  it('read Vega-Lite\'s defaults', () => {
    expect(readBin(true)).toEqual({ params: { maxbins: 10 }, extent: undefined });
    expect(readBin(true, { maxbins: 6 })).toEqual({ params: { maxbins: 6 }, extent: undefined });
    expect(readBin({ step: 5, extent: [0, 50] })).toEqual({ params: { step: 5 }, extent: [0, 50] });
    expect(readBin('binned')).toEqual({ binned: true });
    expect(readBin({ extent: { param: 'brush' } })).toMatchObject({ reason: expect.any(String) });
  });
});

describe('time units', () => {
  it('read units the way Vega-Lite splits them', () => {
    expect(readTimeUnit('utcyearmonthdate')).toEqual({ units: ['year', 'month', 'date'], utc: true, step: 1, binned: false });
    expect(readTimeUnit('dayofyear')).toEqual({ units: ['dayofyear'], utc: false, step: 1, binned: false });
    expect(readTimeUnit({ unit: 'yearmonth', step: 3 })).toEqual({ units: ['year', 'month'], utc: false, step: 3, binned: false });
    expect(readTimeUnit('binnedyearmonth')).toEqual({ units: ['year', 'month'], utc: false, step: 1, binned: true });
    expect(readTimeUnit({ maxbins: 20 })).toMatchObject({ reason: expect.any(String) });
    expect(readTimeUnit('secondsmilliseconds')).toMatchObject({ reason: expect.any(String) });
  });

  it.each(['utcyearmonth', 'utcyearweek', 'utcquarter', 'utcmonthdatehours', 'yearmonthdate', 'day'])('floor %s as vega\'s timeunit transform does', async (timeUnit) => {
    const unit = readTimeUnit(timeUnit);
    if ('reason' in unit) throw new Error(unit.reason);
    const times = [Date.UTC(2020, 1, 29, 13, 5), Date.UTC(2023, 11, 31, 23, 59, 59), Date.UTC(1999, 0, 1), Date.UTC(2024, 6, 4, 4, 30)];
    const floor = timeFloor(unit);
    const theirs = await vegaTransform(times.map((t) => ({ t })), [{ type: 'timeunit', field: 't', units: unit.units, timezone: unit.utc ? 'utc' : 'local', as: ['u0', 'u1'] }]);
    expect(times.map((t) => floor(t).getTime())).toEqual(theirs.map((row) => (row['u0'] as Date).getTime()));
  });
});

describe('groups', () => {
  it('follow vega\'s keys: values by their text, in order of first appearance', () => {
    expect(groupRows([[1, '1', 'x', 1, null, 'null', undefined]], 7)).toEqual({ keys: new Uint32Array([0, 0, 1, 0, 2, 2, 3]), first: [0, 2, 4, 6] });
    // vega joins several fields with "|": a bar inside a value can merge two groups.
    expect(groupRows([['a|b', 'a', 'a'], ['c', 'b|c', 'c']], 3)).toEqual({ keys: new Uint32Array([0, 0, 1]), first: [0, 2] });
    expect(groupRows([], 2)).toEqual({ keys: new Uint32Array([0, 0]), first: [0] });
  });
});

describe('measures', () => {
  it('equal vega\'s aggregate transform, nulls, text and NaN included', async () => {
    const ops = MEASURE_OPS.filter((op) => op !== 'count');
    const measures: Measure[] = [{ op: 'count', field: undefined, as: 'count' }, ...ops.map((op) => ({ op, field: 'v', as: op }))];
    const { keys, first } = groupRows([rows.map((row) => row.g)], rows.length);
    const table = from(rows);
    const ours = computeMeasures(measures, { groups: keys, size: first.length, read: (field) => { const values = table.array(field) as unknown[]; return (i) => values[i]; } });
    const theirs = await vegaTransform(rows, [{ type: 'aggregate', groupby: ['g'], ops: ['count', ...ops], fields: [null, ...ops.map(() => 'v')], as: ['count', ...ops] }]);
    for (const measure of measures) expect([measure.as, ours.get(measure.as)]).toEqual([measure.as, theirs.map((row) => row[measure.as])]);
  });
});

describe('expressions', () => {
  const columns: Record<string, unknown[]> = { year: [1999, 2004, 2010], name: ['Ann', 'Bo', null], when: ['2020-03-01', '2021-07-04', ''] };
  const evaluate = (source: string) => {
    const compiled = compileExpression(source);
    if ('reason' in compiled) return compiled;
    const row = compiled.bind((field) => columns[field] ?? []);
    return [0, 1, 2].map(row);
  };

  it.each([
    'datum.year > 2000 && isValid(datum.name)',
    "indexof(['Bo', 'Cy'], datum['name']) !== -1 ? upper(datum.name) : 'other'",
    'utcyear(toDate(datum.when)) + clamp(datum.year % 7, 1, 3)',
    'inrange(datum.year, [2000, 2010]) || datum.name == null',
    'if(datum.year < 2005, -datum.year, round(sqrt(datum.year) * 100) / 100)',
  ])('evaluate %s as vega does', async (source) => {
    const rowsOf = [0, 1, 2].map((i) => Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, column[i]])));
    const theirs = await vegaTransform(rowsOf, [{ type: 'formula', expr: source, as: 'out' }]);
    expect(evaluate(source)).toEqual(theirs.map((row) => row['out']));
  });

  it('refuse what only vega can evaluate', () => {
    expect(evaluate('datum.year > threshold')).toEqual({ reason: 'the expression "datum.year > threshold" uses "threshold", which only vega can evaluate' });
    expect(evaluate('now() > 0')).toMatchObject({ reason: expect.stringContaining('now()') });
    expect(evaluate('datum.a.b')).toMatchObject({ reason: expect.stringContaining('nested field') });
    expect(evaluate('datum.year >')).toMatchObject({ reason: expect.stringContaining('does not parse') });
  });
});

describe('filter predicates', () => {
  it('become the expressions Vega-Lite compiles them to', () => {
    expect(predicateExpression({ field: 'year', equal: 2000 })).toBe('datum["year"]===2000');
    expect(predicateExpression({ field: 'name', oneOf: ['Ann', 'Bo'] })).toBe('indexof(["Ann","Bo"], datum["name"]) !== -1');
    expect(predicateExpression({ field: 'x', range: [1, null] })).toBe('datum["x"] >= 1');
    expect(predicateExpression({ and: [{ field: 'x', valid: true }, { not: 'datum.y < 3' }] })).toBe('(isValid(datum["x"]) && isFinite(+datum["x"])) && (!(datum.y < 3))');
    expect(predicateExpression({ field: 'date', timeUnit: 'year', equal: 2005 })).toMatchObject({ reason: expect.any(String) });
  });

  it('imply the parsing Vega-Lite adds for them', () => {
    expect(impliedParse({ or: [{ field: 'year', gte: 2000 }, { field: 'name', equal: 'Ann' }, { field: 'zero', equal: 0 }] })).toEqual(new Map([['year', 'number'], ['name', 'string']]));
  });
});
