/**
 * Run a pushdown {@link Query} over an Arquero table: parse, filter, calculate, bin, floor to time
 * units and aggregate, each as vega would, and return the few rows the chart draws.
 *
 * A column with few distinct values (days, regions) is held as codes into a dictionary of them, so
 * that parsing and flooring happen once per distinct value and grouping needs no lookup per row: a
 * million rows over ten years of days is 3,652 dates to parse, not a million.
 */

import { table as toTable, type ColumnTable } from 'arquero';
import * as msg from '../../messages/pushdown.js';
import { binEnd, binFunction, columnExtent } from './bin.js';
import { binCodes, decode, mapValues, valueAt, type Column, type Values } from './columns.js';
import type { ColumnReader } from './expression.js';
import { groupRows, type GroupColumn } from './group-rows.js';
import { computeMeasures, type ValueAt } from './measures.js';
import type { ParseKind, Query, Step } from './query.js';
import { timeCeil, timeFloor } from './time-unit.js';
import { toBoolean, toDate, toNumber, toText, vegaHelpers } from './vega-helpers.js';

/** What a query yields. */
export interface Evaluation {
  rows: Record<string, unknown>[];
  /** The extent each encoding bin was computed over, by the bin step's name. */
  extents: Map<string, [number, number]>;
  /** Output columns holding dates, written as ISO-8601 text (to be parsed back as dates). */
  dates: Set<string>;
}

/** Where a pipeline is: the table, and what is known about its columns. */
export interface State {
  table: ColumnTable;
  /** Columns held as codes (`Uint32Array`), with the distinct values the codes point to. */
  dictionaries: Map<string, unknown[]>;
  /** Columns holding dates as epoch milliseconds. */
  dates: Set<string>;
  /** Of those, the ones vega holds as `Date` objects (a timeunit's output, a parse with a format). */
  dateObjects: Set<string>;
  extents: Map<string, [number, number]>;
}

/** Run `query` over `table` (not changed); the reason when the result cannot be published as JSON. */
export function evaluateQuery(table: ColumnTable, query: Query): Evaluation | { reason: string } {
  const state = runSteps(startState(table), query.steps);
  return 'reason' in state ? state : outputRows(state, query.output);
}

/** The state of a pipeline over `table`, whose coded columns' dictionaries are `dictionaries`. */
export function startState(table: ColumnTable, dictionaries: Map<string, unknown[]> = new Map()): State {
  return { table, dictionaries, dates: new Set(), dateObjects: new Set(), extents: new Map() };
}

/** Run steps from `state` (a layer's marks continue from the state their layer's steps left). */
export function runSteps(state: State, steps: readonly Step[]): State | { reason: string } {
  let current = state;
  for (const step of steps) {
    const next = runStep(current, step);
    if ('reason' in next) return next;
    current = next;
  }
  return current;
}

function columnOf(state: State, field: string): Column {
  const { table } = state;
  if (!table.columnNames().includes(field)) return { values: new Array<undefined>(table.numRows()) };
  // Arquero's `array()` copies; the pipeline's tables are never left filtered or ordered, so storage order is row order.
  const stored = table.column(field) as unknown;
  const values = (Array.isArray(stored) || ArrayBuffer.isView(stored) ? stored : table.array(field)) as Values;
  const dictionary = state.dictionaries.get(field);
  return dictionary === undefined ? { values } : { codes: values as Uint32Array, dictionary };
}

interface Kind {
  date: boolean;
  object: boolean;
}

function withColumn(state: State, name: string, column: Column, { date, object }: Kind): State {
  const dates = new Set(state.dates);
  const dateObjects = new Set(state.dateObjects);
  const dictionaries = new Map(state.dictionaries);
  for (const set of [dates, dateObjects]) set.delete(name);
  dictionaries.delete(name);
  if (date) dates.add(name);
  if (object) dateObjects.add(name);
  if ('codes' in column) dictionaries.set(name, column.dictionary);
  const stored = 'codes' in column ? column.codes : column.values;
  return { ...state, table: state.table.assign({ [name]: stored }), dictionaries, dates, dateObjects };
}

function reader(state: State): ColumnReader {
  const n = state.table.numRows();
  return (field) => {
    const values = decode(columnOf(state, field), n);
    // Expressions see a timeunit's output as vega does: `Date` objects.
    if (!state.dateObjects.has(field)) return values;
    return Array.from({ length: n }, (_, i) => (values[i] == null ? values[i] : new Date(values[i] as number)));
  };
}

const KEEP = '__pushdown_keep';
const PLAIN: Kind = { date: false, object: false };

function runStep(state: State, step: Step): State | { reason: string } {
  const { table } = state;
  const n = table.numRows();
  switch (step.type) {
    case 'parse': {
      const isDate = step.kind === 'date' || typeof step.kind === 'object';
      return withColumn(state, step.field, mapValues(columnOf(state, step.field), n, parser(step.kind)), { date: isDate, object: typeof step.kind === 'object' });
    }
    case 'filter': {
      const test = step.expression.bind(reader(state));
      const keep = new Uint8Array(n);
      for (let i = 0; i < n; i++) keep[i] = test(i) ? 1 : 0;
      const filtered = table.assign({ [KEEP]: keep }).filter(`d => d["${KEEP}"]`).select(table.columnNames()).reify();
      return { ...state, table: filtered };
    }
    case 'calculate': {
      const value = step.expression.bind(reader(state));
      return withColumn(state, step.as, { values: Array.from({ length: n }, (_, i) => value(i)) }, PLAIN);
    }
    case 'bin':
      return binStep(state, step);
    case 'timeUnit': {
      // vega's timeunit leaves null and undefined empty and floors everything else.
      const floor = timeFloor(step.unit);
      const ceil = timeCeil(step.unit);
      const starts = mapValues(columnOf(state, step.field), n, (v) => (v == null ? null : floor(v).getTime()));
      const [startName, endName] = step.as;
      const floored = withColumn(state, startName, starts, { date: true, object: true });
      if (endName === undefined) return floored;
      return withColumn(floored, endName, mapValues(starts, n, (start) => (start == null ? null : ceil(new Date(start as number)).getTime())), { date: true, object: true });
    }
    case 'aggregate':
      return aggregate(state, step);
  }
}

/** vega's parse of a field: the functions Vega-Lite's parse formulas call. Dates become epoch milliseconds. */
function parser(kind: ParseKind): (value: unknown) => unknown {
  if (kind === 'number') return toNumber;
  if (kind === 'boolean') return toBoolean;
  if (kind === 'string') return toText;
  if (kind === 'date') return (value) => epoch(toDate(value));
  const locale = vegaHelpers.timeFormatLocale();
  const parse = (kind.utc ? locale.utcParse : locale.timeParse)(kind.specifier);
  return (value) => epoch(parse(value));
}

const epoch = (value: unknown) => (value instanceof Date ? value.getTime() : value);

function binStep(state: State, step: Extract<Step, { type: 'bin' }>): State | { reason: string } {
  const n = state.table.numRows();
  const source = columnOf(state, step.field);
  const extent = step.bin.extent ?? extentOf(source, n);
  if (extent === undefined) return { reason: msg.noExtent(step.field) };
  const bin = binFunction(step.bin.params, extent);
  const starts = 'codes' in source ? mapValues(source, n, bin) : binCodes(source.values, n, bin);
  const [startName, endName] = step.as;
  let next = withColumn(state, startName, starts, PLAIN);
  if (endName !== undefined) next = withColumn(next, endName, mapValues(starts, n, (start) => binEnd(bin, start as number | null)), PLAIN);
  return { ...next, extents: new Map([...state.extents, [step.name, extent]]) };
}

/** The extent of a column as vega's extent transform finds it (over the values rows hold). */
function extentOf(column: Column, n: number): [number, number] | undefined {
  if ('values' in column) return columnExtent(column.values, n);
  const used = new Uint8Array(column.dictionary.length);
  for (let i = 0; i < n; i++) used[column.codes[i] as number] = 1;
  const values = column.dictionary.filter((_, code) => used[code] === 1);
  return columnExtent(values, values.length);
}

function aggregate(state: State, step: Extract<Step, { type: 'aggregate' }>): State {
  const n = state.table.numRows();
  const groupColumns: GroupColumn[] = step.groupby.map((field) => {
    const column = columnOf(state, field);
    // A timeunit's dates start on a whole second, so their epoch milliseconds group as vega's Date text would.
    if (!state.dateObjects.has(field) || state.dates.has(field)) return 'codes' in column ? column : column.values;
    return reader(state)(field);
  });
  const { keys, first } = groupRows(groupColumns, n);
  const columns: Record<string, unknown[]> = {};
  const dates = new Set<string>();
  const dateObjects = new Set<string>();
  step.groupby.forEach((field, k) => {
    const name = step.names[k] ?? field;
    const at = valueAt(columnOf(state, field));
    columns[name] = first.map((row) => at(row));
    if (state.dates.has(field)) dates.add(name);
    if (state.dateObjects.has(field)) dateObjects.add(name);
  });
  const measures = computeMeasures(step.measures, { groups: keys, size: first.length, read: (field) => valueAt(columnOf(state, field)) });
  for (const measure of step.measures) {
    columns[measure.as] = measures.get(measure.as) ?? [];
    // The earliest or latest of dates is a date.
    if ((measure.op === 'min' || measure.op === 'max') && measure.field !== undefined && state.dates.has(measure.field)) dates.add(measure.as);
  }
  return { table: toTable(columns), dictionaries: new Map(), dates, dateObjects, extents: state.extents };
}

/**
 * The rows of the named columns: dates as ISO-8601 text, and the reason to refuse when a value
 * would not survive JSON (NaN and infinities become `null`).
 */
export function outputRows(state: State, names: readonly string[]): Evaluation | { reason: string } {
  const { table, dates } = state;
  const n = table.numRows();
  const present = names.filter((name) => table.columnNames().includes(name));
  const columns = present.map((name) => valueAt(columnOf(state, name)));
  const rows = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < present.length; c++) {
      const name = present[c] as string;
      let value = (columns[c] as ValueAt)(i);
      if (dates.has(name) && value != null) {
        const time = value instanceof Date ? value.getTime() : Number(value);
        if (!Number.isFinite(time)) return { reason: msg.invalidDate(name) };
        value = new Date(time).toISOString();
      } else if (typeof value === 'number' && !Number.isFinite(value)) {
        return { reason: msg.notFinite(name, value) };
      }
      // vega leaves an undefined measure (the mean of no values) off the tuple; so does JSON.
      if (value !== undefined) row[name] = value;
    }
    rows[i] = row;
  }
  return { rows, extents: state.extents, dates: new Set(present.filter((name) => dates.has(name))) };
}
