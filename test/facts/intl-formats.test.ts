import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../src/facts/intl-formats.js';

describe('shared Intl formatters', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const two = numberFormat('en-US', { maximumFractionDigits: 2 });
    expect(numberFormat('en-US', { maximumFractionDigits: 2 })).toBe(two);
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).not.toBe(two);
    expect(numberFormat('de-DE', { maximumFractionDigits: 2 })).not.toBe(two);
    expect(numberFormat('en-US')).toBe(numberFormat('en-US'));
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })).toBe(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }));
  });

  it('formats as a new Intl formatter does', () => {
    expect(numberFormat('en-US', { maximumFractionDigits: 2 }).format(1680.505)).toBe(new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(1680.505));
    expect(numberFormat('de-DE').format(1234.5)).toBe('1.234,5');
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 5, 24))).toBe('24 June 2024');
  });

  it('throws as Intl does on a locale or option it refuses, and keeps nothing', () => {
    expect(() => numberFormat('not a locale')).toThrow(RangeError);
    expect(() => numberFormat('not a locale')).toThrow(RangeError);
    expect(() => numberFormat('en-US', { style: 'currency' })).toThrow(TypeError);
  });

  it('keeps a bounded number of formatters', () => {
    const first = numberFormat('en-US', { minimumIntegerDigits: 1 });
    for (let digits = 2; digits <= 21; digits += 1) {
      for (const locale of ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'sw-KE', 'es-ES', 'pt-BR', 'it-IT', 'nl-NL', 'sv-SE', 'fi-FI', 'da-DK', 'nb-NO']) numberFormat(locale, { minimumIntegerDigits: digits });
    }
    // 260 formatters made since: the cache started over, so the first is made again.
    expect(numberFormat('en-US', { minimumIntegerDigits: 1 })).not.toBe(first);
  });
});
