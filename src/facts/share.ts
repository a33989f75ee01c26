import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { quantity, requireAlike, requireKind } from './quantity.js';

/** Options for {@link share} and {@link percent}. */
export interface ShareOptions extends FormatOptions {
  /** Default "<part> as a share of <whole>". */
  label?: string;
  id?: string;
}

/**
 * `part` as a percentage of `whole` (400 of 817 officers → 48.96, "49%", phrase "about half"). Both
 * must be the same kind of value in the same unit; a zero `whole` is a `FactError`.
 *
 * @example share(firstContingent, allOfficers).forms.phrase // "about half"
 */
export function share(part: Fact, whole: Fact, { label, id, ...format }: ShareOptions = {}): Fact {
  requireKind(part, ['count', 'number', 'money', 'duration']);
  requireAlike('share', part, whole);
  if (whole.value === 0) throw new FactError(msg.divideByZero(part.label, whole.label));
  return makeFact(
    {
      id,
      kind: 'percent',
      value: (part.value / whole.value) * 100,
      unit: '%',
      label: label ?? msg.shareLabel(part.label, whole.label),
      how: `${quantity(part)} ÷ ${quantity(whole)} × 100`,
      inputs: [part, whole],
    },
    format,
  );
}

/** The same as {@link share}, for code that reads better as "percent of". */
export function percent(part: Fact, whole: Fact, options: ShareOptions = {}): Fact {
  return share(part, whole, options);
}
