import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { perUnit } from '../../src/facts/per-unit.js';
import { total } from '../../src/facts/total.js';
import { value } from '../../src/facts/value.js';
import { contingents } from './tiny-dataset.js';

const funding = value(13_000_000, { kind: 'money', unit: 'USD', label: 'US funding paused' });

describe('perUnit', () => {
  it('gives money per officer deployed, citing the officers\' rows', () => {
    const officers = total(contingents(), 'officers', { label: 'officers deployed' });
    const fact = perUnit(funding, officers, { label: 'US funding paused per officer deployed', per: 'officer' });
    expect(fact.value).toBeCloseTo(13_000_000 / 817, 9);
    expect(fact).toMatchObject({
      kind: 'money',
      unit: 'USD',
      text: '$15,911.87',
      how: '13,000,000 USD ÷ 817 officers',
      inputs: [funding, officers],
    });
    expect(fact.forms?.phrase).toBe('$15,911.87 per officer');
    expect(fact.sources.map((source) => source.rows)).toEqual([[0, 1, 2]]);
  });

  it('makes a number per unit of anything else', () => {
    const officers = value(817, { kind: 'count', unit: 'officers', label: 'officers' });
    const flights = value(3, { kind: 'count', unit: 'flights', label: 'flights' });
    expect(perUnit(officers, flights, { label: 'officers per flight', per: 'flight', locale: 'en-GB' })).toMatchObject({
      kind: 'number',
      unit: 'officers per flight',
      text: '272.33',
      forms: { full: '272.33', phrase: '272.33 officers per flight' },
    });
  });

  it('refuses a zero count', () => {
    const none = value(0, { kind: 'count', unit: 'officers', label: 'officers deployed in May' });
    expect(() => perUnit(funding, none, { label: 'x' })).toThrow(
      new FactError('cannot divide "US funding paused" by "officers deployed in May": "officers deployed in May" is zero'),
    );
  });

  it('refuses a count that is money or an amount that is a date', () => {
    expect(() => perUnit(funding, funding, { label: 'x' })).toThrow(/is a money fact; expected count or number/);
    expect(() => perUnit(value('2024-06-24', { label: 'day' }), funding, { label: 'x' })).toThrow(/is a date fact/);
  });
});
