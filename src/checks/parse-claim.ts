/**
 * What the claim builders share: reading the value out of the words a report author quotes, and
 * assembling the claim with a fixed key order.
 */

import { FactError } from '../errors.js';
import * as msg from '../messages/checks.js';
import type { Binding, Claim, ClaimKind } from './claim.js';
import { readClaims } from './extract.js';
import type { ReadOptions, Reading } from './reading.js';

/** Options every claim builder takes. */
export interface ClaimBaseOptions extends ReadOptions {
  /** The whole sentence the words come from, as the article prints it. */
  sentence?: string;
  /** Unique within the story; default the claim's text. */
  id?: string;
  /**
   * Who states the claim: the article being checked (default), or the report itself (a headline's
   * "817"). A report's claims are checked like any other but not looked for in the article.
   */
  statedBy?: 'article' | 'report';
}

/** The values `text` states, in order; a `FactError` when it states none of `kinds`. */
export function readValues(text: string, kinds: readonly ClaimKind[], options: ReadOptions): [Reading, ...Reading[]] {
  const readings = readClaims(text, options).filter((reading) => kinds.includes(reading.kind));
  const [first, ...rest] = readings;
  if (first === undefined) throw new FactError(msg.noValueIn(text, kinds), { hint: msg.noValueInHint() });
  return [first, ...rest];
}

/** A claim from a reading of its words, bound to `against`. `kind` overrides the reading's (a number read as a `total`). */
export function makeClaim(
  text: string,
  reading: Reading,
  against: Binding,
  { id, sentence, statedBy }: Pick<ClaimBaseOptions, 'id' | 'sentence' | 'statedBy'>,
  kind?: 'total',
): Claim {
  const { start: _start, end: _end, qualifier, ...stated } = reading;
  const value = kind !== undefined && stated.kind === 'number' ? { ...stated, kind } : stated;
  return {
    id: id ?? text,
    text,
    ...(sentence !== undefined ? { sentence } : {}),
    ...(statedBy === 'report' ? { statedBy } : {}),
    ...(qualifier !== undefined ? { qualifier } : {}),
    ...value,
    against,
  };
}
