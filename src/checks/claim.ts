/**
 * A claim: something a story states (a count, an amount, a date, a share), kept with the exact
 * words it was stated in and what it is checked against. Claims are plain, JSON-friendly objects;
 * report authors make them with the builders (`claim`, `claimConversion`, `claimDate`, `claimSum`,
 * `notChecked`), and `extractClaims` lists every one a text states.
 */

import type { Fact } from '../facts/fact.js';
import { type ClaimBaseOptions, makeClaim, readValues } from './parse-claim.js';

/** What a claim states. `total` is a number the story gives as a sum of others. */
export type ClaimKind = 'number' | 'money' | 'date' | 'total' | 'ratio' | 'percent' | 'span';

/** Offsets of the claim's words in the article text: `article.slice(start, end) === claim.text`. */
export interface Span {
  start: number;
  end: number;
}

/** An amount of money as stated: "sh17.71 billion" is `{amount: 17_710_000_000, currency: 'KES', symbol: 'sh'}`. */
export interface Money {
  amount: number;
  /** ISO 4217 code; absent when the text names no currency ("1.68bn"). */
  currency?: string;
  /** The currency as written ("sh", "$", "KSh", "dollars"), so expected amounts can be printed the same way. */
  symbol?: string;
}

/** The parts of a date the story gives. Months count from 1; weekdays from 0 (Sunday) to 6. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A unit a duration is stated in. */
export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

/** A stated stretch of time: "three months after" is `{count: 3, unit: 'months'}`. */
export interface Duration {
  count: number;
  unit: DurationUnit;
}

/** How a qualifier bounds the figure it stands before. */
export type Bound = 'at-least' | 'at-most' | 'about' | 'just-under' | 'just-over';

/** Words that loosen or bound a figure ("More than" $13 million), kept with what they mean. */
export interface Qualifier {
  /** The words as written. */
  text: string;
  bound: Bound;
}

/** What a claim is checked against. */
export type Binding =
  /** A fact computed from data; the claim must state its value (within tolerance). */
  | { type: 'fact'; fact: Fact }
  /**
   * A converted amount: the stated figure must be `amount` converted at `rate` (a number fact in
   * "<quote>/<base>", as `rateOn` makes). `on` is the day of the rate, for the explanation.
   */
  | { type: 'conversion'; amount: Fact; rate: Fact; on?: Fact }
  /** The calendar: a stated weekday must fall on the stated date; `near` resolves a date missing its month or year. */
  | { type: 'calendar'; near?: Fact }
  /** Other claims of the same story (by id) whose stated values must add up to this one. */
  | { type: 'sum'; of: readonly string[] }
  /** Deliberately not checked, with the editor's reason. */
  | { type: 'unchecked'; reason: string }
  /** Found in the text but not yet bound by an editor. */
  | { type: 'unbound' };

/** What every claim has, whatever it states. */
export interface ClaimBase {
  /** Unique within a story. The builders default it to the claim's text. */
  id: string;
  /** The exact words, as they appear in the article ("More than $13 million", "sh17.71 billion"). */
  text: string;
  /** The whole sentence the words belong to, when known. */
  sentence?: string;
  /** `report` when the report states the claim rather than the article (it has no place in the article). */
  statedBy?: 'report';
  /** Where the words sit in the article, when known (see `locateClaims`). */
  span?: Span;
  /** "More than", "about", "nearly"…, when the story qualifies the figure. */
  qualifier?: Qualifier;
  against: Binding;
}

/** A stated figure: `step` is the size of its last stated digit ("$13 million" → 1,000,000; "17.71" → 0.01). */
export interface NumberClaim extends ClaimBase {
  kind: 'number' | 'total' | 'ratio' | 'percent';
  value: number;
  step: number;
}

/** A stated amount of money; `step` as for {@link NumberClaim}, in the currency. */
export interface MoneyClaim extends ClaimBase {
  kind: 'money';
  value: Money;
  step: number;
}

/** A stated date, whole or in part. */
export interface DateClaim extends ClaimBase {
  kind: 'date';
  value: DateParts;
}

/** A stated stretch of time; `step` in the stated unit. */
export interface SpanClaim extends ClaimBase {
  kind: 'span';
  value: Duration;
  step: number;
}

/** Something a story states, with what it is checked against. */
export type Claim = NumberClaim | MoneyClaim | DateClaim | SpanClaim;

/** Options for {@link claim}. */
export interface ClaimOptions extends ClaimBaseOptions {
  /** The fact the stated value must match. */
  expect: Fact;
  /** Read a plain number as a `total` (a sum the story states). */
  kind?: 'total';
}

/**
 * A claim checked against a fact: the first value `text` states (a count, an amount, a percentage,
 * a ratio, a stretch of time or a date) must match `expect`, within the tolerance its wording
 * allows ("$13 million" covers 12.5–13.5 million; "more than" makes it a lower bound).
 *
 * @example claim('817 officers', {sentence, expect: officersTotal})
 */
export function claim(text: string, { expect, kind, id, sentence, statedBy, ...read }: ClaimOptions): Claim {
  const [reading] = readValues(text, ['number', 'money', 'percent', 'ratio', 'span', 'date'], read);
  return makeClaim(text, reading, { type: 'fact', fact: expect }, { id, sentence, statedBy }, kind);
}
