/**
 * Checking a stated date: against a date fact (every stated part must match, weekday included),
 * or against the calendar alone (a stated weekday must fall on the stated day). A date that leaves
 * out its month or year is `incomplete`, resolved from the fact or from a nearby day.
 */

import { FactError } from '../errors.js';
import { isoDay } from '../facts/day.js';
import type { Fact } from '../facts/fact.js';
import * as msg from '../messages/checks.js';
import { dayOf, daysFrom, isWhole, mismatches, missingParts, nearestFit, partsOf } from './calendar.js';
import type { DateClaim } from './claim.js';
import type { ResolvedContext } from './context.js';
import { printDate, printDay } from './print.js';
import { type LedgerEntry, entryFor } from './verdict.js';
import { dateTimeFormat } from '../facts/intl-formats.js';

/** What a date claim is checked against. */
export interface DateAgainst {
  fact?: Fact | undefined;
  /** A day near the stated one, for resolving a partial date; default the context's `asOf`. */
  near?: Fact | undefined;
}

/** Check a date claim. */
export function checkDate(claim: DateClaim, { fact, near }: DateAgainst, context: ResolvedContext): LedgerEntry {
  const parts = claim.value;
  const { locale } = context;
  if (isWhole(parts) && dayOf(parts) === undefined) return entryFor(claim, 'contradicted', msg.noSuchDay(claim.text));
  if (fact !== undefined) return againstFact(claim, fact, context);

  const day = dayOf(parts);
  if (day !== undefined) {
    const printed = { expected: { value: isoDay(day), text: printDay(day, locale) } };
    if (parts.weekday === undefined) return entryFor(claim, 'unverifiable', msg.nothingToCheckDate(claim.text));
    const actual = partsOf(day).weekday;
    return actual === parts.weekday
      ? entryFor(claim, 'supported', msg.weekdayRight(printDate(day, locale), weekdayName(actual, locale)), printed)
      : entryFor(claim, 'contradicted', msg.weekdayWrong(printDate(day, locale), weekdayName(actual, locale), weekdayName(parts.weekday, locale)), printed);
  }
  const missing = missingParts(parts);
  if (missing === undefined) return entryFor(claim, 'unverifiable', msg.nothingToCheckDate(claim.text));
  const reference = near?.value ?? context.asOf;
  if (reference === undefined) return entryFor(claim, 'incomplete', msg.incompleteUnresolved(missing, claim.text));
  const resolved = nearestFit(parts, reference);
  if (resolved === undefined) return entryFor(claim, 'contradicted', msg.noDayFits(claim.text, printDate(reference, locale)));
  return entryFor(claim, 'incomplete', msg.incompleteResolved(missing, claim.text, printDay(resolved, locale), printDate(reference, locale)), {
    resolved: { value: isoDay(resolved), text: printDay(resolved, locale) },
  });
}

function againstFact(claim: DateClaim, fact: Fact, { locale }: ResolvedContext): LedgerEntry {
  if (fact.kind !== 'date') throw new FactError(msg.kindMismatch(claim.text, claim.kind, fact.label, fact.kind), { hint: msg.kindMismatchHint() });
  const parts = claim.value;
  const expected = { value: isoDay(fact.value), text: printDate(fact.value, locale) };
  const wrong = mismatches(parts, fact.value);
  if (wrong.length > 0) {
    const day = dayOf(parts);
    return entryFor(claim, 'contradicted', msg.contradicts(expected.text, fact.label, claim.text), {
      expected,
      ...(day !== undefined ? { difference: { absolute: daysFrom(fact.value, day), unit: 'days' } } : {}),
    });
  }
  const actual = partsOf(fact.value).weekday;
  if (parts.weekday !== undefined && parts.weekday !== actual) {
    return entryFor(claim, 'contradicted', msg.weekdayWrong(expected.text, weekdayName(actual, locale), weekdayName(parts.weekday, locale)), { expected });
  }
  const missing = missingParts(parts);
  if (missing !== undefined) {
    return entryFor(claim, 'incomplete', msg.incompleteFromData(missing, claim.text, printDay(fact.value, locale), fact.label), {
      expected,
      resolved: { value: expected.value, text: printDay(fact.value, locale) },
    });
  }
  if (parts.weekday !== undefined) {
    return entryFor(claim, 'supported', msg.matchesWithWeekday(expected.text, fact.label, weekdayName(actual, locale)), { expected });
  }
  return entryFor(claim, 'supported', msg.matches(expected.text, fact.label), { expected });
}

/** The weekday's name in `locale` (0 = Sunday). */
function weekdayName(weekday: number, locale: string): string {
  // 7 January 2024 was a Sunday.
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + weekday));
}
