import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateColumn } from '../../src/data/date-column.js';
import { dayNumber, utcDay } from '../../src/data/coerce.js';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('count the days from 1970-01-01, as Date does, for any day from year 0 to 9999', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2024, 6, 24)).toBe(Date.UTC(2024, 5, 24) / DAY_MS);
    expect(dayNumber(2000, 2, 29)).toBe(Date.UTC(2000, 1, 29) / DAY_MS);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        expect(dayNumber(year, month, day) * DAY_MS).toBe(utcDay(year, month, day).getTime());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dateColumn', () => {
  it('reads its days as Dates at UTC midnight, and its empty rows as null', () => {
    const days = Int32Array.from([dayNumber(2024, 6, 24), 0, dayNumber(25, 3, 1), 0, dayNumber(2025, 1, 18)]);
    const column = dateColumn(days, [1, 3]);
    expect(column.length).toBe(5);
    expect(column.nullCount).toBe(2);
    expect(Array.from(column)).toEqual([new Date('2024-06-24T00:00:00Z'), null, utcDay(25, 3, 1), null, new Date('2025-01-18T00:00:00Z')]);
    expect(column.at(4)).toEqual(new Date('2025-01-18T00:00:00Z'));
  });

  it('marks any set of rows empty, on both sides of a byte of the validity bitmap', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 41 }), (picked) => {
        const empty = [...picked].sort((a, b) => a - b);
        const days = Int32Array.from({ length: 41 }, (_, row) => row);
        const read = Array.from(dateColumn(days, empty));
        read.forEach((value, row) => expect(value === null).toBe(empty.includes(row)));
      }),
    );
  });
});
