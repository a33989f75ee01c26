import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayValue, daysBetween, isoDay, monthsBetween, parseDay } from '../../src/facts/day.js';
import { FactError } from '../../src/errors.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('days', () => {
  it('reads ISO days and UTC-midnight dates, and nothing else', () => {
    expect(dayValue('2024-06-24')).toBe(utc('2024-06-24'));
    expect(dayValue(new Date(utc('2024-06-24')))).toBe(utc('2024-06-24'));
    expect(dayValue('2025-02-30')).toBeUndefined();
    expect(dayValue('24/06/2024')).toBeUndefined();
    expect(dayValue(new Date('2024-06-24T12:00:00Z'))).toBeUndefined();
    expect(dayValue(20240624)).toBeUndefined();
    expect(() => parseDay('2024-13-01')).toThrow(FactError);
  });

  it('prints and counts days', () => {
    expect(isoDay(utc('2024-06-24'))).toBe('2024-06-24');
    expect(daysBetween(utc('2024-06-24'), utc('2024-07-17'))).toBe(23);
    expect(daysBetween(utc('2024-07-17'), utc('2024-06-24'))).toBe(-23);
  });
});

describe('months', () => {
  it('counts calendar months, then the rest as a fraction of the next month', () => {
    expect(monthsBetween(utc('2024-06-24'), utc('2024-07-24'))).toBe(1);
    expect(monthsBetween(utc('2024-06-24'), utc('2025-05-24'))).toBe(11);
    // June 24 → April 24 is 10 months; April 24 → May 8 is 14 of the 30 days to May 24.
    expect(monthsBetween(utc('2024-06-24'), utc('2025-05-08'))).toBeCloseTo(10 + 14 / 30, 12);
    expect(monthsBetween(utc('2025-05-08'), utc('2024-06-24'))).toBeCloseTo(-(10 + 14 / 30), 12);
  });

  it('clamps to the end of shorter months', () => {
    expect(isoDay(addMonths(utc('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoDay(addMonths(utc('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoDay(addMonths(utc('2024-03-15'), -3))).toBe('2023-12-15');
  });

  it('adding the whole months counted never passes the end day', () => {
    const day = fc.integer({ min: utc('2000-01-01') / 86_400_000, max: utc('2040-12-31') / 86_400_000 }).map((n) => n * 86_400_000);
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const months = monthsBetween(from, to);
        expect(months).toBeGreaterThanOrEqual(0);
        expect(addMonths(from, Math.floor(months))).toBeLessThanOrEqual(to);
        expect(addMonths(from, Math.floor(months) + 1)).toBeGreaterThan(to);
      }),
    );
  });
});
