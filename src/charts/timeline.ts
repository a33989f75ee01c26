/**
 * Time charts: a measure over time as a line, a step line (a running total that jumps: officers
 * deployed) or dots, with dated annotations (the flag-off, each arrival) as rules and labels.
 */

import type { Chart, ChartOptions } from './chart.js';
import { makeChart } from './chart.js';
import { chartData, plainValue, timeValue, type ChartInput } from './chart-data.js';
import { drawnColumns } from './field-name.js';
import { frame, type ViewSpec } from './frame.js';
import { stagger } from './stagger.js';
import { SpecError } from '../errors.js';
import * as msg from '../messages/charts.js';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, FONT_SIZE, INK } from './theme.js';
import type { Encoding, Field, MarkDef, PositionDef, UnitSpec } from './vl-types.js';

/** A dated label drawn on the chart. */
export interface Annotation {
  /** A day (`Date` at UTC midnight or `YYYY-MM-DD`), or epoch milliseconds. */
  date: Date | string | number;
  label: string;
}

/** Options for {@link timeline}. */
export interface TimelineOptions extends ChartOptions {
  /** Field holding the dates. */
  x: string;
  /** Field holding the values. */
  y: string;
  /** `'line'`, `'step'` (holds each value until the next date) or `'point'`. Default `'line'`. */
  mark?: 'line' | 'step' | 'point';
  /** Dots on each data point of a line or step. Default true when there are 30 points or fewer. */
  points?: boolean;
  /** Field splitting the data into series, one colour each. */
  color?: string;
  /** Dated labels, each with a dashed rule across the plot. */
  annotations?: readonly Annotation[];
  /** d3-format specifier for values. Default `',~f'`. */
  format?: string;
  /** d3-time-format specifier for the date axis, read in UTC. Default: Vega's multi-scale format. */
  dateFormat?: string;
  /** Title of the date axis. Default none: dates speak for themselves. */
  xTitle?: string | null;
  /** Title of the value axis. Default: the field name. */
  yTitle?: string | null;
  /** Start the value axis at zero. Default true. */
  zero?: boolean;
}

/** Field of the annotation rows holding the label text. */
export const ANNOTATION_FIELD = 'annotation';
/** Vertical distance between rows of annotation labels. */
const ROW_HEIGHT = FONT_SIZE.label + 4;

/**
 * A time chart. Dates are read and printed in UTC, so a day stays the same day on every machine.
 *
 * @example
 * timeline(deployed, {x: 'date', y: 'officers', mark: 'step', title: 'Officers in Haiti',
 *   annotations: [{date: '2024-06-24', label: 'Flag-off'}]});
 */
export function timeline(data: ChartInput, options: TimelineOptions): Chart {
  const { x, y, mark = 'line', points, color, annotations = [], format = ',~f', dateFormat, xTitle = null, yTitle, zero = true } = options;
  const { title, subtitle, source, interactive = false, width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT } = options;
  const columns = [...new Set([x, y, ...(color !== undefined ? [color] : [])])];
  const { rows, sources } = chartData(data, { columns, sources: options.sources, chart: title });
  const notes = dated(annotations, title);
  // Fields escaped for Vega-Lite (`pop\.2020`); a field left untitled is titled with its name by `makeChart`'s `safeTitles`.
  const { rows: drawn, field, key } = drawnColumns(rows, columns);

  const time: PositionDef<Field> = {
    field: field(x),
    type: 'temporal',
    // UTC: days are stored as UTC midnights, and a local scale would shift them west of Greenwich.
    scale: { type: 'utc' },
    title: xTitle,
    axis: { labelOverlap: true, ...(dateFormat !== undefined ? { format: dateFormat, formatType: 'utc' } : {}) },
  };
  const value: PositionDef<Field> = {
    field: field(y),
    type: 'quantitative',
    title: yTitle === undefined ? y : yTitle,
    scale: { zero },
    axis: { format },
  };
  const encoding: Encoding<Field> = {
    x: time,
    y: value,
    ...(color !== undefined ? { color: { field: field(color), type: 'nominal' } } : {}),
    ...(interactive ? { tooltip: [{ field: field(x), type: 'temporal', format: '%B %-d, %Y', formatType: 'utc' }, { field: field(y), type: 'quantitative', format }] } : {}),
  };
  const main = { mark: markOf(mark, points ?? rows.length <= 30), encoding };
  const layers = annotationLayers(notes, { x: { key: key(x), field: field(x) }, width, dates: rows.map((row) => timeValue(row[x])) });
  const view: ViewSpec = layers.length === 0
    ? { data: { values: drawn }, ...main, width, height }
    : { data: { values: drawn }, layer: [main, ...layers], width, height };
  return makeChart(frame(view, { title, subtitle, source, width, height }), rows, { ...options, sources });
}

function markOf(mark: 'line' | 'step' | 'point', points: boolean): MarkDef<'line' | 'point'> {
  if (mark === 'point') return { type: 'point', filled: true };
  return { type: 'line', ...(mark === 'step' ? { interpolate: 'step-after' } : {}), ...(points ? { point: { filled: true, size: 40 } } : {}) };
}

/** An annotation with its date read. */
interface DatedAnnotation extends Annotation {
  time: number;
}

/** Annotations in date order, each with its time; a `SpecError` for one whose date cannot be read. */
function dated(annotations: readonly Annotation[], chart: string): DatedAnnotation[] {
  return annotations
    .map((note) => {
      const time = timeValue(note.date);
      if (time === undefined) throw new SpecError(chart, msg.badAnnotationDate(note.label, String(note.date)), { hint: msg.badAnnotationDateHint() });
      return { ...note, time };
    })
    .sort((a, b) => a.time - b.time);
}

/**
 * A dashed rule per annotation, and its label on the first row where it overlaps no other. `x` is the
 * date column as the spec draws it: the key of its rows and the Vega-Lite field reading it.
 */
function annotationLayers(
  notes: readonly DatedAnnotation[],
  { x, width, dates }: { x: { key: string; field: string }; width: number; dates: (number | undefined)[] },
): UnitSpec<Field>[] {
  if (notes.length === 0) return [];
  const times = [...dates, ...notes.map((note) => note.time)].filter((t): t is number => t !== undefined);
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const position = (time: number) => (max > min ? ((time - min) / (max - min)) * width : 0);
  const placements = stagger(notes.map((note) => ({ position: position(note.time), text: note.label })), { width, fontSize: FONT_SIZE.label });
  const rows = notes.map((note) => ({ [x.key]: plainValue(typeof note.date === 'number' ? new Date(note.date) : note.date), [ANNOTATION_FIELD]: note.label }));
  // UTC like the main layer: a layer's own field definition decides how its dates are printed (aria labels).
  const at: PositionDef<Field> = { field: x.field, type: 'temporal', scale: { type: 'utc' } };
  const rule: UnitSpec<Field> = {
    data: { values: rows },
    mark: { type: 'rule', strokeDash: [4, 3], color: INK.muted },
    encoding: { x: at },
  };
  // One text layer per row and side: a mark's `y`, `align` and `dx` are constants, not fields.
  const groups = new Map<string, { level: number; align: 'left' | 'right'; rows: typeof rows }>();
  placements.forEach(({ level, align }, i) => {
    const key = `${level}-${align}`;
    const group = groups.get(key) ?? { level, align, rows: [] };
    const row = rows[i];
    if (row !== undefined) group.rows.push(row);
    groups.set(key, group);
  });
  const labels = [...groups.values()].map(({ level, align, rows: values }): UnitSpec<Field> => ({
    data: { values },
    mark: { type: 'text', align, baseline: 'top', dx: align === 'left' ? 4 : -4, y: level * ROW_HEIGHT, color: INK.text },
    encoding: { x: at, text: { field: ANNOTATION_FIELD, type: 'nominal' } },
  }));
  return [rule, ...labels];
}
