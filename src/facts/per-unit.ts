import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { quantity, requireKind } from './quantity.js';

/** Options for {@link perUnit}. */
export interface PerUnitOptions extends FormatOptions {
  /** What the value is ("US funding paused per officer deployed"). */
  label: string;
  id?: string;
  /** The counted thing in the singular, for the `phrase` form ("officer"). Default: the count's unit. */
  per?: string;
}

/**
 * An amount divided by a count: money per officer, officers per contingent. Money stays money in
 * its currency; other amounts become a number in "<unit> per <per>". A zero count is a `FactError`.
 *
 * @example perUnit(funding, officers, {label: 'funding per officer', per: 'officer'}).forms.phrase // "$15,911.87 per officer"
 */
export function perUnit(amount: Fact, count: Fact, { label, id, per = count.unit, ...format }: PerUnitOptions): Fact {
  requireKind(amount, ['money', 'count', 'number']);
  requireKind(count, ['count', 'number']);
  if (count.value === 0) throw new FactError(msg.divideByZero(amount.label, count.label));
  const money = amount.kind === 'money';
  const fact = makeFact(
    {
      id,
      kind: money ? 'money' : 'number',
      value: amount.value / count.value,
      unit: money ? amount.unit : msg.per(amount.unit, per),
      label,
      how: `${quantity(amount)} ÷ ${quantity(count)}`,
      inputs: [amount, count],
    },
    format,
  );
  return { ...fact, forms: { ...fact.forms, phrase: money ? msg.per(fact.text, per) : `${fact.text} ${fact.unit}` } };
}
