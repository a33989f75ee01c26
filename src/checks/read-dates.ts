/**
 * Readers of dates, whole or in part: "Monday, June 24, 2024", "24 June 2024", "April 21",
 * "June 2024", "Thursday 8" (a weekday and a day, no month), "25,2024" (a day and a year, no month),
 * "2024-06-24", "24/06/2024", a weekday alone, and a year where the words around it say it is one.
 * Month and weekday names come from `Intl` in the reader's locale.
 */

import type { DateParts } from './claim.js';
import { AFTER, BEFORE, type ReadOptions, type Reading, alternation } from './reading.js';
import { byLocale } from '../facts/by-locale.js';
import { dateTimeFormat } from '../facts/intl-formats.js';

const ORDINAL = '(?:st|nd|rd|th)?';
/** Words before a four-digit figure that make it a year ("in 2024", "since 1990"). */
const YEAR_CUE = /(?:\b(?:in|since|of|by|until|till|from|before|after|during|early|late|year|through|fiscal|FY)\s+|mid-)$/i;

/** Month and weekday names of a locale, with their numbers (months 1–12, weekdays 0 = Sunday). */
export interface CalendarNames {
  months: Map<string, number>;
  weekdays: Map<string, number>;
}

/**
 * Month names (long and short) and weekday names of a locale, with their values. Worked out once per
 * locale: every claim of a story is read with the same names. The maps are shared: read them, don't
 * change them.
 */
export const calendarNames = byLocale((locale): CalendarNames => {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  for (const style of ['long', 'short'] as const) {
    const format = dateTimeFormat(locale, { month: style, timeZone: 'UTC' });
    for (let month = 0; month < 12; month += 1) months.set(format.format(Date.UTC(2024, month, 15)).replace(/\.$/, ''), month + 1);
  }
  // English papers also write "Sept" for September.
  if (locale.toLowerCase().startsWith('en')) months.set('Sept', 9);
  const weekday = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 7 January 2024 was a Sunday.
  for (let day = 0; day < 7; day += 1) weekdays.set(weekday.format(Date.UTC(2024, 0, 7 + day)), day);
  return { months, weekdays };
});

/** Whether numeric dates put the day first in `locale` ("24/06/2024" in en-GB, "6/24/2024" in en-US). */
function dayFirst(locale: string): boolean {
  const parts = dateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(Date.UTC(2024, 5, 24));
  return parts.findIndex((part) => part.type === 'day') < parts.findIndex((part) => part.type === 'month');
}

/** A pattern that neither starts nor ends inside a word or a number. Shared: read it with `matchAll` only, which leaves its `lastIndex` alone. */
const pattern = (body: string) => new RegExp(`${BEFORE}${body}${AFTER}`, 'gu');
const YEAR = pattern('(?<year>(?:19|20)\\d{2})');

type DateReader = [RegExp, (groups: Record<string, string | undefined>) => DateParts | undefined];

/** The date patterns of `locale` and how each match reads, made once per locale: every claim of a story is read with the same ones. */
const dateReaders = byLocale((locale): DateReader[] => {
  const { months, weekdays } = calendarNames(locale);
  const month = `(?<month>${alternation(months.keys())})\\.?`;
  const weekday = `(?<weekday>${alternation(weekdays.keys())})`;
  const day = `(?<day>\\d{1,2})${ORDINAL}`;
  const year = '(?<year>\\d{4})';
  const numericDayFirst = dayFirst(locale);

  const readers: DateReader[] = [
    [pattern(`(?:${weekday},?\\s+)?${month}\\s+${day}(?:,?\\s*${year})?`), named],
    [pattern(`(?:${weekday},?\\s+)?(?:the\\s+)?${day}\\s+(?:of\\s+)?${month}(?:,?\\s+${year})?`), named],
    [pattern(`${month},?\\s+${year}`), named],
    [pattern(`${weekday},?\\s+(?:the\\s+)?${day}`), named],
    // A day and a year with the month left out ("departed on 25,2024"), which no number is written as.
    [pattern(`${day},\\s?(?<year>(?:19|20)\\d{2})`), named],
    [pattern('(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})'), (groups) => numeric(groups.year, groups.month, groups.day)],
    [
      pattern('(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<year>\\d{4})'),
      // Read in the locale's order, else the other way round when only that makes a date (24/06 in en-US).
      ({ a, b, year: y }) => (numericDayFirst ? numeric(y, b, a) ?? numeric(y, a, b) : numeric(y, a, b) ?? numeric(y, b, a)),
    ],
    [pattern(weekday), named],
  ];

  function named(groups: Record<string, string | undefined>): DateParts | undefined {
    const parts: DateParts = {};
    if (groups.year !== undefined) parts.year = Number(groups.year);
    if (groups.month !== undefined) parts.month = months.get(groups.month);
    if (groups.day !== undefined) parts.day = Number(groups.day);
    if (groups.weekday !== undefined) parts.weekday = weekdays.get(groups.weekday);
    return parts.day !== undefined && !(parts.day >= 1 && parts.day <= 31) ? undefined : parts;
  }

  return readers;
});

/** Every date `text` states, whole or in part; overlapping readings are left for the caller to resolve. */
export function readDates(text: string, { locale = 'en-US' }: ReadOptions = {}): Reading[] {
  const readings: Reading[] = [];
  for (const [regex, read] of dateReaders(locale)) {
    for (const match of text.matchAll(regex)) {
      const value = read(match.groups ?? {});
      if (value !== undefined) readings.push({ kind: 'date', value, start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(YEAR)) {
    if (isYear(text, match.index, match.index + match[0].length)) {
      readings.push({ kind: 'date', value: { year: Number(match[0]) }, start: match.index, end: match.index + match[0].length });
    }
  }
  return readings;
}

function numeric(year: string | undefined, month: string | undefined, day: string | undefined): DateParts | undefined {
  const parts = { year: Number(year), month: Number(month), day: Number(day) };
  return parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= 31 ? parts : undefined;
}

/** A four-digit figure is a year after a cue word ("in 2024") or when nothing follows it in the clause ("2024."). */
function isYear(text: string, start: number, end: number): boolean {
  return YEAR_CUE.test(text.slice(Math.max(0, start - 20), start)) || /^\s*(?:$|[,.;:!?)\]])/.test(text.slice(end, end + 3));
}
