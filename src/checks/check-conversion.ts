/**
 * Checking a converted amount: the stated figure against the amount at the rate in force. When it
 * is off, the explanation says how: converted the wrong way round (divided instead of multiplied),
 * off by a factor of 1,000, or at what rate the stated figure implies.
 */

import { FactError } from '../errors.js';
import type { Fact } from '../facts/fact.js';
import { minorDigits } from '../facts/format-number.js';
import * as msg from '../messages/checks.js';
import type { Claim } from './claim.js';
import type { ResolvedContext } from './context.js';
import { printDate, printValue } from './print.js';
import { acceptedRange, inRange, thousandFold } from './tolerance.js';
import { type LedgerEntry, differenceOf, entryFor } from './verdict.js';
import { numberFormat } from '../facts/intl-formats.js';

/** What a conversion claim is checked against. */
export interface ConversionAgainst {
  amount: Fact;
  rate: Fact;
  on?: Fact | undefined;
}

const ISO_DAY = /\d{4}-\d{2}-\d{2}/;

/** Check a stated converted amount against `amount` at `rate`. */
export function checkConversion(claim: Claim, { amount, rate, on }: ConversionAgainst, context: ResolvedContext): LedgerEntry {
  if (claim.kind !== 'money' && claim.kind !== 'number') {
    throw new FactError(msg.kindMismatch(claim.text, claim.kind, amount.label, amount.kind), { hint: msg.kindMismatchHint() });
  }
  const [quote, base] = rate.unit.split('/');
  if (rate.kind !== 'number' || quote === undefined || base === undefined || !(rate.value > 0)) {
    throw new FactError(msg.notARate(rate.label, rate.unit), { hint: msg.notARateHint() });
  }
  if (amount.kind !== 'money' || (amount.unit !== base && amount.unit !== quote)) {
    throw new FactError(msg.amountNotInPair(amount.label, amount.unit, rate.unit));
  }
  const target = amount.unit === base ? quote : base;
  const symbol = claim.kind === 'money' ? claim.value.symbol : undefined;
  if (claim.kind === 'money' && claim.value.currency !== undefined && claim.value.currency !== target) {
    throw new FactError(msg.conversionCurrency(claim.text, claim.value.currency, target));
  }
  const stated = claim.kind === 'money' ? claim.value.amount : claim.value;
  const multiply = amount.unit === base;
  // Rounded to the currency's minor unit, as `convert` rounds: 13e6 × 129.27 is 1680510000.0000002 in binary.
  const scale = 10 ** minorDigits(target);
  const expected = Math.round((multiply ? amount.value * rate.value : amount.value / rate.value) * scale) / scale;
  const inverse = multiply ? amount.value / rate.value : amount.value * rate.value;
  const range = acceptedRange(stated, { step: claim.step, relative: context.tolerances.conversion, approximate: context.tolerances.approximate });
  // The accepted range is around the stated figure; an expected value inside it supports the claim.
  const print = { locale: context.locale, symbol };
  const words = {
    rate: msg.rateText(rate.text, quote, base),
    cite: citation(rate, on, context.locale),
    amount: amount.text,
    expected: printValue('money', expected, target, print),
    stated: printValue('money', stated, target, { ...print, significantDigits: 4 }),
  };
  const common = {
    expected: { value: expected, text: words.expected, unit: target },
    difference: differenceOf(stated, expected, target),
    accepted: range,
  };
  if (inRange(expected, range)) return entryFor(claim, 'supported', msg.conversionHolds(words), common);
  if (inRange(inverse, range)) return entryFor(claim, 'contradicted', msg.conversionInverted(words, multiply), common);
  const fold = thousandFold(stated / expected, context.tolerances.factor);
  if (fold !== undefined) return entryFor(claim, 'contradicted', msg.conversionOffByFactor(words, numberFormat(context.locale).format(fold)), common);
  const implied = multiply ? stated / amount.value : amount.value / stated;
  const impliedText = numberFormat(context.locale, { maximumFractionDigits: implied >= 100 ? 0 : 2 }).format(implied);
  return entryFor(claim, 'contradicted', msg.conversionImplies(words, impliedText, quote, base, implied / rate.value), common);
}

/**
 * Who published the rate and for which day: the first citation of its source rows, up to the
 * first comma, and the rate's own day (which `rateOn` writes into its label) or, failing that, `on`.
 */
function citation(rate: Fact, on: Fact | undefined, locale: string): string | undefined {
  const source = rate.sources.flatMap((entry) => entry.citations ?? [])[0]?.source.split(',')[0]?.trim();
  const iso = ISO_DAY.exec(rate.label)?.[0];
  const day = iso !== undefined ? Date.parse(iso) : on?.value;
  const parts = [source, day !== undefined ? printDate(day, locale) : undefined].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
