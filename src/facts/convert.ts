import type { Dataset } from '../data/dataset.js';
import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import { parseDay } from './day.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { minorDigits } from './format-number.js';
import { makeFact } from './make-fact.js';
import { quantity, requireKind } from './quantity.js';
import { type RateOnOptions, rateOn } from './rate-on.js';

/** Options for {@link convert}. */
export interface ConvertOptions extends FormatOptions, Pick<RateOnOptions, 'date' | 'rate' | 'cite'> {
  /** Currency to convert into (ISO 4217 code). */
  to: string;
  /** Exchange rates: one row per day, a date column and a rate column in quote currency per `base`. */
  rates: Dataset;
  /** The day whose rate applies: a `Date` at UTC midnight, an ISO day, or a date fact. */
  on: Date | string | Fact;
  /** The currency the rates price ("USD" for a `kes_per_usd` column). Default "USD". */
  base?: string;
  /** Default "<amount's label>, in <to>". */
  label?: string;
  id?: string;
}

/**
 * An amount of money in another currency, at the rate in force on a day (the latest rate dated on or
 * before it; see `rateOn`). Converting out of `base` multiplies by the rate, into `base` divides. The
 * result is rounded to the target currency's minor unit. Its inputs are the amount, the rate fact
 * (whose source is the rate's row) and, when given as a fact, the day.
 *
 * @example
 * convert(funding, {to: 'KES', rates: fx, on: '2025-05-08', currencyStyle: 'newsroom'})
 * // {value: 1680510000, text: "sh1.68 billion", how: "13,000,000 USD × 129.27 KES/USD", ...}
 */
export function convert(
  amount: Fact,
  { to, rates, on, base = 'USD', date, rate, cite, label, id, ...format }: ConvertOptions,
): Fact {
  requireKind(amount, ['money']);
  const from = amount.unit;
  if (from === to) throw new FactError(msg.sameCurrency(amount.label, to));
  if (from !== base && to !== base) throw new FactError(msg.notInPair(from, to, base), { hint: msg.notInPairHint() });
  const quote = from === base ? to : from;
  const day = isFact(on) ? on : undefined;
  if (day !== undefined) requireKind(day, ['date']);
  const onTime = isFact(on) ? on.value : parseDay(on);
  const rateFact = rateOn(rates, {
    on: onTime,
    base,
    quote,
    ...(date !== undefined ? { date } : {}),
    ...(rate !== undefined ? { rate } : {}),
    ...(cite !== undefined ? { cite } : {}),
    ...format,
  });
  const exact = from === base ? amount.value * rateFact.value : amount.value / rateFact.value;
  // Rounding to the minor unit removes floating-point noise (13e6 × 129.27 = 1680510000.0000002).
  const scale = 10 ** minorDigits(to);
  return makeFact(
    {
      id,
      kind: 'money',
      value: Math.round(exact * scale) / scale,
      unit: to,
      label: label ?? msg.convertedLabel(amount.label, to),
      how: `${quantity(amount)} ${from === base ? '×' : '÷'} ${quantity(rateFact)}`,
      inputs: [amount, rateFact, ...(day !== undefined ? [day] : [])],
    },
    format,
  );
}

function isFact(on: Date | string | Fact): on is Fact {
  return typeof on === 'object' && !(on instanceof Date);
}
