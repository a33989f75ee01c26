import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import { parseDay } from './day.js';
import type { Fact, FactKind, FactSource } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';

/** Options for {@link value}. */
export interface ValueOptions extends FormatOptions {
  /** What the value is ("US funding paused, as the article states it"). */
  label: string;
  /** Default `date` for a `Date` or ISO-day string, else `number`. */
  kind?: FactKind;
  /** Currency code for money, "day" for dates (the default), else what is counted. Default "". */
  unit?: string;
  /** Default "stated": the value was given by hand, not computed. */
  how?: string;
  id?: string;
  /** Where the value was read, if anywhere. */
  sources?: readonly FactSource[];
}

/**
 * A fact stated by hand: a figure quoted from a document, a threshold, a date. Dates may be given
 * as a `Date` at UTC midnight or an ISO day ("2024-06-24").
 *
 * @example value(13_000_000, {kind: 'money', unit: 'USD', label: 'US funding paused'}).text // "$13 million"
 */
export function value(
  x: number | Date | string,
  { label, kind, unit, how = 'stated', id, sources = [], ...format }: ValueOptions,
): Fact {
  const resolvedKind: FactKind = kind ?? (typeof x === 'number' ? 'number' : 'date');
  if (resolvedKind === 'date') {
    return makeFact({ id, kind: 'date', value: parseDay(typeof x === 'number' ? new Date(x) : x), unit: unit ?? 'day', label, how, sources }, format);
  }
  if (typeof x !== 'number') throw new FactError(msg.needsNumber(label, resolvedKind));
  return makeFact({ id, kind: resolvedKind, value: x, unit: unit ?? '', label, how, sources }, format);
}
