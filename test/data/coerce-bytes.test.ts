/** The byte parsers give exactly what the text parsers give, cell for cell, including -0, rounding and 2^53. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID, parseDay, parseInteger, parseNumber } from '../../src/data/coerce.js';
import { parseDayBytes, parseIntegerBytes, parseNumberBytes } from '../../src/data/coerce-bytes.js';

const settings = { numRuns: 2000 * Number(process.env.FC_RUNS ?? 1), seed: Number(process.env.FC_SEED ?? 20_251_129) };

/** A cell in the middle of other bytes, as the CSV reader sees it. */
function inBytes(text: string): [Buffer, number, number] {
  const cell = Buffer.from(text);
  return [Buffer.concat([Buffer.from('9,'), cell, Buffer.from(',9')]), 2, 2 + cell.length];
}
const same = (bytes: unknown, text: unknown) => expect(bytes instanceof Date && text instanceof Date ? bytes.getTime() : bytes).toStrictEqual(text instanceof Date ? text.getTime() : text);

const digit = fc.constantFrom(...'0123456789');
const numberish = fc.oneof(
  fc.array(fc.constantFrom(...'0123456789', '.', '-', '+', 'e', 'E', ' ', 'x', 'é'), { minLength: 1, maxLength: 25 }).map((chars) => chars.join('')),
  fc.tuple(fc.constantFrom('', '-', '+'), fc.array(digit, { maxLength: 18 }), fc.option(fc.array(digit, { maxLength: 18 }))).map(([sign, whole, fraction]) =>
    `${sign}${whole.join('')}${fraction === null ? '' : `.${fraction.join('')}`}`),
  fc.double({ noNaN: true }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).chain((x) => fc.integer({ min: 0, max: 20 }).map((digits) => x.toFixed(digits))),
).filter((text) => text !== '');

describe('parseIntegerBytes and parseNumberBytes', () => {
  it('agree with parseInteger and parseNumber on numbers and near-numbers', () => {
    fc.assert(fc.property(numberish, (text) => {
      same(parseIntegerBytes(...inBytes(text)), parseInteger(text));
      same(parseNumberBytes(...inBytes(text)), parseNumber(text));
    }), settings);
  });

  it('agree on the cases that matter most', () => {
    for (const text of ['-0', '+0', '-0.0', '007', '0.1', '63.865', '5.', '.5', '.', '-', '+', '1e3', '999999999999999', '9007199254740991', '9007199254740992', '123456789012345.6', '0.30000000000000004']) {
      same(parseIntegerBytes(...inBytes(text)), parseInteger(text));
      same(parseNumberBytes(...inBytes(text)), parseNumber(text));
    }
    expect(Object.is(parseNumberBytes(...inBytes('-0.0')), 0)).toBe(true);
    expect(parseIntegerBytes(...inBytes('1.0'))).toBe(INVALID);
  });
});

describe('parseDayBytes', () => {
  it('agrees with parseDay', () => {
    const dayish = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.array(fc.constantFrom(...'0123456789-/ é'), { minLength: 1, maxLength: 12 }).map((chars) => chars.join('')),
    );
    fc.assert(fc.property(dayish, (text) => {
      same(parseDayBytes(...inBytes(text)), parseDay(text));
    }), settings);
    same(parseDayBytes(...inBytes('0099-02-28')), parseDay('0099-02-28'));
    expect(parseDayBytes(...inBytes('2024-02-30'))).toBe(INVALID);
  });
});
