import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { difference } from '../../src/facts/difference.js';
import { value } from '../../src/facts/value.js';

const officers = (n: number, label: string) => value(n, { kind: 'count', unit: 'officers', label });

describe('difference', () => {
  it('subtracts, with change and percent-change forms', () => {
    const first = officers(400, 'first contingent');
    const third = officers(217, 'third contingent');
    expect(difference(first, third)).toEqual({
      kind: 'count',
      value: 183,
      unit: 'officers',
      label: 'first contingent minus third contingent',
      text: '183',
      forms: { full: '183', change: '183 more', percentChange: '+84.3%' },
      how: '400 officers − 217 officers',
      sources: [],
      inputs: [first, third],
      locale: 'en-US',
    });
    expect(difference(third, first).forms).toEqual({ full: '-183', change: '183 fewer', percentChange: '-45.8%' });
    expect(difference(first, first).forms?.change).toBe('the same');
  });

  it('says "less" of money, in the currency', () => {
    const a = value(10_000_000, { kind: 'money', unit: 'USD', label: 'a' });
    const b = value(13_000_000, { kind: 'money', unit: 'USD', label: 'b' });
    expect(difference(a, b, { label: 'shortfall' })).toMatchObject({ value: -3_000_000, text: '-$3 million', label: 'shortfall' });
    expect(difference(a, b).forms?.change).toBe('$3 million less');
  });

  it('gives the difference of two percentages in percentage points', () => {
    const a = value(12.5, { kind: 'percent', unit: '%', label: 'a' });
    const b = value(10, { kind: 'percent', unit: '%', label: 'b' });
    expect(difference(a, b)).toMatchObject({ kind: 'number', value: 2.5, unit: 'percentage points', text: '2.5' });
  });

  it('leaves out the percent change from zero', () => {
    expect(difference(officers(5, 'a'), officers(0, 'b')).forms).toEqual({ full: '5', change: '5 more' });
  });

  it('refuses dates (pointing to span) and terms in different units', () => {
    const day = value('2024-06-24', { label: 'flag-off' });
    expect(() => difference(day, day)).toThrow(FactError);
    try {
      difference(day, day);
    } catch (error) {
      expect((error as FactError).hint).toMatch(/span\(from, to\)/);
    }
    expect(() => difference(officers(1, 'a'), value(1, { kind: 'count', unit: 'soldiers', label: 'b' }))).toThrow(/units differ/);
  });
});
