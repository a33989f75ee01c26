import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { total } from '../../src/facts/total.js';
import { QUOTES, contingents, tinyDataset } from './tiny-dataset.js';

describe('total', () => {
  it('sums a column over every row, citing every row', () => {
    expect(total(contingents(), 'officers', { label: 'officers deployed' })).toEqual({
      kind: 'count',
      value: 817,
      unit: 'officers',
      label: 'officers deployed',
      text: '817',
      forms: { full: '817' },
      how: 'table("contingents").rollup({total: op.sum("officers")})',
      sources: [{ dataset: 'contingents', file: 'data/contingents.csv', rows: [0, 1, 2], lines: [2, 3, 4], quotes: QUOTES, columns: ['officers'] }],
      locale: 'en-US',
    });
  });

  it('sums only the rows a string filter selects, and cites only those', () => {
    const fact = total(contingents(), 'officers', { where: 'd => d.officers > 200', label: 'officers in large contingents', id: 'large' });
    expect(fact.id).toBe('large');
    expect(fact.value).toBe(617);
    expect(fact.how).toBe('table("contingents").filter(d => d.officers > 200).rollup({total: op.sum("officers")})');
    expect(fact.sources).toEqual([
      { dataset: 'contingents', file: 'data/contingents.csv', rows: [0, 2], lines: [2, 4], quotes: [QUOTES[0], QUOTES[2]], columns: ['officers'] },
    ]);
  });

  it('takes a function filter and parameters', () => {
    const fact = total(contingents(), 'officers', {
      where: (d, $) => d.contingent >= $.from,
      params: { from: 2 },
      label: 'officers after the first contingent',
    });
    expect(fact.value).toBe(417);
    expect(fact.sources[0]?.rows).toEqual([1, 2]);
    expect(fact.how).toMatch(/^table\("contingents"\)\.params\(\{"from":2\}\)\.filter\(.*d\.contingent >= \$\.from\)\.rollup/);
  });

  it('takes an escaped function, closures included, and says so in how', () => {
    const min = 300;
    const fact = total(contingents(), 'officers', { where: aq.escape((d: { officers: number }) => d.officers > min), label: 'x' });
    expect([fact.value, fact.how]).toEqual([400, 'table("contingents").filter(aq.escape(…)).rollup({total: op.sum("officers")})']);
  });

  it('does not set parameters on the dataset\'s own table', () => {
    const dataset = contingents();
    total(dataset, 'officers', { where: (d, $) => d.officers > $.min, params: { min: 1 }, label: 'x' });
    expect(dataset.table.params()).toBeUndefined();
  });

  it('counts row positions in the table\'s order when the table is ordered or filtered', () => {
    const base = contingents();
    const dataset = { ...base, table: base.table.orderby(aq.desc('officers')) };
    expect(total(dataset, 'officers', { where: 'd => d.officers < 300', label: 'x' }).sources[0]?.rows).toEqual([1, 2]);
  });

  it('takes kind and unit from a money column', () => {
    const grants = tinyDataset('grants', { usd: [10_000_000, 3_000_000] }, { schema: { usd: { type: 'money', currency: 'USD' } } });
    const fact = total(grants, 'usd', { label: 'grants' });
    expect([fact.kind, fact.unit, fact.text]).toEqual(['money', 'USD', '$13 million']);
  });

  it('sums a column without a schema as a number named after the column', () => {
    const fact = total(tinyDataset('t', { x: [1.5, 2.25] }), 'x', { label: 'x' });
    expect([fact.kind, fact.unit, fact.value]).toEqual(['number', 'x', 3.75]);
  });

  it('formats in the locale asked for', () => {
    const big = tinyDataset('b', { n: [1_000_000, 680_510] }, { schema: { n: { type: 'integer' } } });
    expect(total(big, 'n', { label: 'n', locale: 'de-DE' }).text).toBe('1,68 Millionen');
  });

  it('refuses an empty selection unless allowed', () => {
    expect(() => total(contingents(), 'officers', { where: 'd => d.officers > 1000', label: 'x' })).toThrow(
      new FactError('no rows of "contingents" match d => d.officers > 1000'),
    );
    const empty = total(contingents(), 'officers', { where: 'd => d.officers > 1000', label: 'x', allowEmpty: true });
    expect([empty.value, empty.sources[0]?.rows]).toEqual([0, []]);
  });

  it('names the line of a cell that holds no number', () => {
    const dataset = tinyDataset('t', { n: [1, null, 3] });
    expect(() => total(dataset, 'n', { label: 'n' })).toThrow(new FactError('line 3 of "t" has no number in column "n" (got an empty cell)'));
  });

  it('rejects a missing column, a column that is not numeric, and a filter Arquero cannot read', () => {
    expect(() => total(contingents(), 'men', { label: 'x' })).toThrow(/no column "men" \(its columns: "contingent", "officers", "departed"\)/);
    expect(() => total(contingents(), 'departed', { label: 'x' })).toThrow(/holds date values, which cannot be summed/);
    const bad = () => total(contingents(), 'officers', { where: 'd => d.men > 1', label: 'x' });
    expect(bad).toThrow(FactError);
    expect(bad).toThrow(/cannot select rows of "contingents" with d => d.men > 1: Invalid column reference/);
  });
});
