/**
 * How far a value from the data may sit from a stated figure and still support it. The default is
 * the figure's own rounding: "$13 million" covers 12.5–13.5 million, "817" only 817, "49%" 48.5–49.5%.
 * Qualifiers bound it ("more than $13 million" needs at least 13 million) or loosen it ("about").
 */

import type { Bound, ClaimKind } from './claim.js';

/** Tolerances of the checks; every field has a default (see {@link DEFAULT_TOLERANCES}). */
export interface Tolerances {
  /** Relative margin of a converted amount against the amount at the rate of the day (rates move within a day). Default 0.01. */
  conversion: number;
  /** Relative margin that "about", "around", "roughly", "nearly"… allow. Default 0.1. */
  approximate: number;
  /** Extra relative margin by kind, beyond the stated rounding. Default none: counts exact, dates exact. */
  relative: Partial<Record<ClaimKind, number>>;
  /** How close (relative) a ratio must be to 1,000 or 1,000,000 to call a figure off by that factor. Default 0.05. */
  factor: number;
}

/** The defaults: counts and dates exact, figures to their stated rounding, conversions within 1%. */
export const DEFAULT_TOLERANCES: Tolerances = { conversion: 0.01, approximate: 0.1, relative: {}, factor: 0.05 };

/** The tolerances with `partial` laid over the defaults. */
export function tolerancesWith(partial: Partial<Tolerances> = {}): Tolerances {
  return { ...DEFAULT_TOLERANCES, ...partial, relative: { ...DEFAULT_TOLERANCES.relative, ...partial.relative } };
}

/** Values that support a stated figure: from `low` to `high`, either open when absent. */
export interface Range {
  low?: number;
  high?: number;
}

/** Options for {@link acceptedRange}. */
export interface RangeOptions {
  /** Size of the last stated digit; the figure covers half of it either side. */
  step: number;
  bound?: Bound | undefined;
  /** Relative margin beyond the rounding. Default 0. */
  relative?: number;
  /** Relative margin of "about" and its kin. */
  approximate: number;
}

/** The values that support `stated`, written to `step` with the qualifier's `bound`. */
export function acceptedRange(stated: number, { step, bound, relative = 0, approximate }: RangeOptions): Range {
  const margin = Math.max(step / 2, relative * Math.abs(stated));
  const loose = Math.max(margin, approximate * Math.abs(stated));
  switch (bound) {
    case 'at-least':
      return { low: stated };
    case 'at-most':
      return { high: stated };
    case 'about':
      return { low: stated - loose, high: stated + loose };
    case 'just-under':
      return { low: stated - loose, high: stated };
    case 'just-over':
      return { low: stated, high: stated + loose };
    default:
      return { low: stated - margin, high: stated + margin };
  }
}

/** Whether `value` lies in `range` (ends included, with room for floating-point noise). */
export function inRange(value: number, { low, high }: Range): boolean {
  const noise = 1e-9 * Math.max(1, Math.abs(value));
  return (low === undefined || value >= low - noise) && (high === undefined || value <= high + noise);
}

/**
 * The power of 1,000 that `factor` sits near (1,000 or 1,000,000, either way up), or undefined:
 * 1,001.3 → 1000, 0.00099 → 1000.
 */
export function thousandFold(factor: number, tolerance: number): number | undefined {
  if (!(factor > 0)) return undefined;
  const size = factor >= 1 ? factor : 1 / factor;
  return [1e3, 1e6, 1e9].find((power) => Math.abs(size / power - 1) <= tolerance);
}
