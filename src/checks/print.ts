/**
 * How the checks print values: with the facts stage's formatters, and money the way the story
 * wrote it ("sh1.68 billion" for a story that writes "sh17.71 billion").
 */

import type { Fact, FactKind } from '../facts/fact.js';
import { type CurrencyStyle, formatValue } from '../facts/format.js';
import { formatDate } from '../facts/format-date.js';

/** The currency style that prints money the way `symbol` was written ("sh" → newsroom, "KES" → code, "dollars" → name). */
export function currencyStyleOf(symbol: string | undefined): CurrencyStyle {
  if (symbol === undefined) return 'symbol';
  if (/^[A-Z]{3}$/.test(symbol)) return 'code';
  if (/^sh/i.test(symbol)) return 'newsroom';
  return /^\p{L}{5,}|\s/u.test(symbol) ? 'name' : 'symbol';
}

/** Options for {@link printValue}. */
export interface PrintOptions {
  locale: string;
  /** The currency as the story wrote it, for money. */
  symbol?: string | undefined;
  /** Significant digits of figures written in words. Default 3. */
  significantDigits?: number;
}

/** A value of `kind` in `unit`, printed as a story would ("817", "sh1.68 billion", "49%", "June 24, 2024"). */
export function printValue(kind: FactKind, value: number, unit: string, { locale, symbol, significantDigits = 3 }: PrintOptions): string {
  if (kind === 'date') return formatDate(value, { locale });
  if (kind === 'money' && !/^[A-Z]{3}$/.test(unit)) return printValue('number', value, unit, { locale });
  return formatValue({ kind, value, unit }, { locale, currencyStyle: currencyStyleOf(symbol), significantDigits }).text;
}

/** A fact as it prints in the ledger: its own text, with money reprinted in the story's style when asked. */
export function printFact(fact: Fact, options: PrintOptions): string {
  return fact.kind === 'money' && options.symbol !== undefined ? printValue('money', fact.value, fact.unit, options) : fact.text;
}

/** A date with its weekday ("Monday, June 24, 2024"). */
export function printDay(time: number, locale: string): string {
  return formatDate(time, { locale, weekday: true });
}

/** A date without its weekday ("June 24, 2024"). */
export function printDate(time: number, locale: string): string {
  return formatDate(time, { locale });
}
