import type { Claim } from './claim.js';
import { type ClaimBaseOptions, makeClaim, readValues } from './parse-claim.js';

/** Options for {@link claimSum}. */
export type ClaimSumOptions = ClaimBaseOptions;

/**
 * A total the story states, checked against the sum of other figures it states (by claim id): the
 * story must add up, whatever the data say. Bind the parts to facts with `claim` as well.
 *
 * @example claimSum('817', ['400', '200', '217'])
 */
export function claimSum(text: string, parts: readonly string[], { id, sentence, statedBy, ...read }: ClaimSumOptions = {}): Claim {
  const [reading] = readValues(text, ['number', 'money'], read);
  return makeClaim(text, reading, { type: 'sum', of: [...parts] }, { id, sentence, statedBy }, 'total');
}
