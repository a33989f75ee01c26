import { dateTimeFormat, numberFormat } from '../facts/intl-formats.js';

/** Format one table cell for print: numbers grouped, dates as words, in the report's locale, in UTC. */
export function formatValue(value: unknown, locale: string): string {
  if (value === null || value === undefined) return '—';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '—' : dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? numberFormat(locale, { maximumFractionDigits: 2 }).format(value) : '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** True for values printed right-aligned (numbers). */
export function isNumeric(value: unknown): boolean {
  return typeof value === 'number';
}
