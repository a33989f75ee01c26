/**
 * Checking a stated total against the figures the story gives for its parts: a story must add up.
 */

import { FactError } from '../errors.js';
import * as msg from '../messages/checks.js';
import type { Claim } from './claim.js';
import type { ResolvedContext } from './context.js';
import { printValue } from './print.js';
import { acceptedRange, inRange } from './tolerance.js';
import { type LedgerEntry, differenceOf, entryFor } from './verdict.js';

/** The stated amount of a figure and its currency, or a `FactError` for a claim that is not a figure. */
function figureOf(claim: Claim, total: string): { value: number; currency?: string | undefined } {
  switch (claim.kind) {
    case 'money':
      return { value: claim.value.amount, currency: claim.value.currency };
    case 'number':
    case 'total':
      return { value: claim.value };
    default:
      throw new FactError(msg.partNotFigure(claim.id, total));
  }
}

/** Check `claim` against the sum of the claims named in `of`. */
export function checkSum(claim: Claim, of: readonly string[], context: ResolvedContext): LedgerEntry {
  if (claim.kind !== 'money' && claim.kind !== 'number' && claim.kind !== 'total') throw new FactError(msg.partNotFigure(claim.id, claim.id));
  const total = figureOf(claim, claim.id);
  const parts = of.map((id) => {
    const part = context.claims.find((other) => other.id === id);
    if (part === undefined) throw new FactError(msg.unknownPart(id, claim.id), { hint: msg.unknownPartHint(context.claims.map((other) => other.id)) });
    return { claim: part, ...figureOf(part, claim.id) };
  });
  const currencies = new Set([total.currency, ...parts.map((part) => part.currency)].filter((code) => code !== undefined));
  if (currencies.size > 1) throw new FactError(msg.partsMixCurrencies(claim.id, [...currencies]));
  const [currency] = currencies;
  const sum = parts.reduce((acc, part) => acc + part.value, 0);
  const accepted = acceptedRange(total.value, { step: claim.step, bound: claim.qualifier?.bound, approximate: context.tolerances.approximate });
  const print = { locale: context.locale, symbol: claim.kind === 'money' ? claim.value.symbol : undefined };
  const printed = (value: number) => (currency !== undefined ? printValue('money', value, currency, print) : printValue('number', value, '', print));
  const sumText = printed(sum);
  const expression = msg.sumExpression(parts.map((part) => printed(part.value)), sumText);
  const common = { expected: { value: sum, text: sumText, ...(currency !== undefined ? { unit: currency } : {}) }, difference: differenceOf(total.value, sum, currency ?? ''), accepted };
  return inRange(sum, accepted)
    ? entryFor(claim, 'supported', msg.sumHolds(expression), common)
    : entryFor(claim, 'contradicted', msg.sumWrong(expression, claim.text), common);
}
