import { describe, expect, it } from 'vitest';
import { compare } from '../../src/charts/compare.js';
import type { Fact } from '../../src/facts/fact.js';

const stated: Fact = {
  kind: 'money',
  value: 17_710_000_000,
  unit: 'KES',
  label: 'paused US funding, in shillings as stated',
  how: 'funding.stated_kes',
  sources: [{ dataset: 'funding', file: 'funding.csv', rows: [0], columns: ['stated_kes'] }],
  text: 'KSh 17.71 billion',
};
const converted: Fact = {
  ...stated,
  value: 1_680_510_000,
  label: 'paused US funding at the rate of May 8, 2025',
  how: 'funding.amount_usd × fx.kes_per_usd',
  sources: [stated.sources[0]!, { dataset: 'fx-usd-kes', file: 'fx-usd-kes.csv', rows: [1], columns: ['kes_per_usd'] }],
  text: 'KSh 1.68 billion',
};

describe('compare', () => {
  it('draws two labelled bars, one colour each, from two facts', () => {
    const chart = compare(stated, converted, { title: 'Ten times too much', labels: ['As stated', "At the day's rate"] });
    expect(chart.data).toEqual([
      { item: 'As stated', amount: 17_710_000_000, text: 'KSh 17.71 billion' },
      { item: "At the day's rate", amount: 1_680_510_000, text: 'KSh 1.68 billion' },
    ]);
    expect(chart.spec).toHaveProperty('encoding.y', { field: 'item', type: 'nominal', sort: null, title: null, axis: { ticks: false } });
    expect(chart.spec).toHaveProperty('encoding.x.field', 'amount');
    expect(chart.spec).toHaveProperty('encoding.x.title', 'amount');
    expect(chart.spec).toHaveProperty('layer.0.encoding.color', { field: 'item', type: 'nominal', legend: null });
    expect(chart.spec).toHaveProperty('layer.1.encoding.text', { field: 'text', type: 'nominal' });
  });

  it('credits both facts, naming shared rows once', () => {
    const chart = compare(stated, converted, { title: 'Ten times too much' });
    expect(chart.sources).toEqual([stated.sources[0], converted.sources[1]]);
  });

  it('labels plain amounts in words past a million', () => {
    const chart = compare({ label: 'Stated', value: 17_710_000_000 }, { label: 'Converted', value: 950 }, { title: 'Amounts', measure: 'shillings' });
    expect(chart.data).toEqual([
      { item: 'Stated', amount: 17_710_000_000, text: '17.7 billion' },
      { item: 'Converted', amount: 950, text: '950' },
    ]);
    expect(chart.spec).toHaveProperty('encoding.x.title', 'shillings');
  });
});
