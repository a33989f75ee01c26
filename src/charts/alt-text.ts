/**
 * Alt text: the author's when given, else a description generated from the spec and its data, in
 * the shape a screen-reader user needs first: what kind of chart, of what, and the numbers.
 */

import { formatDate } from '../facts/format-date.js';
import { formatNumber } from '../facts/format-number.js';
import * as msg from '../messages/charts.js';
import type { Chart } from './chart.js';
import { timeValue } from './chart-data.js';
import { columnName, fieldText } from './field-name.js';
import { isRecord, specUnits, type SpecUnit } from './spec-units.js';
import { dateTimeFormat } from '../facts/intl-formats.js';

/** Options for {@link altText}. */
export interface AltTextOptions {
  /** Locale of numbers and dates. Default `'en-US'`. */
  locale?: string;
  /** Most bars listed before "and N more". Default 12. */
  maxItems?: number;
}

const DRAWN = new Set(['bar', 'line', 'area', 'point', 'circle', 'square', 'tick', 'rect', 'trail']);

/**
 * The chart's alt text.
 *
 * @example
 * altText(bar(rows, {x: 'contingent', y: 'officers', title: '…'}))
 * // → "Bar chart of officers by contingent: 1st 400, 2nd 200, 3rd 217."
 */
export function altText(chart: Chart, { locale = 'en-US', maxItems = 12 }: AltTextOptions = {}): string {
  if (chart.alt !== undefined && chart.alt.trim() !== '') return chart.alt;
  const units = specUnits(chart.spec);
  const main = units.find((unit) => DRAWN.has(unit.mark));
  const stated = isRecord(chart.spec) ? chart.spec['description'] : undefined;
  const description = typeof stated === 'string' && stated.trim() !== '' ? stated : undefined;
  if (main === undefined) return description ?? msg.titledAlt(chart.title);
  const rows = main.values ?? chart.data;
  const context = { locale, maxItems };
  const x = main.encoding['x'];
  const y = main.encoding['y'];
  if (x?.['type'] === 'temporal' && y !== undefined) return timeAlt(main, rows, units, context);
  if (main.mark === 'bar' && x !== undefined && y !== undefined) {
    const horizontal = x['type'] === 'quantitative' && y['type'] !== 'quantitative';
    const [category, measure] = horizontal ? [y, x] : [x, y];
    if (measure['type'] === 'quantitative' && category['type'] !== 'quantitative') return barAlt(category, measure, rows, units, context);
  }
  return description ?? msg.genericAlt(main.mark, titleOf(y, 'y'), titleOf(x, 'x'));
}

interface Context {
  locale: string;
  maxItems: number;
}

type Def = Record<string, unknown>;

function barAlt(category: Def, measure: Def, rows: Record<string, unknown>[], units: SpecUnit[], context: Context): string {
  const [catField, valField] = [column(category), column(measure)];
  // A text layer drawing a label field (compare's "KSh 1.68 billion") says the value the way the chart does.
  const labelField = column(units.map((unit) => unit.encoding['text']).find((text) => text?.['type'] === 'nominal'));
  // A category axis whose title the author removed (`xTitle: null`) goes unnamed here too.
  const categoryTitle = category['title'] === null ? undefined : titleOf(category, 'x');
  const items = rows.map((row) => {
    const name = row[catField];
    const shown = labelField !== '' && row[labelField] !== undefined ? String(row[labelField]) : formatValue(row[valField], context);
    if (typeof name !== 'number') return `${String(name)} ${shown}`;
    return categoryTitle !== undefined ? `${categoryTitle} ${number(name, context)}: ${shown}` : `${number(name, context)}: ${shown}`;
  });
  return msg.barAlt(titleOf(measure, 'y'), categoryTitle, list(items, context));
}

function timeAlt(main: SpecUnit, rows: Record<string, unknown>[], units: SpecUnit[], context: Context): string {
  const x = main.encoding['x'] ?? {};
  const y = main.encoding['y'] ?? {};
  const [xField, yField] = [column(x), column(y)];
  const points = rows
    .map((row) => ({ time: timeValue(row[xField]), value: row[yField], row }))
    .filter((p): p is { time: number; value: number; row: Record<string, unknown> } => p.time !== undefined && typeof p.value === 'number')
    .sort((a, b) => a.time - b.time);
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return msg.genericAlt(main.mark, titleOf(y, 'y'), titleOf(x, 'x'));
  const month = dateTimeFormat(context.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const colorField = column(main.encoding['color']);
  const series = colorField !== '' ? [...new Set(points.map((p) => String(p.row[colorField])))] : [];
  const trend = series.length > 1
    ? msg.seriesAlt(series.length, list(series, context))
    : msg.trendAlt(direction(first.value, last.value), number(first.value, context), number(last.value, context));
  const interpolate = main.markDef['interpolate'];
  const mark = main.mark === 'line' && typeof interpolate === 'string' && interpolate.startsWith('step') ? 'step' : main.mark;
  return msg.timeAlt(mark, titleOf(y, 'y'), month.format(first.time), month.format(last.time), trend) + annotations(main, units, context);
}

/** Dated labels drawn by text marks on their own data (a timeline's annotations). */
function annotations(main: SpecUnit, units: SpecUnit[], context: Context): string {
  const items = units
    .filter((unit) => unit.mark === 'text' && unit.values !== main.values && unit.encoding['x']?.['type'] === 'temporal')
    .flatMap((unit) => {
      const [xField, textField] = [column(unit.encoding['x']), column(unit.encoding['text'])];
      return (unit.values ?? []).map((row) => ({ time: timeValue(row[xField]), label: String(row[textField]) }));
    })
    // Labels are split over layers by row; a listener hears them in date order.
    .sort((a, b) => (a.time ?? 0) - (b.time ?? 0))
    .map(({ time, label }) => (time !== undefined ? `${label} (${formatDate(time, { locale: context.locale })})` : label));
  return items.length > 0 ? msg.annotationsAlt(list(items, context)) : '';
}

function direction(first: number, last: number): 'rising' | 'falling' | 'flat' {
  return last > first ? 'rising' : last < first ? 'falling' : 'flat';
}

function titleOf(def: Record<string, unknown> | undefined, channel: string): string {
  if (def === undefined) return channel;
  const axis = def['axis'];
  for (const title of [def['title'], isRecord(axis) ? axis['title'] : undefined]) {
    if (typeof title === 'string') return title;
    if (Array.isArray(title)) return title.join(' ');
  }
  const field = def['field'] ?? def['aggregate'];
  // Vega-Lite would print an escaped field's backslashes (`pop\.2020`); a listener hears the name.
  return typeof field === 'string' ? fieldText(field) : channel;
}

/** The column a field definition reads, its escapes read (`pop\.2020` is `pop.2020`); '' for none. */
function column(def: Def | undefined): string {
  const field = def?.['field'];
  return typeof field === 'string' ? columnName(field) ?? fieldText(field) : '';
}

function number(value: number, { locale }: Context): string {
  return formatNumber(value, { locale, compactFrom: 1e6, significantDigits: 3, fractionDigits: 2 });
}

function formatValue(value: unknown, context: Context): string {
  return typeof value === 'number' ? number(value, context) : value === null || value === undefined ? msg.noData() : String(value);
}

function list(items: readonly string[], { maxItems }: Context): string {
  if (items.length === 0) return msg.noData();
  const shown = items.slice(0, maxItems);
  return items.length > maxItems ? `${shown.join(', ')}, ${msg.andMore(items.length - maxItems)}` : shown.join(', ');
}
