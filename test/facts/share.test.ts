import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { percent, share } from '../../src/facts/share.js';
import { total } from '../../src/facts/total.js';
import { value } from '../../src/facts/value.js';
import { contingents } from './tiny-dataset.js';

const officers = (where?: string) => total(contingents(), 'officers', { label: where ?? 'all officers', where });

describe('share', () => {
  it('gives a part as a percentage of the whole, with a phrase', () => {
    const first = officers('d => d.contingent === 1');
    const all = officers();
    const fact = share(first, all);
    expect(fact.value).toBeCloseTo((400 / 817) * 100, 12);
    expect(fact).toMatchObject({
      kind: 'percent',
      unit: '%',
      label: 'd => d.contingent === 1 as a share of all officers',
      text: '49%',
      forms: { phrase: 'about half' },
      how: '400 officers ÷ 817 officers × 100',
      inputs: [first, all],
    });
  });

  it('cites the rows of both terms, once each', () => {
    const fact = share(officers('d => d.contingent === 3'), officers());
    expect(fact.sources).toEqual([
      {
        dataset: 'contingents',
        file: 'data/contingents.csv',
        rows: [0, 1, 2],
        lines: [2, 3, 4],
        quotes: contingents().rows.map((row) => row.quote),
        columns: ['officers'],
      },
    ]);
  });

  it('is also called percent, and formats in the locale asked for', () => {
    const part = value(1, { kind: 'count', unit: 'x', label: 'one' });
    const whole = value(8, { kind: 'count', unit: 'x', label: 'eight' });
    expect(percent(part, whole, { label: 'an eighth', locale: 'de-DE' })).toMatchObject({ value: 12.5, text: '12,5\u00a0%', label: 'an eighth' });
  });

  it('refuses a zero whole, naming both facts', () => {
    const zero = value(0, { kind: 'count', unit: 'officers', label: 'officers in Haiti before June' });
    expect(() => share(officers(), zero)).toThrow(
      new FactError('cannot divide "all officers" by "officers in Haiti before June": "officers in Haiti before June" is zero'),
    );
  });

  it('refuses terms in different units or of a kind that has no share', () => {
    const usd = value(13_000_000, { kind: 'money', unit: 'USD', label: 'funding' });
    expect(() => share(officers(), usd)).toThrow(/different kinds of value/);
    const kes = value(1, { kind: 'money', unit: 'KES', label: 'shillings' });
    expect(() => share(usd, kes)).toThrow(/"funding" \(USD\) and "shillings" \(KES\): their units differ/);
    const day = value('2024-06-24', { label: 'flag-off' });
    expect(() => share(day, day)).toThrow(/"flag-off" is a date fact; expected count or number or money or duration/);
  });
});
