/**
 * Why a value does not fit its column: the `expected` text of a problem. Runs only for cells that
 * failed to parse, so it can afford regular expressions and second guesses ("did you mean …").
 */
import * as msg from '../messages/data.js';
import { INVALID, daysInMonth, isIntegerText, isSafeNumber, parseNumber, textParser, utcDay } from './coerce.js';
import type { ColumnSpec } from './schema.js';
import { dateTimeFormat } from '../facts/intl-formats.js';

/** What a column accepts, in words ("an integer of at least 0", "one of "paused", "released""). */
export function expectedOf(spec: ColumnSpec): string {
  switch (spec.type) {
    case 'integer':
      return ranged('an integer', spec, msg.integer());
    case 'number':
      return ranged('a number', spec, msg.number());
    case 'money':
      return ranged(`an amount in ${spec.currency}`, spec, msg.money(spec.currency));
    case 'boolean':
      return msg.boolean();
    case 'date':
      return msg.isoDay();
    case 'category':
      return msg.category(spec.values);
    case 'string':
      return msg.text();
  }
}

function ranged(kind: string, { min, max }: { min?: number; max?: number }, plain: string): string {
  return min === undefined && max === undefined ? plain : msg.inRange(kind, min, max);
}

/** Why the text of a CSV cell (or a string in JSON) does not fit the column. */
export function explainText(spec: ColumnSpec, text: string): string {
  const trimmed = text.trim();
  if (trimmed !== text && trimmed !== '' && textParser(spec)(trimmed) !== INVALID) return msg.withoutSpaces(expectedOf(spec));
  switch (spec.type) {
    case 'integer':
      return explainInteger(spec, text);
    case 'number':
    case 'money':
      return explainNumber(spec, text);
    case 'date':
      return explainDay(text);
    case 'category':
      return explainCategory(spec.values, text);
    case 'boolean':
    case 'string':
      return expectedOf(spec);
  }
}

function explainInteger(spec: ColumnSpec & { type: 'integer' }, text: string): string {
  if (isIntegerText(text)) return Number.isSafeInteger(Number(text)) ? expectedOf(spec) : msg.safeInteger();
  const value = parseNumber(text);
  if (value !== INVALID && !Number.isInteger(value)) return msg.wholeNumber();
  // The value is not written as an integer at all: say how to write one; the range comes second.
  return explainSeparators(text) ?? msg.integer();
}

function explainNumber(spec: ColumnSpec & { type: 'number' | 'money' }, text: string): string {
  if (parseNumber(text) !== INVALID) return expectedOf(spec);
  if (/^[-+]?(nan|inf|infinity)$/i.test(text)) return msg.finiteNumber();
  if (/^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(text) && !Number.isNaN(Number(text))) return msg.safeNumber();
  return explainSeparators(text) ?? (spec.type === 'money' ? msg.money(spec.currency) : msg.number());
}

/**
 * Spot thousands separators and decimal commas (`1,200`, `1.200,5`, `1,5`) and say how to write the
 * number. The separator that comes last is read as the decimal one when both appear; a single kind
 * in groups of three is read as thousands.
 */
export function explainSeparators(text: string): string | undefined {
  const match = /^([-+]?)(\d[\d.,]*\d|\d)$/.exec(text);
  if (match === null) return undefined;
  const [, sign = '', body = ''] = match;
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  if (lastComma === -1 && body.indexOf('.') === lastDot) return undefined;
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const fixed = body.replaceAll(decimal === ',' ? '.' : ',', '').replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(fixed)) return undefined;
    return decimal === ',' ? msg.decimalComma(sign + fixed) : msg.thousandsSeparator(sign + fixed);
  }
  const separator = lastComma !== -1 ? ',' : '.';
  const groups = body.split(separator);
  const [head = '', ...rest] = groups;
  if (head.length <= 3 && rest.every((group) => group.length === 3)) {
    return msg.thousandsSeparator(sign + groups.join(''));
  }
  return groups.length === 2 && separator === ',' ? msg.decimalComma(`${sign}${head}.${rest.join('')}`) : undefined;
}

function explainDay(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return msg.isoDay();
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return msg.monthRange();
  const monthName = dateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(year, month, 1));
  return msg.dayInMonth(monthName, daysInMonth(year, month));
}

function explainCategory(values: readonly string[], text: string): string {
  const wanted = text.trim().toLowerCase();
  const suggestion = values.find((value) => value.toLowerCase() === wanted);
  return suggestion === undefined ? msg.category(values) : msg.didYouMean(msg.category(values), suggestion);
}

/** How a typed value (JSON, in memory) is described in a problem's `value`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return JSON.stringify(value) ?? String(value);
}

function kindOf(value: unknown): string {
  if (value instanceof Date) return 'a Date';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'boolean') return 'true/false';
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

/** Why a typed value (from JSON or an in-memory table) does not fit the column. */
export function explainValue(spec: ColumnSpec, value: unknown): string {
  if (typeof value === 'string') return explainText(spec, value);
  if (spec.type === 'date') return msg.dateValue();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return msg.finiteNumber();
    if ((spec.type === 'number' || spec.type === 'money') && !isSafeNumber(value)) return msg.safeNumber();
    if (spec.type === 'integer' || spec.type === 'number' || spec.type === 'money' || spec.type === 'boolean') {
      return explainText(spec, String(value));
    }
  }
  return msg.jsonType(expectedOf(spec), kindOf(value));
}
