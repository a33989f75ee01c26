/**
 * The chart's numbers as a table, for screen readers: visually hidden (clipped, not `display: none`,
 * which would hide it from assistive technology too), read after the chart's description.
 */

import { escape } from '../html.js';
import { formatValue, isNumeric } from '../format-value.js';
import * as msg from '../../messages/embed.js';

/** Options for {@link renderDataTable}. */
export interface DataTableOptions {
  /** The chart's title, named in the caption. */
  title: string;
  /** Locale of numbers and dates. Default `'en-US'`. */
  locale?: string;
  /** Class of the element around the table. Default `'visually-hidden'`. */
  className?: string;
}

/** Every field of the rows, in first-seen order. */
export function fieldsOf(rows: readonly Record<string, unknown>[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))];
}

/**
 * A `<table>` of the rows a chart draws, with a caption naming the chart and column headers with
 * `scope="col"`, values formatted as the report prints them. The hiding class goes on a `<div>` around
 * it: a table ignores `width: 1px` and, clipped but still laid out at full width, would widen the page.
 */
export function renderDataTable(rows: readonly Record<string, unknown>[], { title, locale = 'en-US', className = 'visually-hidden' }: DataTableOptions): string {
  const fields = fieldsOf(rows);
  const numeric = new Set(fields.filter((field) => rows.some((row) => isNumeric(row[field]))));
  const cell = (tag: 'th' | 'td', field: string, text: string, extra = '') =>
    `<${tag}${extra}${numeric.has(field) ? ' class="num"' : ''}>${escape(text)}</${tag}>`;
  const head = fields.map((field) => cell('th', field, field, ' scope="col"')).join('');
  const body = rows.map((row) => `<tr>${fields.map((field) => cell('td', field, formatValue(row[field], locale))).join('')}</tr>`).join('');
  return `<div class="${escape(className)}"><table><caption>${escape(msg.dataTableCaption(title))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
