/**
 * Calendar arithmetic for date claims, in UTC: the parts of a day, whether stated parts name a real
 * day, and the day nearest a reference that a partial date ("Thursday 8") can mean.
 */

import type { DateParts } from './claim.js';

const DAY_MS = 86_400_000;
/** How far from the reference day a partial date is looked for: three years either way. */
const SEARCH_DAYS = 3 * 366;

/** Year, month (1–12), day and weekday (0 = Sunday) of a UTC-midnight timestamp. */
export function partsOf(time: number): Required<DateParts> {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** The day `parts` name when they give year, month and day; undefined when they do not, or name no real day (February 30). */
export function dayOf({ year, month, day }: DateParts): number | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const back = partsOf(time);
  return back.year === year && back.month === month && back.day === day ? time : undefined;
}

/** Whether the stated parts give year, month and day. */
export function isWhole({ year, month, day }: DateParts): boolean {
  return year !== undefined && month !== undefined && day !== undefined;
}

/**
 * What a date that names a day leaves out ("month", "year", "month and year"), or undefined when
 * nothing is missing. A month or a year alone ("June 2024", "in 2024") is a period, complete as stated.
 */
export function missingParts({ year, month, day, weekday }: DateParts): ('month' | 'year')[] | undefined {
  if (day === undefined && weekday === undefined) return undefined;
  const missing = [...(month === undefined ? (['month'] as const) : []), ...(year === undefined ? (['year'] as const) : [])];
  return missing.length > 0 ? missing : undefined;
}

/** Whether `time` has every part `parts` states. */
export function fits(parts: DateParts, time: number): boolean {
  const actual = partsOf(time);
  return (Object.keys(parts) as (keyof DateParts)[]).every((key) => parts[key] === undefined || parts[key] === actual[key]);
}

/** The stated parts (weekday aside) that `time` does not have. */
export function mismatches(parts: DateParts, time: number): (keyof DateParts)[] {
  const actual = partsOf(time);
  return (['year', 'month', 'day'] as const).filter((key) => parts[key] !== undefined && parts[key] !== actual[key]);
}

/** The day nearest `near` (up to three years away, the earlier on a tie) that has every stated part, or undefined. */
export function nearestFit(parts: DateParts, near: number): number | undefined {
  for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
    for (const time of offset === 0 ? [near] : [near - offset * DAY_MS, near + offset * DAY_MS]) {
      if (fits(parts, time)) return time;
    }
  }
  return undefined;
}

/** Days from `from` to `to`. */
export function daysFrom(from: number, to: number): number {
  return Math.round((to - from) / DAY_MS);
}
