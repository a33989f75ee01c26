/**
 * The parsers of `coerce.ts` over a cell's UTF-8 bytes instead of its text, for the plain-CSV reader:
 * a million numbers and dates are read without making a million strings first. Each gives exactly
 * what its text twin gives for the same cell; where arithmetic on the bytes could differ from
 * `Number()` (an exponent, more than 15 digits) the cell is decoded and the text parser decides.
 */
import { DAY_MS, DOT, INVALID, MINUS, NINE, PLUS, ZERO, dayNumber, daysInMonth, parseInteger, parseNumber, type Invalid } from './coerce.js';


/** Up to 15 digits, any whole number they spell is below 2^53: exact in a double. */
const EXACT_DIGITS = 15;
/** Powers of ten a double holds exactly, 10^0 to 10^15, written out: `10 ** k` goes through `Math.pow`. */
const POWERS = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The text of bytes `start` to `end` (UTF-8), for the cells arithmetic on bytes does not settle. */
const textOf = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');

/** `parseInteger` of the cell in `bytes[start, end)` (never empty). */
export function parseIntegerBytes(bytes: Uint8Array, start: number, end: number): number | Invalid {
  const first = bytes[start] as number;
  const negative = first === MINUS;
  let i = negative || first === PLUS ? start + 1 : start;
  if (i === end || end - i > EXACT_DIGITS) return parseInteger(textOf(bytes, start, end));
  let value = 0;
  for (; i < end; i++) {
    const c = bytes[i] as number;
    if (c < ZERO || c > NINE) return INVALID;
    value = value * 10 + (c - ZERO);
  }
  // `+ 0` turns the -0 of "-0" into 0, as `parseInteger` does.
  return (negative ? -value : value) + 0;
}

/**
 * `parseNumber` of the cell in `bytes[start, end)` (never empty). Digits with at most one dot, 15
 * digits or fewer, are a whole number m and a count of decimals k: m and 10^k are exact doubles, so
 * m / 10^k is the double nearest the decimal, which is what `Number()` returns (Clinger's fast path).
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number | Invalid {
  const first = bytes[start] as number;
  const negative = first === MINUS;
  let i = negative || first === PLUS ? start + 1 : start;
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let dotted = false;
  for (; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      digits += 1;
      if (dotted) decimals += 1;
    } else if (c === DOT && !dotted) dotted = true;
    else return parseNumber(textOf(bytes, start, end));
  }
  if (digits === 0 || digits > EXACT_DIGITS) return parseNumber(textOf(bytes, start, end));
  const value = mantissa / (POWERS[decimals] as number);
  return (negative ? -value : value) + 0;
}

function digitsAt(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + c - ZERO;
  }
  return value;
}

/** `parseDay` of the cell in `bytes[start, end)`: a strict ISO day `YYYY-MM-DD` that exists, as a `Date` at UTC midnight. */
export function parseDayBytes(bytes: Uint8Array, start: number, end: number): Date | Invalid {
  const day = parseDayNumberBytes(bytes, start, end);
  return day === INVALID ? INVALID : new Date(day * DAY_MS);
}

/** The same day as {@link parseDayBytes} as a day number (days since 1970-01-01, see `date-column.ts`), with no `Date` made. */
export function parseDayNumberBytes(bytes: Uint8Array, start: number, end: number): number | Invalid {
  if (end - start !== 10 || bytes[start + 4] !== MINUS || bytes[start + 7] !== MINUS) return INVALID;
  const year = digitsAt(bytes, start, start + 4);
  const month = digitsAt(bytes, start + 5, start + 7);
  const day = digitsAt(bytes, start + 8, start + 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return INVALID;
  return dayNumber(year, month, day);
}
