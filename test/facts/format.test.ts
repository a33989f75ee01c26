import { describe, expect, it } from 'vitest';
import { FactError } from '../../src/errors.js';
import type { Fact } from '../../src/facts/fact.js';
import { formatFact, formatValue } from '../../src/facts/format.js';

const money = (value: number, unit: string) => ({ kind: 'money' as const, value, unit });
const june24 = Date.UTC(2024, 5, 24);

// Intl joins a currency code or symbol to its number with a no-break space (U+00A0), so an amount
// never breaks across lines; the tests spell it out.
describe('formatValue: money', () => {
  it('writes millions and billions in words with the currency symbol', () => {
    expect(formatValue(money(13_000_000, 'USD'), { locale: 'en-US' }).text).toBe('$13 million');
    expect(formatValue(money(1_680_510_000, 'KES'), { locale: 'en-US' }).text).toBe('KSh\u00a01.68 billion');
  });

  it('offers the newsroom style the article uses, and falls back to the symbol for other currencies', () => {
    expect(formatValue(money(1_680_510_000, 'KES'), { currencyStyle: 'newsroom' }).text).toBe('sh1.68 billion');
    expect(formatValue(money(13_000_000, 'USD'), { currencyStyle: 'newsroom' }).text).toBe('$13 million');
    expect(formatValue(money(13_000_000, 'EUR'), { currencyStyle: 'newsroom' }).text).toBe('€13 million');
    expect(formatValue(money(-1_680_510_000, 'KES'), { currencyStyle: 'newsroom' }).text).toBe('-sh1.68 billion');
  });

  it('writes codes and names on request', () => {
    expect(formatValue(money(1_680_510_000, 'KES'), { currencyStyle: 'code' }).text).toBe('KES\u00a01.68 billion');
    expect(formatValue(money(1_680_510_000, 'KES'), { currencyStyle: 'name' }).text).toBe('1.68 billion Kenyan shillings');
  });

  it('follows the locale for symbol, spacing and order', () => {
    expect(formatValue(money(13_000_000, 'USD'), { locale: 'en-GB' }).text).toBe('US$13 million');
    expect(formatValue(money(13_000_000, 'USD'), { locale: 'de-DE' }).text).toBe('13 Millionen\u00a0$');
    expect(formatValue(money(-13_000_000, 'USD'), { locale: 'en-US' }).text).toBe('-$13 million');
  });

  it('lets the caller choose symbols, threshold and precision', () => {
    expect(formatValue(money(1_680_510_000, 'KES'), { symbols: { KES: 'Ksh' } }).text).toBe('Ksh\u00a01.68 billion');
    expect(formatValue(money(1_680_510_000, 'KES'), { symbols: {} }).text).toBe('KES\u00a01.68 billion');
    expect(formatValue(money(17_710_000_000, 'KES'), { currencyStyle: 'newsroom', significantDigits: 4 }).text).toBe('sh17.71 billion');
    expect(formatValue(money(13_000_000, 'USD'), { compactFrom: Infinity }).text).toBe('$13,000,000');
  });

  it('prints small amounts in full, with cents only when there are any', () => {
    expect(formatValue(money(15_911.872705, 'USD'), {}).text).toBe('$15,911.87');
    expect(formatValue(money(817, 'USD'), {}).text).toBe('$817');
  });

  it('gives full, short, long and newsroom forms', () => {
    expect(formatValue(money(1_680_510_000, 'KES'), { locale: 'en-US' }).forms).toEqual({
      full: 'KSh\u00a01,680,510,000',
      short: 'KSh\u00a01.68B',
      long: '1.68 billion Kenyan shillings',
      newsroom: 'sh1.68 billion',
    });
  });

  it('rejects a unit that is not a currency code', () => {
    expect(() => formatValue(money(1, 'dollars'), {})).toThrow(FactError);
    expect(() => formatValue(money(1, 'dollars'), {})).toThrow(/"dollars" is not an ISO 4217 currency code/);
  });
});

describe('formatValue: numbers, percentages and ratios', () => {
  it('writes counts in full below a million and in words above', () => {
    expect(formatValue({ kind: 'count', value: 817, unit: 'officers' }, {})).toEqual({ text: '817', forms: { full: '817' } });
    expect(formatValue({ kind: 'count', value: 1_680_510, unit: 'people' }, {})).toEqual({
      text: '1.68 million',
      forms: { full: '1,680,510' },
    });
    expect(formatValue({ kind: 'count', value: 13_000, unit: 'people' }, { locale: 'de-DE' }).text).toBe('13.000');
  });

  it('keeps two decimals for numbers', () => {
    expect(formatValue({ kind: 'number', value: 129.274, unit: 'KES/USD' }, {}).text).toBe('129.27');
    expect(formatValue({ kind: 'number', value: 129.27, unit: 'KES/USD' }, { locale: 'fr-FR' }).text).toBe('129,27');
  });

  it('writes percentages with one decimal and a phrase', () => {
    expect(formatValue({ kind: 'percent', value: 12.5, unit: '%' }, {})).toEqual({ text: '12.5%', forms: { phrase: 'about 12%' } });
    expect(formatValue({ kind: 'percent', value: 50, unit: '%' }, {}).forms).toEqual({ phrase: 'half' });
    expect(formatValue({ kind: 'percent', value: 12.5, unit: '%' }, { locale: 'de-DE' }).text).toBe('12,5\u00a0%');
  });

  it('writes ratios as "times" with a phrase', () => {
    expect(formatValue({ kind: 'ratio', value: 10.5, unit: '×' }, {})).toEqual({ text: '10.5 times', forms: { phrase: 'about 10 times' } });
  });
});

describe('formatValue: dates and durations', () => {
  it('writes dates in the locale, in UTC', () => {
    expect(formatValue({ kind: 'date', value: june24, unit: 'day' }, { locale: 'en-US' })).toEqual({
      text: 'June 24, 2024',
      forms: { weekday: 'Monday, June 24, 2024', short: 'Jun 24, 2024', iso: '2024-06-24' },
    });
    expect(formatValue({ kind: 'date', value: june24, unit: 'day' }, { locale: 'en-GB' }).text).toBe('24 June 2024');
  });

  it('puts the weekday in the text on request', () => {
    expect(formatValue({ kind: 'date', value: june24, unit: 'day' }, { weekday: true }).text).toBe('Monday, June 24, 2024');
  });

  it('writes whole durations exactly and others with "about"', () => {
    expect(formatValue({ kind: 'duration', value: 23, unit: 'days' }, {})).toEqual({
      text: '23 days',
      forms: { exact: '23 days', relative: '23 days after' },
    });
    expect(formatValue({ kind: 'duration', value: 6.8, unit: 'months' }, {})).toEqual({
      text: 'about 7 months',
      forms: { exact: '6.8 months', relative: 'about 7 months after' },
    });
    expect(formatValue({ kind: 'duration', value: -3, unit: 'weeks' }, {}).forms?.relative).toBe('3 weeks before');
    expect(formatValue({ kind: 'duration', value: 1, unit: 'days' }, {}).text).toBe('1 day');
    expect(formatValue({ kind: 'duration', value: 0.4, unit: 'months' }, {}).text).toBe('about 0.4 months');
  });
});

describe('formatFact', () => {
  const fact: Fact = {
    kind: 'date',
    value: june24,
    unit: 'day',
    label: 'flag-off',
    how: 'stated',
    sources: [],
    text: 'June 24, 2024',
    forms: { weekday: 'Monday, June 24, 2024', short: 'Jun 24, 2024', iso: '2024-06-24', note: 'kept' },
    locale: 'en-US',
  };

  it('returns a new fact written in another locale, keeping forms it does not make', () => {
    const british = formatFact(fact, { locale: 'en-GB' });
    expect(british).toEqual({
      ...fact,
      text: '24 June 2024',
      forms: { weekday: 'Monday, 24 June 2024', short: '24 Jun 2024', iso: '2024-06-24', note: 'kept' },
      locale: 'en-GB',
    });
    expect(fact.text).toBe('June 24, 2024');
  });

  it("defaults to the fact's own locale", () => {
    expect(formatFact({ ...fact, locale: 'en-GB' }, { weekday: true }).text).toBe('Monday, 24 June 2024');
    const { locale: _, ...withoutLocale } = fact;
    expect(formatFact(withoutLocale).locale).toBe('en-US');
  });
});
