import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { cumulative } from '../../src/facts/cumulative.js';
import { QUOTES, contingents, day, tinyDataset } from './tiny-dataset.js';

describe('cumulative', () => {
  it('adds a running total in date order, for a step chart', () => {
    const result = cumulative(contingents(), { value: 'officers', order: 'departed' });
    expect(result.objects()).toEqual([
      { contingent: 1, officers: 400, departed: day('2024-06-25'), cumulative_officers: 400 },
      { contingent: 2, officers: 200, departed: day('2024-07-16'), cumulative_officers: 600 },
      { contingent: 3, officers: 217, departed: day('2025-01-18'), cumulative_officers: 817 },
    ]);
    expect([result.name, result.file]).toEqual(['contingents-cumulative', 'data/contingents.csv']);
    expect(result.schema.cumulative_officers).toEqual({
      type: 'integer',
      unit: 'officers',
      description: 'running total of officers, in order of departed',
    });
    expect(result.meta.description).toBe(
      'running total of officers, in order of departed: ' +
        'table("contingents").orderby("departed").derive({cumulative_officers: aq.rolling(d => op.sum(d["officers"]))})',
    );
  });

  it('moves each row\'s source along with the row', () => {
    const shuffled = tinyDataset(
      'contingents',
      { officers: [217, 400, 200], departed: [day('2025-01-18'), day('2024-06-25'), day('2024-07-16')] },
      { quotes: [QUOTES[2], QUOTES[0], QUOTES[1]] },
    );
    const result = cumulative(shuffled, { value: 'officers', order: ['departed'], as: 'deployed', name: 'deployed' });
    expect(result.objects().map((row) => row.deployed)).toEqual([400, 600, 817]);
    expect(result.rows).toEqual([
      { index: 0, line: 3, quote: QUOTES[0] },
      { index: 1, line: 4, quote: QUOTES[1] },
      { index: 2, line: 2, quote: QUOTES[2] },
    ]);
    expect(result.table.numRows()).toBe(3);
    expect(shuffled.table.isOrdered()).toBe(false);
  });

  it('keeps the currency of a money column and drops bounds a sum may pass', () => {
    const grants = tinyDataset('grants', { usd: [5, 8], on: ['2025-01-01', '2025-02-01'] }, {
      schema: { usd: { type: 'money', currency: 'USD', max: 10 }, on: { type: 'date' } },
    });
    expect(cumulative(grants, { value: 'usd', order: 'on' }).schema.cumulative_usd).toEqual({
      type: 'money',
      currency: 'USD',
      description: 'running total of usd, in order of on',
    });
  });

  it('orders an already ordered table by the order asked for', () => {
    const base = contingents();
    // In table order (officers descending): contingent 1 (line 2), 3 (line 4), 2 (line 3).
    const rows = [0, 2, 1].map((i, index) => ({ ...base.rows[i], index }));
    const ordered = { ...base, table: base.table.orderby(aq.desc('officers')), rows };
    const result = cumulative(ordered, { value: 'officers', order: 'contingent' });
    expect(result.objects().map((row) => row.cumulative_officers)).toEqual([400, 600, 817]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3, 4]);
  });

  it('refuses a missing column, a name already taken, and a cell with no number', () => {
    expect(() => cumulative(contingents(), { value: 'men', order: 'departed' })).toThrow(/has no column "men"/);
    const taken = () => cumulative(contingents(), { value: 'officers', order: 'departed', as: 'officers' });
    expect(taken).toThrow(FactError);
    expect(taken).toThrow('dataset "contingents" already has a column "officers"');
    const holes = tinyDataset('t', { n: [1, undefined], i: [1, 2] });
    expect(() => cumulative(holes, { value: 'n', order: 'i' })).toThrow('line 3 of "t" has no number in column "n" (got an empty cell)');
  });
});
