import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact.js';
import { factsToJSON } from '../../src/facts/facts-to-json.js';
import { convert } from '../../src/facts/convert.js';
import { value } from '../../src/facts/value.js';
import { fxRates } from './tiny-dataset.js';

const fact: Fact = {
  id: 'officers',
  kind: 'count',
  value: 817,
  unit: 'officers',
  label: 'officers deployed',
  text: '817',
  forms: { short: '817', full: '817' },
  how: 'table("contingents").rollup({total: op.sum("officers")})',
  sources: [{ dataset: 'contingents', file: 'data/contingents.csv', rows: [0, 1, 2], lines: [2, 3, 4] }],
  locale: 'en-US',
};

/** The same fact with its keys (and those of its parts) written in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversed(inner)]));
}

describe('factsToJSON', () => {
  it('writes facts with their keys in a fixed order and forms sorted', () => {
    const json = factsToJSON([reversed(fact) as Fact]);
    expect(json).toBe(`${JSON.stringify([{ ...fact, forms: { full: '817', short: '817' } }], null, 2)}\n`);
    expect(Object.keys(JSON.parse(json)[0])).toEqual(['id', 'kind', 'value', 'unit', 'label', 'text', 'forms', 'how', 'sources', 'locale']);
  });

  it('does not depend on the order keys were written in, down to inputs and citations', () => {
    const funding = value(13_000_000, { kind: 'money', unit: 'USD', label: 'US funding paused' });
    const converted = convert(funding, { to: 'KES', rates: fxRates(), on: '2025-05-10' });
    expect(factsToJSON([reversed(converted) as Fact])).toBe(factsToJSON([converted]));
    const [parsed] = JSON.parse(factsToJSON([converted]));
    expect(Object.keys(parsed.sources[0].citations[0])).toEqual(['source', 'url', 'rows']);
    expect(Object.keys(parsed.inputs[1].sources[0])).toEqual(['dataset', 'file', 'rows', 'lines', 'columns', 'citations']);
    expect(JSON.parse(factsToJSON([converted]))).toEqual([converted]);
  });

  it('puts unknown keys last, sorted, and leaves out undefined ones', () => {
    const extra = { ...fact, zeta: 1, alpha: 2, inputs: undefined } as Fact;
    expect(Object.keys(JSON.parse(factsToJSON([extra]))[0]).slice(-3)).toEqual(['locale', 'alpha', 'zeta']);
  });

  it('takes an indentation', () => {
    expect(factsToJSON([], { space: 0 })).toBe('[]\n');
    expect(factsToJSON([fact], { space: 0 }).split('\n')).toHaveLength(2);
  });
});
