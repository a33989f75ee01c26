import type { Fact } from '../facts/fact.js';
import { value } from '../facts/value.js';
import * as msg from '../messages/checks.js';
import type { Claim } from './claim.js';
import { type ClaimBaseOptions, makeClaim, readValues } from './parse-claim.js';

/** Options for {@link claimDate}. */
export interface ClaimDateOptions extends ClaimBaseOptions {
  /** The date the data give; without it the claim is checked against the calendar alone. */
  expect?: Fact;
  /**
   * A day near the stated one (a date fact or an ISO day), used to resolve a date the story gives
   * without its month or year: "Thursday 8" near 2025-05-10 is Thursday, May 8, 2025.
   */
  near?: Fact | string;
}

/**
 * A stated date. Against `expect` every part the story gives must match (weekday included); with
 * no fact, a stated weekday must fall on the stated date. A date missing its month or year is
 * `incomplete`, resolved from `expect` or `near` when they allow.
 *
 * @example claimDate('Monday, June 24, 2024') // supported: June 24, 2024 was a Monday
 * @example claimDate('Thursday 8', {near: '2025-05-10'}) // incomplete, resolved to May 8, 2025
 */
export function claimDate(text: string, { expect, near, id, sentence, statedBy, ...read }: ClaimDateOptions = {}): Claim {
  const [reading] = readValues(text, ['date'], read);
  const nearFact = typeof near === 'string' ? value(near, { label: msg.nearLabel() }) : near;
  const against = expect !== undefined ? { type: 'fact' as const, fact: expect } : { type: 'calendar' as const, ...(nearFact !== undefined ? { near: nearFact } : {}) };
  return makeClaim(text, reading, against, { id, sentence, statedBy });
}
