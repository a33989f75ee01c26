/**
 * The outcome of checking one claim: a verdict, what was expected and what was stated, how far
 * apart they are, and one line an editor understands.
 */

import type { Claim } from './claim.js';
import type { Range } from './tolerance.js';

/**
 * - `supported`: the data bear the claim out, within the tolerance its wording allows.
 * - `contradicted`: the data say otherwise.
 * - `incomplete`: what the story states agrees, but it leaves something out (a date without its month or year).
 * - `unverifiable`: nothing to check against (not bound, deliberately not checked, a currency the facts are not in).
 */
export type Verdict = 'supported' | 'contradicted' | 'incomplete' | 'unverifiable';

/** The verdicts in the order a ledger counts them. */
export const VERDICTS: readonly Verdict[] = ['contradicted', 'incomplete', 'unverifiable', 'supported'];

/** A value and how it prints. Dates are ISO days ("2024-06-24"). */
export interface Printed {
  value: number | string;
  text: string;
  /** The unit of a number ("USD", "officers", "%"), when it has one. */
  unit?: string;
}

/** How far the stated value is from the expected one. */
export interface Difference {
  /** Stated minus expected, in `unit` (days for dates). */
  absolute: number;
  /** `absolute` over the expected value, when that is not zero (0.066 = 6.6% too high). */
  relative?: number;
  /** Stated over expected, when both are positive (10.54 = more than ten times too high). */
  factor?: number;
  unit: string;
}

/** One line of the ledger. */
export interface LedgerEntry {
  claim: Claim;
  verdict: Verdict;
  /** The claim's value as the story states it. */
  stated: { value: Claim['value']; text: string };
  /** What the data give, when there is something to compare with. */
  expected?: Printed;
  difference?: Difference;
  /** The expected values that would have supported the claim. */
  accepted?: Range;
  /** For an incomplete date: the day it most likely means, from the data or a nearby date. */
  resolved?: Printed;
  /** One line for an editor: what the data say and why the verdict. */
  explanation: string;
}

/** The fields every entry takes from its claim. */
export function entryFor(claim: Claim, verdict: Verdict, explanation: string, rest: Partial<Omit<LedgerEntry, 'claim' | 'verdict' | 'explanation' | 'stated'>> = {}): LedgerEntry {
  return { claim, verdict, stated: { value: claim.value, text: claim.text }, ...rest, explanation };
}

/** Stated minus expected, with the relative size and factor where they mean something. */
export function differenceOf(stated: number, expected: number, unit: string): Difference {
  return {
    absolute: stated - expected,
    ...(expected !== 0 ? { relative: (stated - expected) / Math.abs(expected) } : {}),
    ...(expected > 0 && stated > 0 ? { factor: stated / expected } : {}),
    unit,
  };
}
