import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import { span } from '../../src/facts/span.js';
import { value } from '../../src/facts/value.js';

const flagOff = value('2024-06-24', { label: 'flag-off' });
const pressRelease = value('2025-05-08', { label: 'press release' });

describe('span', () => {
  it('counts days by default', () => {
    const arrival = value('2024-07-17', { label: 'arrival' });
    expect(span(flagOff, arrival)).toEqual({
      kind: 'duration',
      value: 23,
      unit: 'days',
      label: 'time from flag-off to arrival',
      text: '23 days',
      forms: { exact: '23 days', relative: '23 days after' },
      how: 'days from 2024-06-24 to 2024-07-17',
      sources: [],
      inputs: [flagOff, arrival],
      locale: 'en-US',
    });
  });

  it('counts calendar months for "months after"', () => {
    const fact = span(flagOff, pressRelease, { unit: 'months', label: 'months from flag-off to press release' });
    expect(fact.value).toBeCloseTo(10 + 14 / 30, 12);
    expect([fact.text, fact.forms?.exact, fact.forms?.relative]).toEqual(['about 10 months', '10.5 months', 'about 10 months after']);
  });

  it('counts weeks, and runs backwards when the second date is earlier', () => {
    expect(span(flagOff, value('2024-07-08', { label: 'x' }), { unit: 'weeks' }).text).toBe('2 weeks');
    expect(span(pressRelease, flagOff, { unit: 'days' })).toMatchObject({ value: -318, forms: { relative: '318 days before' } });
  });

  it('inherits the locale of its inputs', () => {
    const german = value('2024-06-24', { label: 'a', locale: 'de-DE' });
    expect(span(german, pressRelease)).toMatchObject({ locale: 'de-DE', text: '318 Tage' });
  });

  it('needs two dates', () => {
    expect(() => span(flagOff, value(3, { label: 'three' }))).toThrow(new FactError('"three" is a number fact; expected date'));
  });
});
