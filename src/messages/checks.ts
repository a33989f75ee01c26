/**
 * Message catalogue for checks: the errors the claims ledger throws on a badly bound claim, and the
 * one-line explanations an editor reads next to each verdict.
 */

import { smallNumberWord } from '../checks/number-words.js';
import { numberFormat } from '../facts/intl-formats.js';

const q = (text: string) => JSON.stringify(text);
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

// Errors: claims that cannot be read or bound as written.

export const noValueIn = (text: string, kinds: readonly string[]) =>
  `no ${kinds.length > 2 ? 'number, amount or date' : kinds.join(' or ')} can be read in ${q(text)}`;
export const noValueInHint = () =>
  'Quote the words as the article prints them, figure included ("817 officers", "More than $13 million", "Monday, June 24, 2024"); pass `locale` when the article writes numbers or dates another way.';
export const conversionNeedsRate = (text: string) => `the conversion claim ${q(text)} has no exchange rate to check it at`;
export const conversionNeedsRateHint = () => 'Pass `rate` (a rate fact from rateOn) or `converted` (a fact made by convert).';
export const conversionNeedsAmount = (text: string) => `the conversion claim ${q(text)} does not say which amount was converted`;
export const conversionNeedsAmountHint = () =>
  'Pass `amount`, or quote both amounts as the story prints them ("$13 million(sh17.71 billion)").';
export const statedAmountLabel = (words: string) => `amount stated in the story (${q(words)})`;
export const statedHow = () => 'stated in the story';
export const nearLabel = () => 'a day near the claim';
export const kindMismatch = (text: string, kind: string, label: string, factKind: string) =>
  `the claim ${q(text)} states a ${kind}, which cannot be checked against "${label}" (a ${factKind} fact)`;
export const kindMismatchHint = () =>
  'Bind a count to a count, an amount to a money fact, a percentage to a share, a stretch of time to a span, a date to a date fact.';
export const notARate = (label: string, unit: string) => `"${label}" (unit ${q(unit)}) is not an exchange rate`;
export const notARateHint = () => 'Use a rate fact from rateOn: a positive number whose unit reads "<quote>/<base>" ("KES/USD").';
export const amountNotInPair = (label: string, unit: string, rateUnit: string) =>
  `"${label}" is in ${unit}, which a ${rateUnit} rate does not convert`;
export const conversionCurrency = (text: string, currency: string, target: string) =>
  `the claim ${q(text)} is in ${currency}, but the conversion gives ${target}`;
export const unknownDurationUnit = (label: string, unit: string) => `"${label}" is counted in ${q(unit)}, which is not a unit of time`;
export const duplicateClaimId = (id: string) => `two claims have the id ${q(id)}`;
export const duplicateClaimIdHint = () => 'Claims are named by their text unless given an `id`; give one of them its own `id`.';
export const partNotFigure = (id: string, total: string) => `claim ${q(id)} is not a count or an amount, so it cannot be part of the sum ${q(total)}`;
export const unknownPart = (id: string, total: string) => `the sum ${q(total)} names claim ${q(id)}, which is not among the story's claims`;
export const unknownPartHint = (ids: readonly string[]) =>
  `Parts are named by claim id (by default, the claim's text). The claims are: ${ids.map(q).join(', ') || 'none'}.`;
export const partsMixCurrencies = (id: string, currencies: readonly string[]) =>
  `the sum ${q(id)} adds amounts in different currencies (${currencies.join(', ')})`;
export const calendarNeedsDate = (text: string, kind: string) => `${q(text)} states a ${kind}, not a date, so the calendar cannot check it`;
export const spanMismatch = (id: string, text: string) => `claim ${q(id)} quotes ${q(text)}, but its span in the article holds other words`;
export const sentenceNotInArticle = (id: string, text: string) => `the sentence of claim ${q(id)} is not in the article: ${q(text)}`;
export const textNotInSentence = (id: string, text: string) => `the words of claim ${q(id)} (${q(text)}) are not in its sentence`;
export const textNotInArticle = (id: string, text: string) => `the words of claim ${q(id)} (${q(text)}) are not in the article`;
export const notInArticleHint = () => 'Quote the sentence and the words exactly as the article prints them: same quotes, dashes and spaces.';

// Explanations: one line per verdict.

export const unbound = () => 'Not bound to a fact: bind it with claim(…), or mark it notChecked(…) with a reason.';
export const unchecked = (reason: string) => `Not checked: ${sentence(reason)}`;
export const matches = (expected: string, label: string) => `Matches the data: ${expected} (${label}).`;
export const matchesWithWeekday = (expected: string, label: string, weekday: string) => `Matches the data: ${expected} (${label}), which was a ${weekday}, as stated.`;
export const withinRounding = (text: string, low: string, high: string, expected: string, label: string) =>
  `${q(text)} covers ${low} to ${high}, and the data give ${expected} (${label}).`;
export const boundHolds = (text: string, expected: string, label: string) => `${q(text)} holds: the data give ${expected} (${label}).`;
export const boundMissed = (text: string, expected: string, label: string) =>
  `${q(text)} does not hold: the data give ${expected} (${label}).`;
export const contradicts = (expected: string, label: string, text: string, change?: string) =>
  `The data give ${expected} (${label}), not ${q(text)}${change !== undefined ? `: ${change}` : ''}.`;
export const offByFactor = (text: string, expected: string, label: string, factor: string) =>
  `The data give ${expected} (${label}), not ${q(text)}: off by a factor of ${factor}, a slip between thousands, millions and billions.`;
export const currencyMismatch = (text: string, currency: string, label: string, unit: string) =>
  `${q(text)} is in ${currency} but "${label}" is in ${unit}: check it with claimConversion at the rate of the day.`;

/** How far off a stated figure is: "54 too many (+6.6%)", "11.04 percentage points too high". */
export function change(
  size: string,
  { more, count, points, relative, locale }: { more: boolean; count: boolean; points: boolean; relative: number | undefined; locale: string },
): string {
  const words = points ? `${size} percentage points too ${more ? 'high' : 'low'}` : `${size} too ${count ? (more ? 'many' : 'few') : more ? 'high' : 'low'}`;
  if (relative === undefined) return words;
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(relative);
  return `${words} (${percent})`;
}

// Dates.

const missingWords = (missing: readonly string[]) => missing.join(' or ');
export const noSuchDay = (text: string) => `There is no such day as ${q(text)}.`;
export const nothingToCheckDate = (text: string) => `Nothing to check ${q(text)} against: bind it to a date from the data.`;
export const weekdayRight = (date: string, weekday: string) => `${date} was a ${weekday}, as stated.`;
export const weekdayWrong = (date: string, actual: string, stated: string) => `${date} was a ${actual}, not a ${stated}.`;
export const incompleteUnresolved = (missing: readonly string[], text: string) =>
  `${q(text)} gives no ${missingWords(missing)}; pass the story's date (asOf) or a nearby day to resolve it.`;
export const incompleteResolved = (missing: readonly string[], text: string, resolved: string, near: string) =>
  `${q(text)} gives no ${missingWords(missing)}; the nearest day to ${near} that fits is ${resolved}.`;
export const incompleteFromData = (missing: readonly string[], text: string, resolved: string, label: string) =>
  `${q(text)} gives no ${missingWords(missing)}; the data put it on ${resolved} (${label}).`;
export const noDayFits = (text: string, near: string) => `No day within three years of ${near} fits ${q(text)}.`;

// Conversions.

/** The words of a conversion explanation. */
export interface ConversionWords {
  /** "129.27 KES per USD". */
  rate: string;
  /** Who published the rate, and for which day. */
  cite: string | undefined;
  /** The amount converted, as printed ("$13 million"). */
  amount: string;
  /** The amount at the rate ("sh1.68 billion"). */
  expected: string;
  /** The stated converted figure ("sh17.71 billion"). */
  stated: string;
}

const atRate = ({ rate, cite, amount, expected }: ConversionWords) =>
  `At ${rate}${cite !== undefined ? ` (${cite})` : ''}, ${amount} is about ${expected}`;
export const rateText = (rate: string, quote: string, base: string) => `${rate} ${quote} per ${base}`;
export const conversionHolds = (words: ConversionWords) => `${atRate(words)}; the stated ${words.stated} agrees.`;
export const conversionInverted = (words: ConversionWords, multiply: boolean) =>
  `${atRate(words)}; the stated ${words.stated} is the amount ${multiply ? 'divided by' : 'multiplied by'} the rate instead of ${multiply ? 'multiplied by' : 'divided by'} it: converted the wrong way round.`;
export const conversionOffByFactor = (words: ConversionWords, factor: string) =>
  `${atRate(words)}; the stated ${words.stated} is off by a factor of ${factor}, a slip between thousands, millions and billions.`;
export const conversionImplies = (words: ConversionWords, implied: string, quote: string, base: string, factor: number) =>
  `${atRate(words)}; the stated ${words.stated} implies about ${implied} ${currencyUnit(quote, true)} per ${currencyUnit(base, false)}, ${timesTheRate(factor)}.`;

const CURRENCY_UNITS: Readonly<Record<string, readonly [string, string]>> = {
  KES: ['shilling', 'shillings'],
  UGX: ['shilling', 'shillings'],
  TZS: ['shilling', 'shillings'],
  USD: ['dollar', 'dollars'],
  EUR: ['euro', 'euros'],
  GBP: ['pound', 'pounds'],
};

/** "shillings" for KES, "dollar" for USD; the code for other currencies. */
export const currencyUnit = (code: string, plural: boolean) => CURRENCY_UNITS[code]?.[plural ? 1 : 0] ?? code;

/** How an implied rate compares with the real one: "more than ten times the rate", "30% above the rate", "8% of the rate". */
export function timesTheRate(factor: number): string {
  if (factor >= 2) {
    const whole = Math.floor(factor);
    const word = smallNumberWord(whole) ?? numberFormat('en-US').format(whole);
    return `${factor - whole < 0.05 * whole ? 'about' : 'more than'} ${word} times the rate`;
  }
  if (factor > 1) return `${Math.round((factor - 1) * 100)}% above the rate`;
  return `${Math.round(factor * 100)}% of the rate`;
}

// Sums.

export const sumExpression = (parts: readonly string[], sum: string) => `${parts.join(' + ')} = ${sum}`;
export const sumHolds = (expression: string) => `${expression}, as stated.`;
export const sumWrong = (expression: string, text: string) => `${expression}, not ${q(text)}.`;

// The terminal table.

export const ledgerHeadings = () => ['Claim', 'Verdict', 'Expected', 'Explanation'] as const;
export const ledgerSummary = (total: number, counts: readonly (readonly [string, number])[]) =>
  `${total} claim${total === 1 ? '' : 's'}${counts.length > 0 ? `: ${counts.map(([verdict, n]) => `${n} ${verdict}`).join(', ')}` : ''}`;
