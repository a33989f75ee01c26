import { FactError } from '../errors.js';
import type { Fact } from '../facts/fact.js';
import * as msg from '../messages/checks.js';
import type { Claim } from './claim.js';
import { type ClaimBaseOptions, makeClaim, readValues } from './parse-claim.js';
import type { Reading } from './reading.js';

/** Options for {@link claimConversion}. */
export interface ClaimConversionOptions extends ClaimBaseOptions {
  /**
   * A converted amount made by `convert` from the facts stage: its amount, rate and day are taken
   * from its inputs. Give this, or `rate` (and `amount` unless the text states it).
   */
  converted?: Fact;
  /** The exchange rate, a number fact in "<quote>/<base>" ("KES/USD"), as `rateOn` makes it. */
  rate?: Fact;
  /** The amount converted. Default: the first amount the text states ("$13 million" in "$13 million(sh17.71 billion)"). */
  amount?: Fact;
  /** The day of the rate, named in the explanation. */
  on?: Fact;
}

/**
 * A converted figure checked against the amount at the rate in force: the last amount `text`
 * states must be `amount` × `rate` (or ÷, converting into the rate's base currency), within 1%.
 * A figure converted the wrong way round, or off by a factor of 1,000, is named as such.
 *
 * @example
 * claimConversion('$13 million(sh17.71 billion)', {sentence, rate: kesPerUsd})
 * claimConversion('sh17.71 billion', {converted: fundingInKes})
 */
export function claimConversion(text: string, { converted, rate, amount, on, id, sentence, statedBy, ...read }: ClaimConversionOptions): Claim {
  const readings = readValues(text, ['money', 'number'], read);
  const stated = readings[readings.length - 1] ?? readings[0];
  const inputs = converted?.inputs ?? [];
  const rateFact = rate ?? inputs.find((input) => input.kind === 'number' && input.unit.includes('/'));
  const day = on ?? inputs.find((input) => input.kind === 'date');
  const source = amount ?? inputs.find((input) => input.kind === 'money') ?? (readings.length > 1 ? statedAmount(text, readings[0]) : undefined);
  if (rateFact === undefined) throw new FactError(msg.conversionNeedsRate(text), { hint: msg.conversionNeedsRateHint() });
  if (source === undefined) throw new FactError(msg.conversionNeedsAmount(text), { hint: msg.conversionNeedsAmountHint() });
  // The qualifier of a pair ("More than $13 million(sh17.71 billion)") governs both amounts.
  const reading = readings.length > 1 && readings[0].qualifier !== undefined ? { ...stated, qualifier: readings[0].qualifier } : stated;
  return makeClaim(text, reading, { type: 'conversion', amount: source, rate: rateFact, ...(day !== undefined ? { on: day } : {}) }, { id, sentence, statedBy });
}

/** The amount a pair states first, as a fact the conversion starts from. */
function statedAmount(text: string, reading: Reading): Fact {
  if (reading.kind !== 'money' || reading.value.currency === undefined) {
    throw new FactError(msg.conversionNeedsAmount(text), { hint: msg.conversionNeedsAmountHint() });
  }
  const quoted = text.slice(reading.start, reading.end);
  const words = reading.qualifier !== undefined ? quoted.slice(reading.qualifier.text.length).trimStart() : quoted;
  return {
    kind: 'money',
    value: reading.value.amount,
    unit: reading.value.currency,
    label: msg.statedAmountLabel(words),
    how: msg.statedHow(),
    sources: [],
    text: words,
  };
}
