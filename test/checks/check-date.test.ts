import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/checks/check.js';
import { claim } from '../../src/checks/claim.js';
import { claimDate } from '../../src/checks/claim-date.js';
import { day, officers } from './make-facts.js';

describe('dates against the calendar', () => {
  it('supports a weekday that falls on its date and contradicts one that does not', () => {
    expect(checkClaim(claimDate('Monday, June 24, 2024'))).toMatchObject({
      verdict: 'supported',
      expected: { value: '2024-06-24', text: 'Monday, June 24, 2024' },
    });
    expect(checkClaim(claimDate('Wednesday, June 24, 2024'))).toMatchObject({
      verdict: 'contradicted',
      explanation: 'June 24, 2024 was a Monday, not a Wednesday.',
    });
  });

  it('contradicts a day that does not exist', () => {
    expect(checkClaim(claimDate('February 30, 2024'))).toMatchObject({ verdict: 'contradicted', explanation: 'There is no such day as "February 30, 2024".' });
  });

  it('has nothing to check a whole date without a weekday against', () => {
    expect(checkClaim(claimDate('June 24, 2024')).verdict).toBe('unverifiable');
  });

  it('resolves a partial date from a nearby day, or the story date', () => {
    const near = checkClaim(claimDate('Thursday 8', { near: '2025-05-20' }));
    expect(near).toMatchObject({ verdict: 'incomplete', resolved: { value: '2025-05-08' } });
    // The 8th fell on a Thursday in August 2024 too; the story's date picks the nearer one.
    expect(checkClaim(claimDate('Thursday 8'), { asOf: '2024-09-01' }).resolved?.value).toBe('2024-08-08');
    expect(checkClaim(claimDate('25,2024', { near: '2024-06-24' })).resolved?.value).toBe('2024-06-25');
  });

  it('says so when no day fits the parts given', () => {
    expect(checkClaim(claimDate('Monday, February 30'), { asOf: '2025-01-01' }).verdict).toBe('contradicted');
  });
});

describe('dates against a date fact', () => {
  const flagOff = day('2024-06-24', 'flag-off');

  it('supports the same day, with or without its weekday', () => {
    expect(checkClaim(claimDate('Monday, June 24, 2024', { expect: flagOff })).verdict).toBe('supported');
    expect(checkClaim(claimDate('24 June 2024', { expect: flagOff })).verdict).toBe('supported');
    expect(checkClaim(claimDate('June 2024', { expect: flagOff })).verdict).toBe('supported');
  });

  it('contradicts another day and counts the days between', () => {
    expect(checkClaim(claimDate('June 26, 2024', { expect: flagOff }))).toMatchObject({
      verdict: 'contradicted',
      explanation: 'The data give June 24, 2024 (flag-off), not "June 26, 2024".',
      difference: { absolute: 2, unit: 'days' },
    });
  });

  it('contradicts a right day with the wrong weekday', () => {
    expect(checkClaim(claimDate('Tuesday, June 24, 2024', { expect: flagOff })).explanation).toBe('June 24, 2024 was a Monday, not a Tuesday.');
  });

  it('contradicts a partial date whose stated parts disagree, rather than calling it incomplete', () => {
    expect(checkClaim(claimDate('July 24', { expect: flagOff })).verdict).toBe('contradicted');
  });

  it('is a FactError to bind a date to a count', () => {
    expect(() => checkClaim(claim('June 24, 2024', { expect: officers(400, 'officers') }))).toThrow(/states a date/);
  });
});
