/**
 * Helpers for facts made from other facts: how a term is written in a `how` expression, and the
 * checks that the terms can be combined.
 */

import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import { isoDay } from './day.js';
import type { Fact, FactKind } from './fact.js';
import { numberFormat } from './intl-formats.js';

/**
 * A fact as a term of a `how` expression: "13,000,000 USD", "129.27 KES/USD", "2024-06-24". Always
 * en-US digits and up to six decimals, so that `how` reads the same in every report locale.
 */
export function quantity({ kind, value, unit }: Pick<Fact, 'kind' | 'value' | 'unit'>): string {
  if (kind === 'date') return isoDay(value);
  const number = numberFormat('en-US', { maximumFractionDigits: 6 }).format(value);
  if (kind === 'percent') return `${number}%`;
  return unit === '' ? number : `${number} ${unit}`;
}

/** Throw a `FactError` unless `fact` is one of `kinds`. */
export function requireKind(fact: Fact, kinds: readonly FactKind[]): void {
  if (!kinds.includes(fact.kind)) throw new FactError(msg.wrongKind(fact.label, fact.kind, kinds.join(' or ')));
}

/** Throw a `FactError` unless `a` and `b` are the same kind of value (a count and a number are) in the same unit. */
export function requireAlike(operation: string, a: Fact, b: Fact, { hint }: { hint?: string } = {}): void {
  if (a.kind !== b.kind && !(isPlain(a.kind) && isPlain(b.kind))) {
    throw new FactError(msg.kindMismatch(operation, a.label, a.kind, b.label, b.kind), hint !== undefined ? { hint } : {});
  }
  if (a.unit !== b.unit) {
    throw new FactError(msg.unitMismatch(operation, a.label, a.unit, b.label, b.unit), { hint: hint ?? msg.unitMismatchHint() });
  }
}

function isPlain(kind: FactKind): boolean {
  return kind === 'count' || kind === 'number';
}
