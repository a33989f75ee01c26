/**
 * Two amounts side by side, each bar labelled with its value as printed: the figure a story states
 * against the figure the data gives (the article's "sh17.71 billion" against $13 million at the
 * day's rate). A preset over {@link bar}.
 */

import type { FactSource } from '../facts/fact.js';
import { formatNumber } from '../facts/format-number.js';
import { bar } from './bar.js';
import type { Chart, ChartOptions } from './chart.js';

/** One amount to compare. A `Fact` is one: its `label`, `value`, `text` and `sources` are used. */
export interface Amount {
  /** Names the bar. */
  label: string;
  value: number;
  /** The value as printed on the bar ("KSh 1.68 billion"). Default: the number in words past a million. */
  text?: string;
  /** Where the amount comes from; added to the chart's sources. */
  sources?: readonly FactSource[];
}

/** Options for {@link compare}. */
export interface CompareOptions extends ChartOptions {
  /** Bar names replacing the amounts' labels (a fact's label is often too long for an axis). */
  labels?: readonly [string, string];
  /** What the amounts measure, for the alt text ("amount in shillings"). Default `'amount'`. */
  measure?: string;
  /** Locale of default value labels. Default `'en-US'`. */
  locale?: string;
}

/** Fields of a comparison's rows. */
export const COMPARE_FIELDS = { item: 'item', amount: 'amount', text: 'text' } as const;

/**
 * A chart comparing two amounts: horizontal bars, one colour each, the printed value at each end.
 *
 * @example
 * compare(statedKes, convertedKes, {labels: ['As stated', "At the day's rate"],
 *   title: 'The shilling figure is ten times too high'});
 */
export function compare(a: Amount, b: Amount, options: CompareOptions): Chart {
  const { labels, measure = COMPARE_FIELDS.amount, locale = 'en-US', sources = [] } = options;
  const rows = [a, b].map((amount, i) => ({
    [COMPARE_FIELDS.item]: labels?.[i] ?? amount.label,
    [COMPARE_FIELDS.amount]: amount.value,
    [COMPARE_FIELDS.text]: amount.text ?? formatNumber(amount.value, { locale, compactFrom: 1e6, significantDigits: 3, fractionDigits: 2 }),
  }));
  return bar(rows, {
    ...options,
    x: COMPARE_FIELDS.item,
    y: COMPARE_FIELDS.amount,
    color: COMPARE_FIELDS.item,
    horizontal: true,
    labels: COMPARE_FIELDS.text,
    xTitle: null,
    yTitle: measure,
    sources: [...(a.sources ?? []), ...(b.sources ?? []), ...sources],
  });
}
