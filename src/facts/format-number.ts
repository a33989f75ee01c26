/**
 * Number, money and percentage formatters behind a fact's `text` and `forms`, built on `Intl`.
 * Every formatter takes the locale explicitly, so output never depends on the machine's settings.
 */

import { numberFormat } from './intl-formats.js';

/** How an amount of money names its currency. */
export type CurrencyStyle = 'symbol' | 'code' | 'name' | 'newsroom';

/** Options shared by the number formatters. */
export interface NumberStyle {
  /** BCP 47 locale. */
  locale: string;
  /** Absolute values from this one up are written in words ("13 million"); below it, in full ("817"). */
  compactFrom: number;
  /** Significant digits kept in the compact form: 3 writes 1,680,510,000 as "1.68 billion". */
  significantDigits: number;
  /** Fraction digits kept for plain numbers and percentages. */
  fractionDigits: number;
}

/** Options for money. */
export interface MoneyStyle extends NumberStyle {
  currencyStyle: CurrencyStyle;
  /** Symbols to print instead of the locale's own, by currency code (`{KES: 'KSh'}`). */
  symbols: Readonly<Record<string, string>>;
  /** Prefixes glued to the number in the `newsroom` style, by currency code (`{KES: 'sh'}` → "sh1.68 billion"). */
  newsroomSymbols: Readonly<Record<string, string>>;
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'compact']);

/** A plain number: "817", "129.27", "1.68 million". */
export function formatNumber(value: number, { locale, compactFrom, significantDigits, fractionDigits }: NumberStyle): string {
  if (Math.abs(value) >= compactFrom) return compactNumber(value, locale, significantDigits);
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A number in full, never in words: "1,680,510,000". */
export function fullNumber(value: number, { locale, fractionDigits }: Pick<NumberStyle, 'locale' | 'fractionDigits'>): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A number in words with `digits` significant digits: "1.68 billion". */
export function compactNumber(value: number, locale: string, digits: number): string {
  return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits }).format(value);
}

/** A percentage, given in percent (12.5 → "12.5%"). */
export function formatPercent(value: number, { locale, fractionDigits }: Pick<NumberStyle, 'locale' | 'fractionDigits'>, signed = false): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value / 100);
}

/** Digits after the decimal point in `currency`'s minor unit (2 for USD and KES, 0 for JPY). */
export function minorDigits(currency: string): number {
  return numberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount of money in the chosen style: "$13 million", "KSh 1.68 billion", "sh1.68 billion",
 * "1.68 billion Kenyan shillings". Whole amounts print without cents.
 */
export function formatMoney(value: number, currency: string, style: MoneyStyle, { compact = true }: { compact?: boolean } = {}): string {
  const { locale, currencyStyle, newsroomSymbols, significantDigits } = style;
  const inWords = compact && Math.abs(value) >= style.compactFrom;
  const digits = Number.isInteger(value) ? 0 : minorDigits(currency);
  const number = inWords ? compactNumber(Math.abs(value), locale, significantDigits) : fullNumber(Math.abs(value), { locale, fractionDigits: digits });
  const prefix = newsroomSymbols[currency];
  if (currencyStyle === 'newsroom' && prefix !== undefined) return `${value < 0 ? '-' : ''}${prefix}${number}`;
  if (currencyStyle === 'name') {
    // Intl writes the currency's name after a compact number ("13 million US dollars") with the right plural.
    return numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'name',
      ...(inWords
        ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: significantDigits }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    }).format(value);
  }
  // Intl's currency format has no long compact form ("$13M" only), so the locale's currency pattern
  // (symbol, spacing, sign, position) is kept and its digits are swapped for the number in words.
  const display = currencyStyle === 'code' ? 'code' : 'symbol';
  const parts = numberFormat(locale, { style: 'currency', currency, currencyDisplay: display }).formatToParts(value);
  return splice(parts, number, display === 'symbol' ? style.symbols[currency] : undefined);
}

/** The short compact form Intl writes for money: "$13M", "KSh 1.68B". */
export function shortMoney(value: number, currency: string, { locale, significantDigits, symbols }: MoneyStyle): string {
  const parts = numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: significantDigits,
  }).formatToParts(value);
  return parts.map((part) => (part.type === 'currency' ? symbols[currency] ?? part.value : part.value)).join('');
}

function splice(parts: readonly Intl.NumberFormatPart[], number: string, symbol: string | undefined): string {
  const first = parts.findIndex((part) => NUMBER_PARTS.has(part.type));
  const last = parts.findLastIndex((part) => NUMBER_PARTS.has(part.type));
  const text = (part: Intl.NumberFormatPart) => (part.type === 'currency' && symbol !== undefined ? symbol : part.value);
  return [...parts.slice(0, first).map(text), number, ...parts.slice(last + 1).map(text)].join('');
}
