import { describe, expect, it } from 'vitest';
import type { FactSource } from '../../src/facts/fact.js';
import { mergeSources, sourceFromRows } from '../../src/facts/source.js';
import { CBK_TUKO, QUOTES, contingents, fxRates, tinyDataset } from './tiny-dataset.js';

describe('sourceFromRows', () => {
  it('takes lines and quotes from the dataset\'s row sources', () => {
    expect(sourceFromRows(contingents(), [2, 0], { columns: ['officers'] })).toEqual({
      dataset: 'contingents',
      file: 'data/contingents.csv',
      rows: [2, 0],
      lines: [4, 2],
      quotes: [QUOTES[2], QUOTES[0]],
      columns: ['officers'],
    });
  });

  it('leaves out lines unless every row has one, and quotes no row has', () => {
    const partly = { ...contingents(), rows: [{ index: 0, line: 2 }, { index: 1 }, { index: 2, line: 4 }] };
    expect(sourceFromRows(partly, [0, 1])).toEqual({ dataset: 'contingents', file: 'data/contingents.csv', rows: [0, 1] });
  });

  it('groups the citations named in the rows themselves', () => {
    expect(sourceFromRows(fxRates(), [0, 1, 2], { cite: { source: 'source', url: 'url' } }).citations).toEqual([
      { rows: [0], source: 'Central Bank of Kenya indicative rate, reported by TUKO.co.ke', url: expect.stringContaining('587265') },
      { rows: [1, 2], source: CBK_TUKO, url: expect.stringContaining('589650') },
    ]);
    const bare = tinyDataset('t', { source: ['CBK', ''], x: [1, 2] });
    expect(sourceFromRows(bare, [0, 1], { cite: { source: 'source', url: 'url' } }).citations).toEqual([{ rows: [0], source: 'CBK' }]);
    expect(sourceFromRows(bare, [0], { cite: { source: 'publisher' } }).citations).toBeUndefined();
  });
});

describe('mergeSources', () => {
  const a: FactSource = { dataset: 'c', file: 'c.csv', rows: [2], lines: [4], quotes: ['third'], columns: ['officers'] };
  const b: FactSource = { dataset: 'c', file: 'c.csv', rows: [0, 2], lines: [2, 4], quotes: ['first', 'third'], columns: ['departed'] };
  const other: FactSource = { dataset: 'fx', file: 'fx.csv', rows: [1], citations: [{ rows: [1], source: 'CBK' }] };

  it('joins entries of one file, rows ascending, nothing twice', () => {
    expect(mergeSources([[a], [b, other], [other]])).toEqual([
      { dataset: 'c', file: 'c.csv', rows: [0, 2], lines: [2, 4], quotes: ['first', 'third'], columns: ['officers', 'departed'] },
      other,
    ]);
  });

  it('drops lines when some row\'s line is unknown', () => {
    const noLines: FactSource = { dataset: 'c', file: 'c.csv', rows: [1] };
    expect(mergeSources([[a, noLines]])).toEqual([{ dataset: 'c', file: 'c.csv', rows: [1, 2], quotes: ['third'], columns: ['officers'] }]);
  });

  it('keeps the same dataset name from two files apart, and merges citations', () => {
    const elsewhere: FactSource = { dataset: 'c', file: 'old/c.csv', rows: [0] };
    expect(mergeSources([[a], [elsewhere]]).map((source) => source.file)).toEqual(['c.csv', 'old/c.csv']);
    const more: FactSource = { dataset: 'fx', file: 'fx.csv', rows: [0], citations: [{ rows: [0], source: 'CBK' }] };
    expect(mergeSources([[other, more]])[0]?.citations).toEqual([{ rows: [0, 1], source: 'CBK' }]);
  });
});
