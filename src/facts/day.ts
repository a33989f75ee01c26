/**
 * Calendar days as UTC-midnight timestamps: parsing, printing and counting months between two days.
 * Everything runs in UTC so that a fact never shifts by a day with the machine's time zone.
 */

import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day given as a `Date` at UTC midnight or an ISO day string, as a timestamp; `undefined` if it is neither. */
export function dayValue(value: unknown): number | undefined {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isFinite(time) && time % DAY_MS === 0 ? time : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match = ISO_DAY.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over to March; a day that does not exist is not a day.
  return new Date(time).getUTCDate() === day && new Date(time).getUTCMonth() === month - 1 ? time : undefined;
}

/** Like {@link dayValue}, but throws a `FactError` for anything that is not a day. */
export function parseDay(value: Date | string): number {
  const time = dayValue(value);
  if (time === undefined) throw new FactError(msg.notADay(value instanceof Date ? value.toISOString() : value));
  return time;
}

/** The ISO day of a timestamp: "2024-06-24". */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: number, to: number): number {
  return Math.round((to - from) / DAY_MS);
}

/**
 * Months from `from` to `to`, counted on the calendar: whole months first (June 24 → May 24 is 11),
 * then the rest as a fraction of the month it falls in. Negative when `to` is earlier.
 */
export function monthsBetween(from: number, to: number): number {
  if (to < from) return -monthsBetween(to, from);
  const start = new Date(from);
  const end = new Date(to);
  let whole = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  if (addMonths(from, whole) > to) whole -= 1;
  const reached = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  return whole + (to - reached) / (next - reached);
}

/** `time` moved by `months` calendar months, keeping the day of the month where it exists (Jan 31 + 1 → Feb 28). */
export function addMonths(time: number, months: number): number {
  const date = new Date(time);
  const target = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
  const lastDay = new Date(Date.UTC(new Date(target).getUTCFullYear(), new Date(target).getUTCMonth() + 1, 0)).getUTCDate();
  return target + (Math.min(date.getUTCDate(), lastDay) - 1) * DAY_MS;
}
