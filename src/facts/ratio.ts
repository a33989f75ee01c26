import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { quantity, requireAlike, requireKind } from './quantity.js';

/** Options for {@link ratio}. */
export interface RatioOptions extends FormatOptions {
  /** Default "<a> relative to <b>". */
  label?: string;
  id?: string;
}

/**
 * How many times `b` goes into `a`: a `ratio` fact with a phrase form ("about 10 times", "half",
 * "about the same"). Both must be the same kind of value in the same unit (use `perUnit` for money
 * per person); dividing by zero is a `FactError` naming both facts.
 *
 * @example ratio(funding, otherFunding).forms.phrase // "about 10 times"
 */
export function ratio(a: Fact, b: Fact, { label, id, ...format }: RatioOptions = {}): Fact {
  requireKind(a, ['count', 'number', 'money', 'percent', 'duration']);
  requireAlike('ratio', a, b);
  if (b.value === 0) throw new FactError(msg.divideByZero(a.label, b.label));
  return makeFact(
    {
      id,
      kind: 'ratio',
      value: a.value / b.value,
      unit: '×',
      label: label ?? msg.ratioLabel(a.label, b.label),
      how: `${quantity(a)} ÷ ${quantity(b)}`,
      inputs: [a, b],
    },
    format,
  );
}
