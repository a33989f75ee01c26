/**
 * Date and duration formatters behind a fact's `text` and `forms`. Dates print in UTC, whatever the
 * machine's time zone, because a date fact is a calendar day.
 */

import * as msg from '../messages/facts.js';
import { dateTimeFormat, numberFormat } from './intl-formats.js';

/** A date in the locale's long style ("June 24, 2024", "24 June 2024"), or with its weekday ("Monday, June 24, 2024"). */
export function formatDate(time: number, { locale, weekday = false }: { locale: string; weekday?: boolean }): string {
  return dateTimeFormat(locale, { dateStyle: weekday ? 'full' : 'long', timeZone: 'UTC' }).format(time);
}

/** A date in the locale's medium style ("Jun 24, 2024"). */
export function shortDate(time: number, { locale }: { locale: string }): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

const DURATION_UNITS: Readonly<Record<string, string>> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/**
 * A duration: "23 days" when whole, "about 7 months" when not (rounded to a whole unit, or to one
 * decimal below one unit). `exact` gives up to one decimal without "about" ("6.8 months").
 */
export function formatDuration(value: number, unit: string, { locale, exact = false }: { locale: string; exact?: boolean }): string {
  const whole = Number.isInteger(value);
  const digits = exact || Math.abs(value) < 1 ? 1 : 0;
  const intlUnit = DURATION_UNITS[unit];
  const format = (n: number) =>
    intlUnit !== undefined
      ? numberFormat(locale, { style: 'unit', unit: intlUnit, unitDisplay: 'long', maximumFractionDigits: digits }).format(n)
      : `${numberFormat(locale, { maximumFractionDigits: digits }).format(n)} ${unit}`;
  const text = format(value);
  // A rounded value says so, even when it rounds to a whole number (6.96 → "about 7 months").
  return whole || exact ? text : msg.about(text);
}

/** "about 10 months after" / "3 days before", from a signed duration. */
export function relativeDuration(value: number, unit: string, { locale }: { locale: string }): string {
  const text = formatDuration(Math.abs(value), unit, { locale });
  return value < 0 ? msg.before(text) : msg.after(text);
}
