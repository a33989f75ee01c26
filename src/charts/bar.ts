/**
 * Bar charts: one bar per category, optionally labelled with its value. The workhorse of a newsroom
 * ("officers per contingent"); {@link compare} is a preset over it.
 */

import { textWidth } from './text-metrics.js';
import type { Chart, ChartOptions } from './chart.js';
import { makeChart } from './chart.js';
import { chartData, columnsOf, type ChartInput } from './chart-data.js';
import { drawnColumns } from './field-name.js';
import { frame, type ViewSpec } from './frame.js';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, FONT_SIZE, INK } from './theme.js';
import type { Encoding, Field, MarkDef, PositionDef, TextDef } from './vl-types.js';

/** How bars are ordered: as in the data, by value, or in a given order of categories. */
export type BarSort = 'data' | 'ascending' | 'descending' | readonly string[];

/** Options for {@link bar}. */
export interface BarOptions extends ChartOptions {
  /** Field naming each bar (the category axis, whichever way the bars run). */
  x: string;
  /** Field holding each bar's value. */
  y: string;
  /**
   * A field of the data to colour bars by (Okabe–Ito palette, with a legend), or a CSS colour for
   * every bar. A name the rows have is taken as a field, as Observable Plot does.
   */
  color?: string;
  /** Order of the bars. Default `'data'`: the order of the rows, which an author chose. */
  sort?: BarSort;
  /** Lay bars sideways, categories down the left: the readable form for long names or many bars. Default false. */
  horizontal?: boolean;
  /**
   * Write each bar's value at its end: `true` formats the value with `format`, a string names a field
   * holding the text to print. The value axis is dropped then: direct labels make it redundant.
   */
  labels?: boolean | string;
  /** d3-format specifier for values on the axis and labels. Default `',~f'`: thousands separators, no trailing zeros. */
  format?: string;
  /** Title of the category axis. Default: the field name; `null` hides it. */
  xTitle?: string | null;
  /** Title of the value axis. Default: the field name. */
  yTitle?: string | null;
}

/** Band height of horizontal bars: room for a 12 px label and a gap at any number of bars. */
export const BAR_STEP = 32;
/** Distance between a bar's end and its value label. */
const LABEL_GAP = 4;

/**
 * A bar chart. `x` names the bars, `y` gives their values; `horizontal` turns them sideways.
 *
 * @example
 * bar(contingents, {x: 'contingent', y: 'officers', labels: true,
 *   title: 'Kenya has sent 817 officers to Haiti', source: 'Source: Kenyans.co.ke'});
 */
export function bar(data: ChartInput, options: BarOptions): Chart {
  const { x, y, color, sort = 'data', horizontal = false, labels = false, format = ',~f', xTitle, yTitle } = options;
  const { title, subtitle, source, interactive = false, width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT } = options;
  const colorField = color !== undefined && columnsOf(data).includes(color) ? color : undefined;
  const labelField = typeof labels === 'string' ? labels : undefined;
  const columns = [...new Set([x, y, colorField, labelField].filter((c): c is string => c !== undefined))];
  const { rows, sources } = chartData(data, { columns, sources: options.sources, chart: title });
  // Fields escaped for Vega-Lite (`pop\.2020`); a field left untitled is titled with its name by `makeChart`'s `safeTitles`.
  const { rows: drawn, field } = drawnColumns(rows, columns);

  const category: PositionDef<Field> = {
    field: field(x),
    type: 'nominal',
    sort: sortOf(sort, horizontal ? 'x' : 'y'),
    title: xTitle === undefined ? x : xTitle,
    // Upright labels, cut to their band rather than rotated or overlapping.
    axis: horizontal ? { ticks: false } : { ticks: false, labelAngle: 0, labelLimit: Math.max(40, Math.floor(width / Math.max(1, rows.length)) - 8) },
  };
  const value: PositionDef<Field> = {
    field: field(y),
    type: 'quantitative',
    title: yTitle === undefined ? y : yTitle,
    axis: labels === false ? { format } : null,
    ...(horizontal && labels !== false ? { scale: labelledScale(rows, labels, y, width) } : {}),
  };
  const position: Encoding<Field> = horizontal ? { y: category, x: value } : { x: category, y: value };
  const mark: MarkDef<'bar'> = color !== undefined && colorField === undefined ? { type: 'bar', color } : { type: 'bar' };
  const barEncoding: Encoding<Field> = {
    ...(colorField !== undefined ? { color: { field: field(colorField), type: 'nominal', ...(colorField === x ? { legend: null } : {}) } } : {}),
    ...(interactive ? { tooltip: [{ field: field(x), type: 'nominal' }, { field: field(y), type: 'quantitative', format }] } : {}),
  };
  const size = horizontal ? { width, height: { step: BAR_STEP } } : { width, height };
  const values = { values: drawn };
  const view: ViewSpec = labels === false
    ? { data: values, mark, encoding: { ...position, ...barEncoding }, ...size }
    : {
        data: values,
        encoding: position,
        layer: [
          Object.keys(barEncoding).length > 0 ? { mark, encoding: barEncoding } : { mark },
          { mark: labelMark(horizontal), encoding: { text: labelText(typeof labels === 'string' ? field(labels) : labels, field(y), format) } },
        ],
        ...size,
      };
  return makeChart(frame(view, { title, subtitle, source, width, height }), rows, { ...options, sources });
}

/**
 * Sideways bars stop short of the plot's edge by the longest label, so the labels stay inside
 * `width`: the value domain runs past the largest value by the labels' share of the width. A share
 * rather than a pixel range, so the chart keeps its shape when drawn at another width.
 */
function labelledScale(rows: readonly Record<string, unknown>[], labels: true | string, y: string, width: number): { domainMax?: number; nice: false } {
  // Formatted labels are not known before Vega formats them; a value's digits plus separators come close.
  const texts = rows.map((row) => (typeof labels === 'string' ? String(row[labels] ?? '') : Number(row[y]).toLocaleString('en-US')));
  const longest = Math.max(0, ...texts.map((text) => textWidth(text, FONT_SIZE.label)));
  const room = Math.min(Math.ceil(longest) + LABEL_GAP * 2, Math.floor(width / 2));
  const max = Math.max(0, ...rows.map((row) => Number(row[y])).filter(Number.isFinite));
  return max > 0 ? { domainMax: (max * width) / (width - room), nice: false } : { nice: false };
}

function sortOf(sort: BarSort, valueChannel: 'x' | 'y'): 'x' | 'y' | '-x' | '-y' | string[] | null {
  if (sort === 'data') return null;
  if (sort === 'ascending') return valueChannel;
  if (sort === 'descending') return valueChannel === 'x' ? '-x' : '-y';
  return [...sort];
}

/** Value labels just past the end of each bar, in text ink (palette colours are too light for text). */
function labelMark(horizontal: boolean): MarkDef<'text'> {
  return horizontal
    ? { type: 'text', align: 'left', baseline: 'middle', dx: LABEL_GAP, color: INK.text }
    : { type: 'text', align: 'center', baseline: 'bottom', dy: -LABEL_GAP, color: INK.text };
}

/** The text of value labels: `labels` (a Vega-Lite field) or the value field `y`, formatted. */
function labelText(labels: true | string, y: string, format: string): TextDef<Field> {
  return typeof labels === 'string' ? { field: labels, type: 'nominal' } : { field: y, type: 'quantitative', format };
}
