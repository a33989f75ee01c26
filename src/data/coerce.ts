/**
 * Value coercion: one parser per column type, built once per column and called once per cell. The
 * parsers return the typed value or {@link INVALID}; why a value is invalid is worked out separately
 * (see `explain.ts`), only for the cells that fail, so the common path allocates nothing but the value.
 */
import type { ColumnSpec } from './schema.js';

/** A loaded cell: what the column types load as (`null` is handled before parsing). */
export type CellValue = number | boolean | Date | string;

/** Returned by a parser for a value the column does not accept. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Parses the text of a CSV cell (never empty: empty cells are handled by the caller). */
export type TextParser = (text: string) => CellValue | Invalid;
/** Parses a value already typed by JSON or by the caller (numbers, booleans, Dates, strings). */
export type ValueParser = (value: unknown) => CellValue | Invalid;

/** Character codes the parsers test (shared with the byte parsers of `coerce-bytes.ts`). */
export const PLUS = 43;
export const MINUS = 45;
export const DOT = 46;
export const ZERO = 48;
export const NINE = 57;

/** Digits with an optional leading sign; cheaper than a regular expression on every cell. */
export function isIntegerText(text: string): boolean {
  const first = text.charCodeAt(0);
  let i = first === PLUS || first === MINUS ? 1 : 0;
  if (i === text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

/** Only digits, dot, sign and exponent characters: rules out hex (`0x1F`), `Infinity`, spaces and commas, which `Number()` would accept or trim. */
function isDecimalText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < ZERO || c > NINE) && c !== DOT && c !== PLUS && c !== MINUS && c !== 101 && c !== 69) return false;
  }
  return true;
}

/** Parse an integer written as digits with an optional sign, within ±(2^53 − 1). */
export function parseInteger(text: string): number | Invalid {
  if (!isIntegerText(text)) return INVALID;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value + 0 : INVALID;
}

/**
 * Whether a number is one a column may hold: finite and within ±(2^53 − 1). Beyond that a double
 * cannot hold every whole number, so "9007199254740993" would load as …992 without a word.
 */
export function isSafeNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/** Parse a decimal number written with a dot (`-1200.5`, `1e6`), within ±(2^53 − 1); no separators, NaN or Infinity. */
export function parseNumber(text: string): number | Invalid {
  const value = Number(text);
  return isSafeNumber(value) && isDecimalText(text) ? value + 0 : INVALID;
}

const BOOLEANS = new Map<string, boolean>([
  ['true', true], ['false', false], ['yes', true], ['no', false], ['1', true], ['0', false],
]);

/** Parse `true`/`false`, `yes`/`no` or `1`/`0`, in any letter case. */
export function parseBoolean(text: string): boolean | Invalid {
  return BOOLEANS.get(text) ?? BOOLEANS.get(text.toLowerCase()) ?? INVALID;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `month` (1–12) of `year`, in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1] ?? 0;
}

function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + c - ZERO;
  }
  return value;
}

/** Milliseconds in a day: a day number times this is its `Date`'s time. */
export const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * A `Date` at UTC midnight of the given day. (Not `Date.UTC`, which reads years 0–99 as 1900–1999:
 * moved back, 0000-02-29 came out as March 1, since 1900 was no leap year.)
 */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(dayNumber(year, month, day) * DAY_MS);
}

/** Parse a strict ISO day `YYYY-MM-DD` that exists in the calendar into a `Date` at UTC midnight. */
export function parseDay(text: string): Date | Invalid {
  if (text.length !== 10 || text.charCodeAt(4) !== MINUS || text.charCodeAt(7) !== MINUS) return INVALID;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return INVALID;
  return utcDay(year, month, day);
}

/** Whether a `Date` is valid and falls on UTC midnight, the form date columns hold. */
export function isUtcDay(value: Date): boolean {
  const time = value.getTime();
  return Number.isFinite(time) && time % 86_400_000 === 0;
}

type Bounded = { min?: number; max?: number };

function bounded<I>(parse: (input: I) => number | Invalid, { min, max }: Bounded): (input: I) => number | Invalid {
  if (min === undefined && max === undefined) return parse;
  return (input) => {
    const value = parse(input);
    if (value === INVALID) return value;
    return (min !== undefined && value < min) || (max !== undefined && value > max) ? INVALID : value;
  };
}

function integerValue(value: unknown): number | Invalid {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value + 0 : INVALID;
  return typeof value === 'string' ? parseInteger(value) : INVALID;
}

function numberValue(value: unknown): number | Invalid {
  if (typeof value === 'number') return isSafeNumber(value) ? value + 0 : INVALID;
  return typeof value === 'string' ? parseNumber(value) : INVALID;
}

/** The parser for the text of one column's cells. */
export function textParser(spec: ColumnSpec): TextParser {
  switch (spec.type) {
    case 'integer':
      return bounded(parseInteger, spec);
    case 'number':
    case 'money':
      return bounded(parseNumber, spec);
    case 'boolean':
      return parseBoolean;
    case 'date':
      return parseDay;
    case 'category': {
      const allowed = new Set<string>(spec.values);
      return (text) => (allowed.has(text) ? text : INVALID);
    }
    case 'string':
      return (text) => text;
  }
}

/**
 * The parser for one column's values when they are already typed (JSON rows, in-memory tables).
 * Strings go through the text parser, so `"400"` and `400` both load into an integer column.
 */
export function valueParser(spec: ColumnSpec): ValueParser {
  const fromText = textParser(spec);
  const text = (value: unknown) => (typeof value === 'string' ? fromText(value) : INVALID);
  switch (spec.type) {
    case 'integer':
      return bounded(integerValue, spec);
    case 'number':
    case 'money':
      return bounded(numberValue, spec);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : typeof value === 'number' ? fromText(String(value)) : text(value));
    case 'date':
      return (value) => (value instanceof Date ? (isUtcDay(value) ? value : INVALID) : text(value));
    case 'category':
    case 'string':
      return text;
  }
}
