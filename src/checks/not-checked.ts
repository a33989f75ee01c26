import type { Claim } from './claim.js';
import { type ClaimBaseOptions, makeClaim, readValues } from './parse-claim.js';

/** Options for {@link notChecked}. */
export type NotCheckedOptions = ClaimBaseOptions;

/**
 * A stated value the desk deliberately leaves unchecked, with the reason; it stays in the ledger as
 * `unverifiable` so that a reader sees it was looked at.
 *
 * @example notChecked('two', 'the two nations are Kenya and the United States', {sentence})
 */
export function notChecked(text: string, reason: string, { id, sentence, statedBy, ...read }: NotCheckedOptions = {}): Claim {
  const [reading] = readValues(text, ['number', 'money', 'percent', 'ratio', 'span', 'date'], read);
  return makeClaim(text, reading, { type: 'unchecked', reason }, { id, sentence, statedBy });
}
