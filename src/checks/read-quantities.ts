/**
 * Readers of figures: plain numbers ("400", "1,680", "two"), amounts of money ("$13 million",
 * "sh17.71 billion", "KSh 1,680 million", "13 million dollars", "1.68bn"), percentages ("49%",
 * "12 per cent"), ratios ("three times", "twice") and stretches of time ("three months after").
 * Every pattern is anchored so that it never starts or ends inside a word or another number.
 */

import { byLocale } from '../facts/by-locale.js';
import type { DurationUnit } from './claim.js';
import { NUMBER_WORD_PATTERN, SCALES, numberWordValue } from './number-words.js';
import {
  AFTER,
  BEFORE,
  DEFAULT_CURRENCY_PREFIXES,
  DEFAULT_CURRENCY_SUFFIXES,
  QUALIFIERS,
  type ReadOptions,
  type Reading,
  type Stated,
  alternation,
  escapeRegex,
  qualifierOf,
  stepOf,
} from './reading.js';
import { numberFormat } from '../facts/intl-formats.js';

/** The decimal and group separators of a locale ("." and "," in en-US). */
export function separators(locale: string): { decimal: string; group: string } {
  const parts = numberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

interface Figure {
  value: number;
  step: number;
}

/** The currency words a grammar reads. */
interface CurrencyWords {
  prefixes: Readonly<Record<string, string>>;
  suffixes: Readonly<Record<string, string>>;
}

/** Patterns and parsers for one locale and its currency words, made once: every claim of a story is read with the same ones. */
const grammarOf = byLocale((locale, words?: CurrencyWords) => makeGrammar(locale, words ?? { prefixes: DEFAULT_CURRENCY_PREFIXES, suffixes: DEFAULT_CURRENCY_SUFFIXES }));

function grammar({ locale = 'en-US', currencyPrefixes = DEFAULT_CURRENCY_PREFIXES, currencySuffixes = DEFAULT_CURRENCY_SUFFIXES }: ReadOptions) {
  return grammarOf(locale, { prefixes: currencyPrefixes, suffixes: currencySuffixes });
}

function makeGrammar(locale: string, { prefixes: currencyPrefixes, suffixes: currencySuffixes }: CurrencyWords) {
  const { decimal, group } = separators(locale);
  // Locales that group with a (narrow) no-break space are also written with a plain one.
  const groups = /\s/.test(group) ? `[${escapeRegex(group)}\u00a0 ]` : escapeRegex(group);
  const d = escapeRegex(decimal);
  const digits = String.raw`\d{1,3}(?:${groups}\d{3})+(?:${d}\d+)?|\d+(?:${d}\d+)?`;
  const qualifiers = Object.keys(QUALIFIERS)
    .sort((a, b) => b.length - a.length)
    .map((words) => `[${words[0]?.toUpperCase()}${words[0]}]${escapeRegex(words.slice(1))}`)
    .join('|');
  const q = `(?:(?<qual>${qualifiers})\\s+)?`;
  const fig = `(?<fig>${digits}|${NUMBER_WORD_PATTERN})`;
  const scale = String.raw`(?:\s(?<word>hundred|thousand|million|billion|trillion)|\s?(?<abbr>bn|mn|mln|bln|trn|tn)|(?<glued>[kKmMbB]))(?![\p{L}\p{N}])`;
  const prefix = `(?<pre>${alternation(Object.keys(currencyPrefixes))})\\.?\\s?`;
  const suffix = `\\s(?<post>${alternation(Object.keys(currencySuffixes))})`;
  const pattern = (body: string) => new RegExp(`${BEFORE}${q}${body}${AFTER}`, 'gu');

  const readFigure = (groups: Record<string, string | undefined>): Figure | undefined => {
    const text = groups.fig ?? '';
    const spelled = !/\d/.test(text);
    const base = spelled ? numberWordValue(text) : Number(text.split(group).join('').replace(/[\u00a0 ]/g, '').replace(decimal, '.'));
    if (base === undefined || !Number.isFinite(base)) return undefined;
    const scaleWord = groups.word ?? groups.abbr ?? groups.glued;
    const multiplier = scaleWord === undefined ? 1 : SCALES[scaleWord] ?? 1;
    const step = (spelled ? 1 : stepOf(text, decimal)) * multiplier;
    // Digits times a multiplier drift in binary floating point (17.71 × 1e9); round to the step.
    return { value: roundTo(base * multiplier, step), step };
  };

  return {
    money: [pattern(`${prefix}${fig}(?:${scale})?`), pattern(`${fig}(?:${scale})?${suffix}`)],
    percent: pattern(`${fig}\\s?(?<unit>%|per cent|percent|percentage points?)`),
    ratio: pattern(`(?:${fig}[\\s-](?:times|fold)|(?<twice>[Tt]wice|[Tt]hrice))`),
    span: pattern(`(?:${fig}|(?<a>[Aa]n?))[\\s-](?<unit>days?|weeks?|months?|years?)(?:\\s(?<dir>after|before|later|earlier|ago))?`),
    number: pattern(`${fig}(?:${scale})?`),
    readFigure,
    currencyPrefixes,
    currencySuffixes,
  };
}

/** Every figure `text` states, each with its kind; overlapping readings are left for the caller to resolve. */
export function readQuantities(text: string, options: ReadOptions = {}): Reading[] {
  const g = grammar(options);
  const readings: Reading[] = [];
  const each = (regex: RegExp, read: (groups: Record<string, string | undefined>) => Stated | undefined) => {
    for (const match of text.matchAll(regex)) {
      const groups = match.groups ?? {};
      const stated = read(groups);
      if (stated === undefined) continue;
      const qualifier = qualifierOf(groups.qual);
      const reading: Reading = { ...stated, start: match.index, end: match.index + match[0].length };
      readings.push(qualifier !== undefined ? { ...reading, qualifier } : reading);
    }
  };

  for (const regex of g.money) {
    each(regex, (groups) => {
      const figure = g.readFigure(groups);
      const symbol = groups.pre ?? groups.post;
      const currency = groups.pre !== undefined ? g.currencyPrefixes[groups.pre] : groups.post !== undefined ? g.currencySuffixes[groups.post] : undefined;
      if (figure === undefined || symbol === undefined) return undefined;
      return { kind: 'money', value: { amount: figure.value, ...(currency !== undefined ? { currency } : {}), symbol }, step: figure.step };
    });
  }
  each(g.percent, (groups) => {
    const figure = g.readFigure(groups);
    return figure && { kind: 'percent', value: figure.value, step: figure.step };
  });
  each(g.ratio, (groups) => {
    if (groups.twice !== undefined) return { kind: 'ratio', value: groups.twice.toLowerCase() === 'twice' ? 2 : 3, step: 1 };
    const figure = g.readFigure(groups);
    return figure && { kind: 'ratio', value: figure.value, step: figure.step };
  });
  each(g.span, (groups) => {
    // "a year" is a stated duration only when it places something in time ("a year after").
    if (groups.a !== undefined && groups.dir === undefined) return undefined;
    const figure = groups.a !== undefined ? { value: 1, step: 1 } : g.readFigure(groups);
    const unit = `${(groups.unit ?? 'day').replace(/s$/, '')}s` as DurationUnit;
    return figure && { kind: 'span', value: { count: figure.value, unit }, step: figure.step };
  });
  each(g.number, (groups) => {
    const figure = g.readFigure(groups);
    if (figure === undefined) return undefined;
    // Alone, "one" is rarely a count ("one of the", "no one").
    if (groups.fig?.toLowerCase() === 'one' && groups.word === undefined) return undefined;
    return { kind: 'number', value: figure.value, step: figure.step };
  });
  return readings;
}

function roundTo(value: number, step: number): number {
  if (step >= 1) return Math.round(value);
  const digits = Math.min(15, Math.ceil(-Math.log10(step)));
  return Number(value.toFixed(digits));
}
