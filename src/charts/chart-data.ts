/**
 * What a builder accepts as data (a `Dataset`, an Arquero table, an array of objects) turned into the
 * plain rows a Vega-Lite spec inlines, plus the provenance a `Dataset` carries.
 */

import type { ColumnTable } from 'arquero';
import { isColumnTable } from '../data/is-column-table.js';
import type { Dataset } from '../data/dataset.js';
import { SpecError } from '../errors.js';
import { dayValue, isoDay } from '../facts/day.js';
import type { FactSource } from '../facts/fact.js';
import * as msg from '../messages/charts.js';

/** Data a chart builder accepts. */
export type ChartInput = Dataset<object> | ColumnTable | readonly object[];

/** Rows ready to inline in a spec, and where they came from. */
export interface ChartData {
  rows: Record<string, unknown>[];
  sources: FactSource[];
}

/** Options for {@link chartData}. */
export interface ChartDataOptions {
  /** Keep only these columns, in this order (the ones the chart draws). Default: all. */
  columns?: readonly string[];
  /** Provenance to add to what a `Dataset` declares. */
  sources?: readonly FactSource[];
  /** Name of the chart, for the error thrown when a column is missing. Default "untitled". */
  chart?: string;
}

function isDataset(input: ChartInput): input is Dataset<object> {
  return !Array.isArray(input) && 'table' in input && 'rows' in input && 'schema' in input;
}

/** The columns an input has: a table's, or the keys its rows use (none for an empty array). */
export function columnsOf(input: ChartInput): string[] {
  if (isDataset(input)) return input.table.columnNames();
  if (isColumnTable(input)) return input.columnNames();
  return [...new Set(input.flatMap((row) => Object.keys(row)))];
}

/** The input's rows as objects, and the columns it has (`undefined`: no rows to tell from). */
function unpack(input: ChartInput): { objects: readonly object[]; available: string[] | undefined } {
  const available = columnsOf(input);
  if (isDataset(input)) return { objects: input.objects(), available };
  if (isColumnTable(input)) return { objects: input.objects(), available };
  return { objects: input, available: input.length > 0 ? available : undefined };
}

/**
 * Plain rows from any chart input. Dates become ISO strings (days as `YYYY-MM-DD`) so the spec stays
 * JSON and Vega-Lite parses them the same way on every machine; a `Dataset` also yields a `FactSource`
 * naming its rows, lines and quotes. Throws a `SpecError` (named after `chart`: its report id is not
 * known yet) when a requested column is missing, so a typo fails by name instead of drawing nothing.
 */
export function chartData(input: ChartInput, { columns, sources = [], chart = 'untitled' }: ChartDataOptions = {}): ChartData {
  const { objects, available } = unpack(input);
  const missing = available !== undefined ? columns?.find((column) => !available.includes(column)) : undefined;
  if (missing !== undefined && available !== undefined) {
    throw new SpecError(chart, msg.missingField(chart, missing, available), { hint: msg.missingFieldHint() });
  }
  const rows = objects.map((row) => plainRow(row, columns));
  const own = isDataset(input) ? [datasetSource(input, columns)] : [];
  return { rows, sources: [...own, ...sources] };
}

function plainRow(row: object, columns: readonly string[] | undefined): Record<string, unknown> {
  const record = row as Record<string, unknown>;
  const keys = columns ?? Object.keys(record);
  return Object.fromEntries(keys.map((key) => [key, plainValue(record[key])]));
}

/** A JSON-safe value: a `Date` becomes its ISO day when it is a UTC midnight, else its full ISO time. */
export function plainValue(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const day = dayValue(value);
  return day !== undefined ? isoDay(day) : value.toISOString();
}

/** A time as epoch milliseconds from a day, an ISO date-time or a number; `undefined` for anything else. */
export function timeValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  const day = dayValue(value);
  if (day !== undefined) return day;
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : time;
}

function datasetSource(dataset: Dataset<object>, columns: readonly string[] | undefined): FactSource {
  const lines = dataset.rows.map((row) => row.line);
  const quotes = dataset.rows.map((row) => row.quote).filter((quote): quote is string => quote !== undefined);
  return {
    dataset: dataset.name,
    file: dataset.file,
    rows: dataset.rows.map((row) => row.index),
    ...(lines.length > 0 && lines.every((line): line is number => line !== undefined) ? { lines } : {}),
    ...(quotes.length > 0 ? { quotes } : {}),
    ...(columns !== undefined ? { columns: [...columns] } : {}),
  };
}
