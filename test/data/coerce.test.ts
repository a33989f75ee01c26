import { describe, expect, it } from 'vitest';
import {
  INVALID,
  daysInMonth,
  parseBoolean,
  parseDay,
  parseInteger,
  parseNumber,
  textParser,
  valueParser,
} from '../../src/data/coerce.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseInteger', () => {
  it('reads digits with an optional sign', () => {
    expect(['42', '-7', '+3', '0', '007', '9007199254740991'].map(parseInteger)).toEqual([42, -7, 3, 0, 7, 9007199254740991]);
  });

  it('rejects decimals, separators, exponents, spaces, signs alone and values past 2^53 - 1', () => {
    for (const text of ['1.5', '1,200', '1e3', ' 4', '4 ', '-', '+', '0x10', 'NaN', '9007199254740992', '12a']) {
      expect(parseInteger(text), text).toBe(INVALID);
    }
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(parseInteger('-0'), 0)).toBe(true);
  });
});

describe('parseNumber', () => {
  it('reads dot decimals, signs and exponents', () => {
    expect(['1200.5', '-3', '+0.25', '.5', '1e6', '2.5E-3'].map(parseNumber)).toEqual([1200.5, -3, 0.25, 0.5, 1e6, 0.0025]);
  });

  it('rejects thousands separators, decimal commas, NaN, Infinity, hex and padding', () => {
    for (const text of ['1,200', '1.200,5', '1,5', 'NaN', 'Infinity', '-Infinity', '0x1F', ' 1', '1 ', '1.2.3', '$13', '1_000']) {
      expect(parseNumber(text), text).toBe(INVALID);
    }
  });
});

describe('parseBoolean', () => {
  it('reads true/false, yes/no and 1/0 in any case', () => {
    expect(['true', 'false', 'yes', 'no', '1', '0', 'TRUE', 'No'].map(parseBoolean)).toEqual([true, false, true, false, true, false, true, false]);
  });

  it('rejects anything else', () => {
    for (const text of ['y', 't', '2', 'truthy', ' true']) expect(parseBoolean(text), text).toBe(INVALID);
  });
});

describe('parseDay', () => {
  it('reads an ISO day into a Date at UTC midnight', () => {
    expect(parseDay('2024-06-25')).toEqual(day('2024-06-25'));
    expect(parseDay('2024-02-29')).toEqual(day('2024-02-29'));
  });

  it('keeps years before 100 (Date.UTC would read them as 19xx)', () => {
    expect((parseDay('0050-03-01') as Date).getUTCFullYear()).toBe(50);
    // Year 0 is a leap year, 1900 is not: its 29 February is not 1 March.
    expect((parseDay('0000-02-29') as Date).toISOString()).toBe('0000-02-29T00:00:00.000Z');
  });

  it('rejects days that do not exist, other formats and the article\'s "25,2024"', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '25,2024', '2024-6-5', '2024/06/25', '2024-06-25T00:00', '24-06-25']) {
      expect(parseDay(text), text).toBe(INVALID);
    }
  });

  it('knows leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 4)]).toEqual([29, 28, 28, 29, 30]);
  });
});

describe('textParser', () => {
  it('applies min and max to integers, numbers and money', () => {
    const officers = textParser({ type: 'integer', min: 0 });
    expect([officers('0'), officers('-1')]).toEqual([0, INVALID]);
    const share = textParser({ type: 'number', min: 0, max: 100 });
    expect([share('100'), share('100.5'), share('-0.1')]).toEqual([100, INVALID, INVALID]);
    const amount = textParser({ type: 'money', currency: 'USD', min: 0 });
    expect([amount('13000000'), amount('-5')]).toEqual([13000000, INVALID]);
  });

  it('accepts only the listed categories, exactly', () => {
    const status = textParser({ type: 'category', values: ['paused', 'released'] });
    expect([status('paused'), status('Paused'), status('frozen')]).toEqual(['paused', INVALID, INVALID]);
  });

  it('keeps strings as written', () => {
    expect(textParser({ type: 'string' })(' as written ')).toBe(' as written ');
  });
});

describe('valueParser', () => {
  it('takes typed JSON values and strings in CSV form', () => {
    expect(valueParser({ type: 'integer' })(400)).toBe(400);
    expect(valueParser({ type: 'integer' })('400')).toBe(400);
    expect(valueParser({ type: 'integer' })(1.5)).toBe(INVALID);
    expect(valueParser({ type: 'number' })(Number.NaN)).toBe(INVALID);
    expect(valueParser({ type: 'boolean' })(false)).toBe(false);
    expect(valueParser({ type: 'boolean' })(1)).toBe(true);
    expect(valueParser({ type: 'date' })('2024-06-25')).toEqual(day('2024-06-25'));
    expect(valueParser({ type: 'string' })(42)).toBe(INVALID);
    expect(valueParser({ type: 'category', values: ['a'] })(true)).toBe(INVALID);
  });

  it('takes Dates only at UTC midnight', () => {
    const date = valueParser({ type: 'date' });
    expect(date(day('2024-06-25'))).toEqual(day('2024-06-25'));
    expect(date(new Date('2024-06-25T03:00:00Z'))).toBe(INVALID);
    expect(date(new Date(Number.NaN))).toBe(INVALID);
  });
});
