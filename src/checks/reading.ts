/**
 * What a reader finds in a text: a stated value and where it sits. A reading becomes a claim once it
 * has an id, its sentence and a binding.
 */

import type { DateClaim, MoneyClaim, NumberClaim, Qualifier, SpanClaim } from './claim.js';

/** The stated value of a claim, by kind. */
export type Stated =
  | Pick<NumberClaim, 'kind' | 'value' | 'step'>
  | Pick<MoneyClaim, 'kind' | 'value' | 'step'>
  | Pick<DateClaim, 'kind' | 'value'>
  | Pick<SpanClaim, 'kind' | 'value' | 'step'>;

/** A stated value found at `start`–`end` of the text read. */
export type Reading = Stated & { start: number; end: number; qualifier?: Qualifier };

/** Options shared by the readers. */
export interface ReadOptions {
  /** BCP 47 locale: decides the decimal and group separators, month and weekday names, and the order of numeric dates. Default "en-US". */
  locale?: string;
  /** Currency prefixes as written → ISO code ("sh" → "KES"). Default {@link DEFAULT_CURRENCY_PREFIXES}. */
  currencyPrefixes?: Readonly<Record<string, string>>;
  /** Currency words after a figure → ISO code ("shillings" → "KES"). Default {@link DEFAULT_CURRENCY_SUFFIXES}. */
  currencySuffixes?: Readonly<Record<string, string>>;
}

/**
 * Currency prefixes. "Sh" and "sh" are read as Kenya shillings, the papers this desk reads first;
 * a Ugandan or Tanzanian desk passes its own map.
 */
export const DEFAULT_CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  US$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  KSh: 'KES',
  Ksh: 'KES',
  KShs: 'KES',
  Kshs: 'KES',
  KES: 'KES',
  Shs: 'KES',
  Sh: 'KES',
  sh: 'KES',
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  UGX: 'UGX',
  TZS: 'TZS',
};

/** Currency words written after a figure ("13 million dollars"). */
export const DEFAULT_CURRENCY_SUFFIXES: Readonly<Record<string, string>> = {
  'US dollars': 'USD',
  dollars: 'USD',
  'Kenyan shillings': 'KES',
  'Kenya shillings': 'KES',
  shillings: 'KES',
  euros: 'EUR',
  pounds: 'GBP',
  USD: 'USD',
  KES: 'KES',
  EUR: 'EUR',
  GBP: 'GBP',
};

/** Qualifier words and what they mean for the figure after them. */
export const QUALIFIERS: Readonly<Record<string, Qualifier['bound']>> = {
  'more than': 'at-least',
  'over': 'at-least',
  'at least': 'at-least',
  'upwards of': 'at-least',
  'in excess of': 'at-least',
  'less than': 'at-most',
  'fewer than': 'at-most',
  'under': 'at-most',
  'up to': 'at-most',
  'at most': 'at-most',
  'no more than': 'at-most',
  'about': 'about',
  'around': 'about',
  'roughly': 'about',
  'approximately': 'about',
  'some': 'about',
  'an estimated': 'about',
  'close to': 'about',
  'nearly': 'just-under',
  'almost': 'just-under',
  'just under': 'just-under',
  'just over': 'just-over',
};

/** The qualifier for words as written ("More than"), or undefined. */
export function qualifierOf(text: string | undefined): Qualifier | undefined {
  if (text === undefined) return undefined;
  const bound = QUALIFIERS[text.toLowerCase().replace(/\s+/g, ' ')];
  return bound === undefined ? undefined : { text, bound };
}

/** Escape `text` for use inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of `words`, longest first so that "KShs" is tried before "KSh". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** Not inside a word or a number: no letter, digit or underscore before, nor "1." / "1," / "8:" / "COVID-". */
export const BEFORE = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,:/]|\p{L}-)`;
/** Not running into a word or a number: no letter, digit or underscore after, nor ",2" / ":30" / ".5". */
export const AFTER = String.raw`(?![\p{L}\p{N}_]|[.,:/]\p{N})`;

/** Step of a figure's last stated digit: "17.71" → 0.01, "13" → 1. */
export function stepOf(figure: string, decimal: string): number {
  const index = figure.lastIndexOf(decimal);
  return index < 0 ? 1 : 10 ** -(figure.length - index - 1);
}
