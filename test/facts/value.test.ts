import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { value } from '../../src/facts/value.js';

describe('value', () => {
  it('states a figure by hand', () => {
    expect(value(13_000_000, { kind: 'money', unit: 'USD', label: 'US funding paused', id: 'funding' })).toEqual({
      id: 'funding',
      kind: 'money',
      value: 13_000_000,
      unit: 'USD',
      label: 'US funding paused',
      text: '$13 million',
      forms: { full: '$13,000,000', short: '$13M', long: '13 million US dollars', newsroom: '$13 million' },
      how: 'stated',
      sources: [],
      locale: 'en-US',
    });
  });

  it('takes a date as an ISO day or a Date, in any locale', () => {
    const fromString = value('2024-06-24', { label: 'flag-off', locale: 'en-GB' });
    expect(fromString).toMatchObject({ kind: 'date', unit: 'day', value: Date.UTC(2024, 5, 24), text: '24 June 2024' });
    expect(value(new Date(Date.UTC(2024, 5, 24)), { label: 'flag-off', weekday: true }).text).toBe('Monday, June 24, 2024');
    expect(value(Date.UTC(2024, 5, 24), { kind: 'date', label: 'flag-off' }).forms?.iso).toBe('2024-06-24');
  });

  it('keeps the how and sources it is given', () => {
    const sources = [{ dataset: 'article', file: 'article.txt', rows: [], quotes: ['More than $13 million(sh17.71 billion)'] }];
    const fact = value(17_710_000_000, { kind: 'money', unit: 'KES', label: 'as printed', how: 'quoted from the article', sources });
    expect([fact.how, fact.sources]).toEqual(['quoted from the article', sources]);
  });

  it('rejects values that are not what their kind needs', () => {
    expect(() => value('2024-06-31', { label: 'no such day' })).toThrow(FactError);
    expect(() => value('13 million', { kind: 'money', unit: 'USD', label: 'funding' })).toThrow(/"funding" is a money fact, so its value must be a number/);
    expect(() => value(Number.NaN, { label: 'nothing' })).toThrow(/the value of "nothing" is NaN, not a finite number/);
    expect(() => value(1, { kind: 'money', unit: 'usd', label: 'x' })).toThrow(/not an ISO 4217 currency code/);
  });
});
