import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { ratio } from '../../src/facts/ratio.js';
import { value } from '../../src/facts/value.js';

const usd = (amount: number, label: string) => value(amount, { kind: 'money', unit: 'USD', label });

describe('ratio', () => {
  it('divides two facts and phrases the result', () => {
    const a = usd(13_000_000, 'US funding paused');
    const b = usd(13_000_000 / 10.5, 'another pledge');
    expect(ratio(a, b)).toEqual({
      kind: 'ratio',
      value: 10.5,
      unit: '×',
      label: 'US funding paused relative to another pledge',
      text: '10.5 times',
      forms: { phrase: 'about 10 times' },
      how: '13,000,000 USD ÷ 1,238,095.238095 USD',
      sources: [],
      inputs: [a, b],
      locale: 'en-US',
    });
  });

  it.each([
    [200, 400, 'half'],
    [204, 200, 'about the same'],
    [400, 200, 'twice'],
  ])('%s against %s reads "%s"', (a, b, phrase) => {
    const fact = ratio(value(a, { kind: 'count', unit: 'officers', label: 'a' }), value(b, { kind: 'count', unit: 'officers', label: 'b' }));
    expect(fact.forms?.phrase).toBe(phrase);
  });

  it('by zero throws a FactError naming both facts', () => {
    const officers = value(817, { kind: 'count', unit: 'officers', label: 'officers deployed' });
    const none = value(0, { kind: 'count', unit: 'officers', label: 'officers from Jamaica' });
    expect(() => ratio(officers, none)).toThrow(FactError);
    expect(() => ratio(officers, none)).toThrow('cannot divide "officers deployed" by "officers from Jamaica": "officers from Jamaica" is zero');
  });

  it('refuses money against officers and points to perUnit', () => {
    const officers = value(817, { kind: 'count', unit: 'officers', label: 'officers' });
    const funding = usd(13_000_000, 'funding');
    expect(() => ratio(funding, officers)).toThrow(/different kinds of value/);
    try {
      ratio(usd(1, 'a'), value(1, { kind: 'money', unit: 'KES', label: 'b' }));
    } catch (error) {
      expect((error as FactError).hint).toMatch(/perUnit/);
    }
    expect.assertions(2);
  });
});
