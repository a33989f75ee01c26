import { describe, expect, it } from 'vitest';
import { fractionPhrase, ratioPhrase } from '../../src/facts/phrase.js';

const en = { locale: 'en-US' };

describe('ratioPhrase', () => {
  it.each([
    [10.5, 'about 10 times'],
    [11.5, 'about 11 times'],
    [10.6, 'about 11 times'],
    [3, '3 times'],
    [1.5, '1.5 times'],
    [1.26, 'about 1.3 times'],
    [2, 'twice'],
    [2.04, 'about twice'],
    [1, 'the same'],
    [1.02, 'about the same'],
    [0.97, 'about the same'],
    [0.5, 'half'],
    [0.49, 'about half'],
    [0.25, 'a quarter'],
    [0.32, 'about a third'],
    [0.7, 'about two-thirds'],
    [0.12, '12%'],
    [0.123, 'about 12%'],
    [0, '0 times'],
  ])('%s reads "%s"', (ratio, phrase) => {
    expect(ratioPhrase(ratio, en)).toBe(phrase);
  });

  it('writes numbers in the locale', () => {
    expect(ratioPhrase(1.5, { locale: 'de-DE' })).toBe('1,5 times');
  });

  it('takes a tolerance for "about"', () => {
    expect(ratioPhrase(1.08, { ...en, tolerance: 0.1 })).toBe('about the same');
    expect(ratioPhrase(1.08, en)).toBe('about 1.1 times');
  });
});

describe('fractionPhrase', () => {
  it('names the nearest round fraction, or gives a percentage', () => {
    expect(fractionPhrase(0.1, en)).toBe('a tenth');
    expect(fractionPhrase(0.76, en)).toBe('about three-quarters');
    expect(fractionPhrase(0.418, en)).toBe('about 42%');
    expect(fractionPhrase(0.42, en)).toBe('42%');
    expect(fractionPhrase(0.42, { locale: 'fr-FR' })).toBe('42\u00a0%');
  });
});
