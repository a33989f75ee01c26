/**
 * Checking a stated figure (count, amount, percentage, ratio, stretch of time) against a fact.
 */

import { FactError } from '../errors.js';
import type { Fact, FactKind } from '../facts/fact.js';
import * as msg from '../messages/checks.js';
import type { Claim, DurationUnit } from './claim.js';
import type { ResolvedContext } from './context.js';
import { printFact, printValue } from './print.js';
import { type Range, acceptedRange, inRange, thousandFold } from './tolerance.js';
import { type LedgerEntry, differenceOf, entryFor } from './verdict.js';
import { numberFormat } from '../facts/intl-formats.js';

type FigureClaim = Exclude<Claim, { kind: 'date' }>;

/** The fact kinds a claim of each kind can be compared with. */
const COMPARABLE: Readonly<Record<FigureClaim['kind'], readonly FactKind[]>> = {
  number: ['count', 'number', 'money'],
  total: ['count', 'number', 'money'],
  money: ['money'],
  percent: ['percent'],
  ratio: ['ratio', 'number'],
  span: ['duration'],
};

/** Days in each unit a duration can be stated in; months and years at their average length. */
const DAYS: Readonly<Record<string, number>> = { days: 1, weeks: 7, months: 365.2425 / 12, years: 365.2425 };

/** Check `claim` against `fact`: within the accepted range → supported, else contradicted (a factor of 1,000 is named). */
export function checkFigure(claim: FigureClaim, fact: Fact, context: ResolvedContext): LedgerEntry {
  if (!COMPARABLE[claim.kind].includes(fact.kind)) {
    throw new FactError(msg.kindMismatch(claim.text, claim.kind, fact.label, fact.kind), { hint: msg.kindMismatchHint() });
  }
  if (claim.kind === 'money' && claim.value.currency !== undefined && claim.value.currency !== fact.unit) {
    return entryFor(claim, 'unverifiable', msg.currencyMismatch(claim.text, claim.value.currency, fact.label, fact.unit));
  }
  const stated = statedNumber(claim);
  const expected = expectedIn(claim, fact);
  const unit = claim.kind === 'span' ? claim.value.unit : fact.unit;
  const accepted = acceptedRange(stated, {
    step: claim.step,
    bound: claim.qualifier?.bound,
    relative: context.tolerances.relative[claim.kind] ?? 0,
    approximate: context.tolerances.approximate,
  });
  const print = { locale: context.locale, symbol: claim.kind === 'money' ? claim.value.symbol : undefined };
  const expectedText = printFact(fact, print);
  const common = {
    expected: { value: expected, text: expectedText, unit },
    difference: differenceOf(stated, expected, unit),
    accepted,
  };
  if (inRange(expected, accepted)) {
    return entryFor(claim, 'supported', supportedLine(claim, stated, expected, accepted, expectedText, fact, context), common);
  }
  const fold = thousandFold(stated / expected, context.tolerances.factor);
  if (fold !== undefined) {
    return entryFor(claim, 'contradicted', msg.offByFactor(claim.text, expectedText, fact.label, numberFormat(context.locale).format(fold)), common);
  }
  if (claim.qualifier !== undefined) {
    return entryFor(claim, 'contradicted', msg.boundMissed(claim.text, expectedText, fact.label), common);
  }
  if (claim.kind === 'span') return entryFor(claim, 'contradicted', msg.contradicts(expectedText, fact.label, claim.text), common);
  const sizeKind: FactKind = fact.kind === 'count' || fact.kind === 'money' ? fact.kind : 'number';
  const size = printValue(sizeKind, Math.abs(stated - expected), fact.unit, print);
  const change = msg.change(size, {
    more: stated > expected,
    count: fact.kind === 'count',
    points: fact.kind === 'percent',
    relative: fact.kind !== 'percent' && expected !== 0 ? (stated - expected) / Math.abs(expected) : undefined,
    locale: context.locale,
  });
  return entryFor(claim, 'contradicted', msg.contradicts(expectedText, fact.label, claim.text, change), common);
}

function supportedLine(claim: FigureClaim, stated: number, expected: number, accepted: Range, expectedText: string, fact: Fact, context: ResolvedContext): string {
  if (claim.qualifier !== undefined) return msg.boundHolds(claim.text, expectedText, fact.label);
  if (stated === expected) return msg.matches(expectedText, fact.label);
  const print = { locale: context.locale, symbol: claim.kind === 'money' ? claim.value.symbol : undefined };
  const kind: FactKind = claim.kind === 'money' ? 'money' : claim.kind === 'percent' ? 'percent' : 'number';
  const unit = claim.kind === 'money' ? fact.unit : '';
  // Print the ends with one more digit than the claim, so that 12.5–13.5 million does not read 13–14.
  const ends = [accepted.low ?? stated, accepted.high ?? stated].map((end) => printValue(kind, end, unit, { ...print, significantDigits: 4 }));
  return msg.withinRounding(claim.text, ends[0] ?? '', ends[1] ?? '', expectedText, fact.label);
}

function statedNumber(claim: FigureClaim): number {
  switch (claim.kind) {
    case 'money':
      return claim.value.amount;
    case 'span':
      return claim.value.count;
    default:
      return claim.value;
  }
}

/** The fact's value in the claim's terms: a duration in the stated unit. */
function expectedIn(claim: FigureClaim, fact: Fact): number {
  if (claim.kind !== 'span' || fact.unit === claim.value.unit) return fact.value;
  const from = DAYS[fact.unit];
  const to = DAYS[claim.value.unit satisfies DurationUnit];
  if (from === undefined || to === undefined) throw new FactError(msg.unknownDurationUnit(fact.label, fact.unit));
  return (fact.value * from) / to;
}
