import { describe, expect, it } from 'vitest';
import { count } from '../../src/facts/count.js';
import { contingents, tinyDataset } from './tiny-dataset.js';

describe('count', () => {
  it('counts every row by default', () => {
    expect(count(contingents())).toEqual({
      kind: 'count',
      value: 3,
      unit: 'rows',
      label: 'rows of contingents',
      text: '3',
      forms: { full: '3' },
      how: 'table("contingents").rollup({count: op.count()})',
      sources: [
        {
          dataset: 'contingents',
          file: 'data/contingents.csv',
          rows: [0, 1, 2],
          lines: [2, 3, 4],
          quotes: contingents().rows.map((row) => row.quote),
        },
      ],
      locale: 'en-US',
    });
  });

  it('counts the rows a filter selects and cites them', () => {
    const fact = count(contingents(), { where: 'd => d.officers >= 217', label: 'contingents of 217 or more', unit: 'contingents' });
    expect([fact.value, fact.unit, fact.sources[0]?.rows, fact.how]).toEqual([
      2,
      'contingents',
      [0, 2],
      'table("contingents").filter(d => d.officers >= 217).rollup({count: op.count()})',
    ]);
  });

  it('counts zero rows without complaint and leaves out lines it does not know', () => {
    expect(count(contingents(), { where: 'd => d.officers > 1000' }).value).toBe(0);
    expect(count(tinyDataset('t', { x: [1, 2] }, { lines: false })).sources).toEqual([{ dataset: 't', file: 't.csv', rows: [0, 1] }]);
  });
});
