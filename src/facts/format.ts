/**
 * Formatting a fact: its `text` (what the report prints) and `forms` (other ways to say it), by kind,
 * in a locale. Output depends only on the fact and the options: dates are read in UTC, and the
 * locale is always explicit (default "en-US").
 */

import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import type { Fact, FactKind } from './fact.js';
import { formatDate, formatDuration, relativeDuration, shortDate } from './format-date.js';
import {
  type CurrencyStyle,
  type MoneyStyle,
  formatMoney,
  formatNumber,
  formatPercent,
  fullNumber,
  shortMoney,
} from './format-number.js';
import { isoDay } from './day.js';
import { ratioPhrase } from './phrase.js';
import { numberFormat } from './intl-formats.js';

export type { CurrencyStyle } from './format-number.js';

/** The locale used when neither the options nor a fact's inputs name one. */
export const DEFAULT_LOCALE = 'en-US';

/**
 * Symbols printed in the `symbol` style instead of the locale's own. CLDR has no symbol for the Kenya
 * shilling in most English locales and falls back to the code ("KES 1.68 billion"); "KSh" is how the
 * Central Bank of Kenya writes it.
 */
export const DEFAULT_SYMBOLS: Readonly<Record<string, string>> = { KES: 'KSh' };

/** Prefixes of the `newsroom` style, as East African papers write them ("sh1.68 billion", "$13 million"). */
export const DEFAULT_NEWSROOM_SYMBOLS: Readonly<Record<string, string>> = { KES: 'sh', UGX: 'sh', TZS: 'sh', USD: '$' };

/** Options for {@link formatFact}, and for every function that makes a fact. */
export interface FormatOptions {
  /** BCP 47 locale. Default: the locale of the fact (or of the first input that has one), else "en-US". */
  locale?: string;
  /**
   * How money names its currency: `symbol` ("$13 million", "KSh 1.68 billion"), `code` ("KES 1.68 billion"),
   * `name` ("1.68 billion Kenyan shillings") or `newsroom` ("sh1.68 billion"). Default `symbol`.
   */
  currencyStyle?: CurrencyStyle;
  /** Currency symbols for the `symbol` style, by code. Default {@link DEFAULT_SYMBOLS}. */
  symbols?: Readonly<Record<string, string>>;
  /** Prefixes for the `newsroom` style, by code. Default {@link DEFAULT_NEWSROOM_SYMBOLS}; other currencies fall back to `symbol`. */
  newsroomSymbols?: Readonly<Record<string, string>>;
  /** Numbers and amounts from this size up are written in words ("13 million"). Default 1,000,000. */
  compactFrom?: number;
  /** Significant digits of numbers written in words. Default 3 ("1.68 billion"). */
  significantDigits?: number;
  /** Fraction digits kept: default 2 for numbers and ratios, 1 for percentages, 0 for counts. */
  fractionDigits?: number;
  /** Dates: print the weekday in `text` ("Monday, June 24, 2024"). Default false. */
  weekday?: boolean;
}

/** A fact's `text` and `forms`. */
export interface Formatted {
  text: string;
  forms: Record<string, string>;
}

const DEFAULT_FRACTION_DIGITS: Readonly<Record<FactKind, number>> = {
  count: 0, number: 2, money: 2, percent: 1, ratio: 2, date: 0, duration: 1,
};

/**
 * The fact with `text` and `forms` written again in `options`' locale and style. Forms this module
 * does not make (such as `change`, added by `difference`) are kept as they were.
 *
 * @example formatFact(fact, {locale: 'en-GB'}).text // "24 June 2024"
 */
export function formatFact(fact: Fact, options: FormatOptions = {}): Fact {
  const locale = options.locale ?? fact.locale ?? DEFAULT_LOCALE;
  const { text, forms } = formatValue(fact, { ...options, locale });
  return { ...fact, text, forms: { ...fact.forms, ...forms }, locale };
}

/**
 * Text and forms of a value of `kind` in `unit`. Spacing is Intl's: a currency code or symbol is joined
 * to its number by a no-break space ("KSh\u00a01.68 billion"), so an amount never breaks across lines.
 * Throws a `FactError` for money in a unit that is not a currency code.
 */
export function formatValue(
  { kind, value, unit }: Pick<Fact, 'kind' | 'value' | 'unit'>,
  {
    locale = DEFAULT_LOCALE,
    currencyStyle = 'symbol',
    symbols = DEFAULT_SYMBOLS,
    newsroomSymbols = DEFAULT_NEWSROOM_SYMBOLS,
    compactFrom = 1_000_000,
    significantDigits = 3,
    fractionDigits = DEFAULT_FRACTION_DIGITS[kind],
    weekday = false,
  }: FormatOptions = {},
): Formatted {
  const numbers = { locale, compactFrom, significantDigits, fractionDigits };
  switch (kind) {
    case 'count':
    case 'number':
      return { text: formatNumber(value, numbers), forms: { full: fullNumber(value, numbers) } };
    case 'money': {
      if (!/^[A-Z]{3}$/.test(unit)) throw new FactError(msg.badCurrency(unit));
      const style: MoneyStyle = { ...numbers, currencyStyle, symbols, newsroomSymbols };
      const forms: Record<string, string> = {
        full: formatMoney(value, unit, { ...style, currencyStyle: 'symbol' }, { compact: false }),
        short: shortMoney(value, unit, style),
        long: formatMoney(value, unit, { ...style, currencyStyle: 'name' }),
      };
      if (newsroomSymbols[unit] !== undefined) forms.newsroom = formatMoney(value, unit, { ...style, currencyStyle: 'newsroom' });
      return { text: formatMoney(value, unit, style), forms };
    }
    case 'percent':
      return { text: formatPercent(value, numbers), forms: { phrase: ratioPhrase(value / 100, { locale }) } };
    case 'ratio':
      return {
        text: msg.times(numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value)),
        forms: { phrase: ratioPhrase(value, { locale }) },
      };
    case 'date':
      return {
        text: formatDate(value, { locale, weekday }),
        forms: { weekday: formatDate(value, { locale, weekday: true }), short: shortDate(value, { locale }), iso: isoDay(value) },
      };
    case 'duration':
      return {
        text: formatDuration(value, unit, { locale }),
        forms: { exact: formatDuration(value, unit, { locale, exact: true }), relative: relativeDuration(value, unit, { locale }) },
      };
  }
}
