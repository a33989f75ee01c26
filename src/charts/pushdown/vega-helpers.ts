/**
 * The helpers of vega's own transforms that pushdown reuses so that it computes exactly what vega
 * would (bin boundaries, time-unit floors, quartiles). They come from the packages vega is made of
 * (vega-statistics, vega-time, vega-format, vega-util), the same modules vega re-exports, rather than
 * from vega itself: pushdown then does not load vega's renderer, which a build whose charts are all
 * remembered never needs. Those packages declare no types, or not these: they are typed here, in one place.
 */

import { timeFormatDefaultLocale } from 'vega-format';
import { bin, quartiles } from 'vega-statistics';
import { timeFloor, timeInterval, timeUnits, utcFloor, utcInterval } from 'vega-time';
import * as vegaUtil from 'vega-util';

/** Parameters of vega-statistics' `bin` (those of vega's bin transform). */
export interface VegaBinParams {
  extent: [number, number];
  maxbins?: number;
  base?: number;
  divide?: number[];
  span?: number;
  step?: number;
  steps?: number[];
  minstep?: number;
  nice?: boolean;
  anchor?: number;
}

/** A time-unit floor: a date (or epoch milliseconds) to the start of its unit, as a `Date`. */
export type TimeFloor = (value: unknown) => Date;

/** A time interval's offset: a date moved by `step` units. */
export interface TimeInterval {
  offset(date: Date, step: number): Date;
}

interface VegaInternals {
  bin(params: VegaBinParams): { start: number; stop: number; step: number };
  timeUnits(units: readonly string[]): string[];
  timeFloor(units: readonly string[], step?: number): TimeFloor;
  utcFloor(units: readonly string[], step?: number): TimeFloor;
  timeInterval(unit: string): TimeInterval;
  utcInterval(unit: string): TimeInterval;
  quartiles(values: readonly unknown[], accessor?: (value: unknown) => unknown): [number, number, number];
  /** The current locale's parsers (vega-typings declares only the setter). */
  timeFormatLocale(): { timeParse(specifier: string): (text: unknown) => Date | null; utcParse(specifier: string): (text: unknown) => Date | null };
}

/** vega's helpers, typed. */
export const vegaHelpers = {
  bin, quartiles, timeUnits, timeFloor, utcFloor, timeInterval, utcInterval,
  // vega exports vega-format's default-locale accessor under this name.
  timeFormatLocale: () => timeFormatDefaultLocale(),
} as unknown as VegaInternals;

/** vega-util's reading of a field name as a path (`a.b`, `a["b"]`, `a\\.b`), which vega and Vega-Lite apply to every field. */
export const { splitAccessPath } = vegaUtil as unknown as { splitAccessPath(path: string): string[] };

/** vega-util's type tests, as vega's expression functions of the same names apply them. */
export const { isString, isNumber, isBoolean, isDate, isArray } = vegaUtil;

/** vega-util's coercions, which vega's parse and transforms apply to field values. */
export const { toNumber, toBoolean, toDate, toString: toText, isValid, inrange } = vegaUtil as unknown as {
  toNumber(value: unknown): number | null;
  toBoolean(value: unknown): boolean | null;
  toDate(value: unknown, parser?: (value: unknown) => unknown): unknown;
  toString(value: unknown): string | null;
  isValid(value: unknown): boolean;
  inrange(value: unknown, range: readonly unknown[], left?: boolean, right?: boolean): boolean;
};
