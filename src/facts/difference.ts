import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import type { Fact, FactKind } from './fact.js';
import { type FormatOptions, formatValue } from './format.js';
import { formatPercent } from './format-number.js';
import { makeFact, resolveLocale } from './make-fact.js';
import { quantity, requireAlike } from './quantity.js';

/** Options for {@link difference}. */
export interface DifferenceOptions extends FormatOptions {
  /** Default "<a> minus <b>". */
  label?: string;
  id?: string;
}

/**
 * `a − b`, in their shared unit, with forms `change` ("183 more", "$2 million less") and, when `b`
 * is not zero, `percentChange` ("+84.3%"). The difference of two percentages is in percentage points.
 * For the time between two dates use `span`.
 *
 * @example difference(first, third).forms.change // "183 more"
 */
export function difference(a: Fact, b: Fact, { label, id, ...format }: DifferenceOptions = {}): Fact {
  for (const fact of [a, b]) {
    if (fact.kind === 'date') throw new FactError(msg.wrongKind(fact.label, 'date', 'an amount'), { hint: msg.datesDifferenceHint() });
  }
  requireAlike('difference', a, b);
  const value = a.value - b.value;
  const kind: FactKind = a.kind === 'percent' || a.kind === 'ratio' || a.kind !== b.kind ? 'number' : a.kind;
  const unit = a.kind === 'percent' ? msg.percentagePoints() : a.unit;
  const locale = resolveLocale(format, [a, b]);
  const size = formatValue({ kind, value: Math.abs(value), unit }, { ...format, locale }).text;
  const change = value === 0 ? msg.theSame() : value > 0 ? msg.more(size) : kind === 'count' ? msg.fewer(size) : msg.less(size);
  return makeFact(
    {
      id,
      kind,
      value,
      unit,
      label: label ?? msg.differenceLabel(a.label, b.label),
      how: `${quantity(a)} − ${quantity(b)}`,
      inputs: [a, b],
      forms: {
        change,
        ...(b.value !== 0 ? { percentChange: formatPercent((value / Math.abs(b.value)) * 100, { locale, fractionDigits: 1 }, true) } : {}),
      },
    },
    { ...format, locale },
  );
}
