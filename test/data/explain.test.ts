import { describe, expect, it } from 'vitest';
import { describeValue, expectedOf, explainSeparators, explainText, explainValue } from '../../src/data/explain.js';

describe('explainText', () => {
  it('says how to write a number with thousands separators or a decimal comma', () => {
    const number = { type: 'number' } as const;
    expect(explainText(number, '1,200')).toBe('a number without thousands separators: write 1200');
    expect(explainText(number, '1.200,5')).toBe('a number with a dot for decimals: write 1200.5');
    expect(explainText(number, '1,200.5')).toBe('a number without thousands separators: write 1200.5');
    expect(explainText(number, '1,5')).toBe('a number with a dot for decimals: write 1.5');
    expect(explainText(number, '-1.200.000')).toBe('a number without thousands separators: write -1200000');
    expect(explainText({ type: 'integer' }, '1,200')).toBe('a number without thousands separators: write 1200');
  });

  it('refuses NaN and Infinity by name', () => {
    expect(explainText({ type: 'number' }, 'NaN')).toBe('a finite number (NaN and Infinity are not values a reader can check)');
    expect(explainText({ type: 'money', currency: 'USD' }, '-Infinity')).toMatch(/finite number/);
  });

  it('explains integers: decimals, size, range', () => {
    expect(explainText({ type: 'integer' }, '2.5')).toBe('a whole number (no decimals)');
    expect(explainText({ type: 'integer' }, '2O0')).toBe('an integer (digits with an optional sign, like 42 or -7)');
    expect(explainText({ type: 'integer' }, '9007199254740993')).toBe('an integer between -9007199254740991 and 9007199254740991');
    expect(explainText({ type: 'integer', min: 0 }, '-4')).toBe('an integer of at least 0');
    expect(explainText({ type: 'integer', min: 1, max: 3 }, '4')).toBe('an integer from 1 to 3');
    expect(explainText({ type: 'number', max: 100 }, '101')).toBe('a number of at most 100');
  });

  it('says when a value only needs its spaces removed', () => {
    expect(explainText({ type: 'integer' }, ' 400')).toBe('an integer (digits with an optional sign, like 42 or -7), without spaces around it');
  });

  it('explains dates: format, month, the length of the month', () => {
    expect(explainText({ type: 'date' }, '25,2024')).toBe('a date written YYYY-MM-DD (like 2024-06-25)');
    expect(explainText({ type: 'date' }, '2024-13-01')).toBe('a date whose month is 01 to 12');
    expect(explainText({ type: 'date' }, '2024-02-30')).toBe('a day that exists: February 2024 has 29 days');
    expect(explainText({ type: 'date' }, '2023-02-29')).toBe('a day that exists: February 2023 has 28 days');
  });

  it('lists the categories and suggests the one meant', () => {
    const status = { type: 'category', values: ['paused', 'released'] } as const;
    expect(explainText(status, 'frozen')).toBe('one of "paused", "released"');
    expect(explainText(status, 'Paused')).toBe('one of "paused", "released" (did you mean "paused"?)');
  });

  it('names the currency of money and the forms of booleans', () => {
    expect(explainText({ type: 'money', currency: 'KES' }, 'sh17.71 billion')).toBe('an amount in KES: a number with a dot for decimals, no currency sign');
    expect(explainText({ type: 'boolean' }, 'maybe')).toBe('true or false (also yes/no, 1/0)');
  });
});

describe('explainSeparators', () => {
  it('leaves plain numbers and unclear cases alone', () => {
    expect(explainSeparators('1.5')).toBeUndefined();
    expect(explainSeparators('12')).toBeUndefined();
    expect(explainSeparators('1,2,3')).toBeUndefined();
    expect(explainSeparators('abc')).toBeUndefined();
  });
});

describe('explainValue', () => {
  it('names the JSON type that came instead', () => {
    expect(explainValue({ type: 'string' }, 42)).toBe('text (a JSON string), not a number');
    expect(explainValue({ type: 'integer' }, true)).toBe('an integer (digits with an optional sign, like 42 or -7), not true/false');
    expect(explainValue({ type: 'integer' }, 2.5)).toBe('a whole number (no decimals)');
    expect(explainValue({ type: 'number' }, Number.POSITIVE_INFINITY)).toMatch(/finite/);
    expect(explainValue({ type: 'date' }, new Date('2024-06-25T10:00:00Z'))).toBe('a date: a Date at UTC midnight or a string YYYY-MM-DD');
    expect(explainValue({ type: 'category', values: ['a'] }, ['a'])).toBe('one of "a", not an array');
  });

  it('describes values for the problem', () => {
    expect([describeValue('x'), describeValue(2), describeValue(new Date(0)), describeValue(new Date(Number.NaN)), describeValue({ a: 1 })]).toEqual([
      'x', '2', '1970-01-01T00:00:00.000Z', 'Invalid Date', '{"a":1}',
    ]);
  });
});

describe('expectedOf', () => {
  it('describes each column type', () => {
    expect(expectedOf({ type: 'money', currency: 'USD', min: 0 })).toBe('an amount in USD of at least 0');
    expect(expectedOf({ type: 'string' })).toBe('text (a JSON string)');
  });
});
