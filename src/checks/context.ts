/**
 * What a check may need beyond the claim: the story's other claims (for sums), the article (to
 * place claims and list what nobody bound), the day the story appeared, the locale, the tolerances.
 */

import type { Fact } from '../facts/fact.js';
import { parseDay } from '../facts/day.js';
import type { Claim } from './claim.js';
import type { ReadOptions } from './reading.js';
import { type Tolerances, tolerancesWith } from './tolerance.js';

/** Context for {@link checkClaim} and {@link checkClaims}. Every field is optional. */
export interface CheckContext extends ReadOptions {
  /** The story's claims, for sums that name other claims. `checkClaims` passes the list it checks. */
  claims?: readonly Claim[];
  /** The article: claims are placed in it (span, sentence), and values it states that no claim covers are listed as unbound. */
  article?: string;
  /** The day the story appeared (a date fact or an ISO day): resolves dates given without a month or year. */
  asOf?: Fact | string;
  /** Tolerances over {@link DEFAULT_TOLERANCES}. */
  tolerances?: Partial<Tolerances>;
}

/** The context with its defaults filled in. */
export interface ResolvedContext {
  claims: readonly Claim[];
  /** BCP 47 locale expected values and dates are printed in. */
  locale: string;
  tolerances: Tolerances;
  /** `asOf` as a UTC-midnight timestamp. */
  asOf?: number;
}

/** Fill in the defaults of a context. */
export function resolveContext({ claims = [], locale = 'en-US', asOf, tolerances }: CheckContext = {}): ResolvedContext {
  const day = asOf === undefined ? undefined : typeof asOf === 'string' ? parseDay(asOf) : asOf.value;
  return { claims, locale, tolerances: tolerancesWith(tolerances), ...(day !== undefined ? { asOf: day } : {}) };
}
