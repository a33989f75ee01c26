import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/checks/check.js';
import { claim } from '../../src/checks/claim.js';
import { fact, officers } from './make-facts.js';

const funding = fact('money', 13_000_000, 'USD', 'US funding paused', '$13 million');

describe('figures against a fact', () => {
  it('holds a count to the exact number', () => {
    expect(checkClaim(claim('400 officers', { expect: officers(400, 'first contingent') })).verdict).toBe('supported');
    expect(checkClaim(claim('401 officers', { expect: officers(400, 'first contingent') }))).toMatchObject({
      verdict: 'contradicted',
      explanation: 'The data give 400 (first contingent), not "401 officers": 1 too many (+0.3%).',
      difference: { absolute: 1, unit: 'officers' },
    });
    expect(checkClaim(claim('399', { expect: officers(400, 'first contingent') })).explanation).toContain('1 too few');
  });

  it('holds an amount in words to its rounding', () => {
    const near = (value: number) => checkClaim(claim('$13 million', { expect: { ...funding, value } }));
    expect(near(12_500_000)).toMatchObject({ verdict: 'supported', accepted: { low: 12_500_000, high: 13_500_000 } });
    expect(near(13_400_000).explanation).toBe('"$13 million" covers $12.5 million to $13.5 million, and the data give $13.4 million (US funding paused).');
    expect(near(13_600_000).verdict).toBe('contradicted');
    expect(checkClaim(claim('sh17.71 billion', { expect: fact('money', 17_714_000_000, 'KES', 'x', 'KSh 17.7 billion') })).verdict).toBe('supported');
  });

  it('reads "more than" as a lower bound and "up to" as an upper one', () => {
    const check = (text: string, value: number) => checkClaim(claim(text, { expect: { ...funding, value } })).verdict;
    expect(check('More than $13 million', 13_000_000)).toBe('supported');
    expect(check('More than $13 million', 40_000_000)).toBe('supported');
    expect(check('More than $13 million', 12_900_000)).toBe('contradicted');
    expect(check('up to $13 million', 12_000_000)).toBe('supported');
    expect(check('up to $13 million', 13_100_000)).toBe('contradicted');
  });

  it('allows "about" a tenth either way and "nearly" a tenth below', () => {
    const check = (text: string, value: number) => checkClaim(claim(text, { expect: officers(value, 'officers') })).verdict;
    expect(check('about 800', 880)).toBe('supported');
    expect(check('about 800', 881)).toBe('contradicted');
    expect(check('nearly 800', 760)).toBe('supported');
    expect(check('nearly 800', 801)).toBe('contradicted');
    expect(checkClaim(claim('about 800', { expect: officers(881, 'officers') }), { tolerances: { approximate: 0.2 } }).verdict).toBe('supported');
  });

  it('explains a missed bound without a difference in words', () => {
    expect(checkClaim(claim('More than $13 million', { expect: { ...funding, value: 12_000_000, text: '$12 million' } })).explanation).toBe(
      '"More than $13 million" does not hold: the data give $12 million (US funding paused).',
    );
  });

  it('holds a percentage to its stated precision', () => {
    const firstShare = fact('percent', (400 / 817) * 100, '%', 'first contingent share', '49%');
    expect(checkClaim(claim('49%', { expect: firstShare })).verdict).toBe('supported');
    expect(checkClaim(claim('49.0%', { expect: firstShare })).verdict).toBe('supported');
    expect(checkClaim(claim('49.1%', { expect: firstShare })).verdict).toBe('contradicted');
    expect(checkClaim(claim('48.96 per cent', { expect: firstShare })).verdict).toBe('supported');
  });

  it('compares a stretch of time in the unit the story states it in', () => {
    const days = fact('duration', 21, 'days', 'departure to landing', '21 days');
    expect(checkClaim(claim('three weeks', { expect: days })).verdict).toBe('supported');
    expect(checkClaim(claim('two weeks', { expect: days })).verdict).toBe('contradicted');
  });

  it('cannot check an amount in one currency against a fact in another', () => {
    expect(checkClaim(claim('sh1.68 billion', { expect: funding }))).toMatchObject({
      verdict: 'unverifiable',
      explanation: '"sh1.68 billion" is in KES but "US funding paused" is in USD: check it with claimConversion at the rate of the day.',
    });
  });

  it('applies an extra relative tolerance by kind when asked', () => {
    const check = (tolerances = {}) => checkClaim(claim('$13 million', { expect: { ...funding, value: 13_900_000 } }), { tolerances }).verdict;
    expect(check()).toBe('contradicted');
    expect(check({ relative: { money: 0.1 } })).toBe('supported');
  });

  it('is a FactError to bind a percentage to a count', () => {
    expect(() => checkClaim(claim('49%', { expect: officers(400, 'officers') }))).toThrow(/states a percent/);
  });
});
