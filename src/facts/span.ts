import * as msg from '../messages/facts.js';
import { daysBetween, monthsBetween } from './day.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { quantity, requireKind } from './quantity.js';

/** A unit of time a span is counted in. */
export type SpanUnit = 'days' | 'weeks' | 'months';

/** Options for {@link span}. */
export interface SpanOptions extends FormatOptions {
  /** Default `days`. Months are calendar months: June 24 to July 24 is one. */
  unit?: SpanUnit;
  /** Default "time from <from> to <to>". */
  label?: string;
  id?: string;
}

/**
 * The time from one date fact to another, as a `duration` fact: "23 days", "about 10 months", with
 * forms `exact` ("10.5 months") and `relative` ("about 10 months after"). Negative when `to` is earlier.
 *
 * @example span(flagOff, pressRelease, {unit: 'months'}).forms.relative // "about 10 months after"
 */
export function span(from: Fact, to: Fact, { unit = 'days', label, id, ...format }: SpanOptions = {}): Fact {
  requireKind(from, ['date']);
  requireKind(to, ['date']);
  const days = daysBetween(from.value, to.value);
  const value = unit === 'days' ? days : unit === 'weeks' ? days / 7 : monthsBetween(from.value, to.value);
  return makeFact(
    {
      id,
      kind: 'duration',
      value,
      unit,
      label: label ?? msg.spanLabel(from.label, to.label),
      how: `${unit} from ${quantity(from)} to ${quantity(to)}`,
      inputs: [from, to],
    },
    format,
  );
}
