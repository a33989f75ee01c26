/**
 * Vega-Lite time units (`"yearmonth"`, `"utcmonthdate"`, `{unit: "yearmonth", step: 2}`) read the
 * way Vega-Lite compiles them, and floored with vega-time's own functions: the dates pushdown
 * computes are the ones vega's timeunit transform would compute.
 */

import * as msg from '../../messages/pushdown.js';
import { vegaHelpers, type TimeFloor } from './vega-helpers.js';

/** A time unit as vega's timeunit transform takes it. */
export interface TimeUnitSpec {
  /** Parts, largest first (`['year', 'month']`). */
  units: string[];
  /** Floors in UTC rather than in the local time zone. */
  utc: boolean;
  step: number;
  /** Already-binned data: the values are starts of units, nothing to floor. */
  binned: boolean;
}

// Vega-Lite's TIMEUNIT_PARTS, in its order.
const PARTS = ['year', 'quarter', 'month', 'week', 'day', 'dayofyear', 'date', 'hours', 'minutes', 'seconds', 'milliseconds'];

/** Vega-Lite's `containsTimeUnit`: `day` is not in `dayofyear`, `seconds` not in `milliseconds`. */
function contains(unit: string, part: string): boolean {
  const index = unit.indexOf(part);
  if (index < 0) return false;
  if (index > 0 && part === 'seconds' && unit.charAt(index - 1) === 'i') return false;
  if (unit.length > index + 3 && part === 'day' && unit.charAt(index + 3) === 'o') return false;
  if (index > 0 && part === 'year' && unit.charAt(index - 1) === 'f') return false;
  return true;
}

/** The parts of a unit name, as Vega-Lite's `getTimeUnitParts` lists them. */
export function timeUnitParts(unit: string): string[] {
  return PARTS.filter((part) => contains(unit, part));
}

/**
 * Read a Vega-Lite time unit, or say why it is not pushed down (a `maxbins` unit depends on the
 * data's extent in ways not reproduced here; an unknown name would not compile anyway).
 */
export function readTimeUnit(timeUnit: unknown): TimeUnitSpec | { reason: string } {
  let unit: unknown;
  let utc = false;
  let step = 1;
  let binned = false;
  if (typeof timeUnit === 'string') {
    binned = timeUnit.startsWith('binned');
    unit = binned ? timeUnit.slice(6) : timeUnit;
  } else if (typeof timeUnit === 'object' && timeUnit !== null) {
    const params = timeUnit as Record<string, unknown>;
    const extra = Object.keys(params).filter((key) => !['unit', 'utc', 'step', 'binned'].includes(key));
    if (extra.length > 0) return { reason: msg.timeUnitParams(extra) };
    unit = params['unit'];
    utc = params['utc'] === true;
    step = typeof params['step'] === 'number' ? params['step'] : 1;
    binned = params['binned'] === true;
  }
  if (typeof unit !== 'string') return { reason: msg.timeUnitParams(['maxbins']) };
  if (unit.startsWith('utc')) {
    utc = true;
    unit = unit.slice(3);
  }
  const units = timeUnitParts(unit as string);
  if (units.length === 0) return { reason: msg.unknownTimeUnit(String(unit)) };
  // A millisecond unit makes groups vega keys by the date's text, which stops at seconds.
  if (units.includes('milliseconds')) return { reason: msg.millisecondUnit() };
  return { units, utc, step, binned };
}

/** vega's floor for a time unit: a value to the start of its unit, as vega's timeunit transform floors it. */
export function timeFloor({ units, utc, step }: TimeUnitSpec): TimeFloor {
  const parts = vegaHelpers.timeUnits(units);
  return (utc ? vegaHelpers.utcFloor : vegaHelpers.timeFloor)(parts, step);
}

/** The end of each unit, as vega's timeunit transform computes it (`offset(start, step)`). */
export function timeCeil({ units, utc, step }: TimeUnitSpec): (start: Date) => Date {
  const parts = vegaHelpers.timeUnits(units);
  const unit = parts[parts.length - 1] ?? 'year';
  const interval = (utc ? vegaHelpers.utcInterval : vegaHelpers.timeInterval)(unit);
  return (start) => interval.offset(start, step);
}
