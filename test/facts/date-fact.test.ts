import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { dateFact } from '../../src/facts/date-fact.js';
import { QUOTES, contingents, tinyDataset } from './tiny-dataset.js';

describe('dateFact', () => {
  it('reads the date of the one row selected, with its weekday', () => {
    expect(dateFact(contingents(), 'departed', { where: 'd => d.contingent === 3', label: 'third contingent left' })).toEqual({
      kind: 'date',
      value: Date.UTC(2025, 0, 18),
      unit: 'day',
      label: 'third contingent left',
      text: 'January 18, 2025',
      forms: { weekday: 'Saturday, January 18, 2025', short: 'Jan 18, 2025', iso: '2025-01-18' },
      how: 'table("contingents").filter(d => d.contingent === 3).get("departed", 0)',
      sources: [{ dataset: 'contingents', file: 'data/contingents.csv', rows: [2], lines: [4], quotes: [QUOTES[2]], columns: ['departed'] }],
      locale: 'en-US',
    });
  });

  it('writes the date in the locale asked for', () => {
    const fact = dateFact(contingents(), 'departed', { where: 'd => d.contingent === 1', label: 'x', locale: 'en-GB', weekday: true });
    expect(fact.text).toBe('Tuesday, 25 June 2024');
  });

  it('reads ISO-day strings too', () => {
    const events = tinyDataset('events', { what: ['flag-off'], on: ['2024-06-24'] });
    expect(dateFact(events, 'on', { label: 'flag-off' }).forms?.weekday).toBe('Monday, June 24, 2024');
  });

  it('needs exactly one row', () => {
    expect(() => dateFact(contingents(), 'departed', { label: 'x' })).toThrow(FactError);
    expect(() => dateFact(contingents(), 'departed', { label: 'x' })).toThrow(
      'expected "contingents" to have exactly one row without a filter, found 3',
    );
    expect(() => dateFact(contingents(), 'departed', { where: 'd => d.contingent === 4', label: 'x' })).toThrow('expected exactly one row of "contingents" to match d => d.contingent === 4, found 0');
  });

  it('names the line of a cell that is not a date', () => {
    const events = tinyDataset('events', { on: ['25,2024'] });
    expect(() => dateFact(events, 'on', { label: 'x' })).toThrow(new FactError('line 2 of "events" has no date in column "on" (got "25,2024")'));
  });
});
