/**
 * The columns of a pushed-down table: a column's values, or — for a column with few distinct values
 * (days, regions) — codes into a dictionary of them, so that parsing and flooring happen once per
 * distinct value and grouping needs no lookup per row.
 */

import { table as toTable, type ColumnTable } from 'arquero';
import type { BinFunction } from './bin.js';
import type { ValueAt } from './measures.js';

/** Values of a column as Arquero stores them. */
export type Values = unknown[] | Uint8Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/** A column as the steps see it: values, or codes into a dictionary. */
export type Column = { values: Values } | { codes: Uint32Array; dictionary: unknown[] };

/**
 * Read `fields` of row objects into an Arquero table, a column with few distinct values as codes
 * (the dictionaries are returned beside). One loop per column: faster than Arquero's `from`.
 */
export function encodeRows(rows: readonly object[], fields: Iterable<string>): { table: ColumnTable; dictionaries: Map<string, unknown[]> } {
  const n = rows.length;
  const columns: Record<string, Values> = {};
  const dictionaries = new Map<string, unknown[]>();
  for (const field of fields) {
    const column = encode((i) => (rows[i] as Record<string, unknown>)[field], n);
    columns[field] = 'codes' in column ? column.codes : column.values;
    if ('codes' in column) dictionaries.set(field, column.dictionary);
  }
  // A table without columns would have no rows either.
  if (Object.keys(columns).length === 0) columns['__pushdown_rows'] = new Array<undefined>(n);
  return { table: toTable(columns), dictionaries };
}

// A column is coded while it has at most this many distinct values (and fewer than half its rows):
// a century of days, any list of categories; a column of measurements gives up early.
const DICTIONARY_LIMIT = 1 << 15;

// After this many rows, a column whose values are still mostly distinct is a column of measurements.
const CHECKPOINT = 4096;

function encode(valueAt: ValueAt, n: number): Column {
  const limit = Math.min(DICTIONARY_LIMIT, n / 2);
  const codes = new Uint32Array(n);
  const dictionary: unknown[] = [];
  const index = new Map<unknown, number>();
  for (let i = 0; i < n; i++) {
    if (i === CHECKPOINT && dictionary.length > (CHECKPOINT * 3) / 4) return { values: plain(valueAt, n) };
    const value = valueAt(i);
    let code = index.get(value);
    if (code === undefined) {
      if (dictionary.length >= limit || (typeof value === 'object' && value !== null)) return { values: plain(valueAt, n) };
      code = dictionary.length;
      dictionary.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  }
  return { codes, dictionary };
}

/**
 * A column's values: a `Float64Array` while they are all numbers (a plain array would box each
 * one, and the garbage collector would spend longer than the reading), else a plain array.
 */
function plain(valueAt: ValueAt, n: number): Values {
  const numbers = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = valueAt(i);
    if (typeof value !== 'number') {
      const values: unknown[] = Array.from(numbers.subarray(0, i));
      for (let j = i; j < n; j++) values.push(valueAt(j));
      return values;
    }
    numbers[i] = value;
  }
  return numbers;
}

export function valueAt(column: Column): ValueAt {
  if ('values' in column) {
    const { values } = column;
    return (i) => values[i];
  }
  const { codes, dictionary } = column;
  return (i) => dictionary[codes[i] as number];
}

export function decode(column: Column, n: number): ArrayLike<unknown> {
  if ('values' in column) return column.values;
  const at = valueAt(column);
  return Array.from({ length: n }, (_, i) => at(i));
}

/** `fn` over a column: once per distinct value of a coded column. */
export function mapValues(column: Column, n: number, fn: (value: unknown) => unknown): Column {
  if ('codes' in column) return { codes: column.codes, dictionary: column.dictionary.map((value) => fn(value)) };
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = fn(column.values[i]);
  return { values: out };
}

/**
 * Bin starts as codes, with the arithmetic of vega's bin transform written out (see `binFunction`):
 * a value's bin number indexes an array, so that a million distinct values bin in one cheap pass.
 * Empty, NaN and out-of-extent values (null, NaN, ±Infinity starts) get codes of their own.
 */
export function binCodes(values: Values, n: number, bin: BinFunction): Column {
  const { start, stop, step } = bin;
  const last = stop - step;
  const bins = Math.round((stop - start) / step) + 1;
  const codeOf = new Int32Array(bins).fill(-1);
  const special = new Map<unknown, number>();
  const codes = new Uint32Array(n);
  const dictionary: unknown[] = [];
  const add = (value: unknown) => dictionary.push(value) - 1;
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    const v = raw == null || raw === '' ? null : +(raw as number);
    let code: number;
    if (v === null || v !== v || v < start || v > stop) {
      const value = v === null ? null : v !== v ? Number.NaN : v < start ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      code = special.get(value) ?? -1;
      if (code < 0) special.set(value, (code = add(value)));
    } else {
      const k = Math.floor(BIN_EPSILON + (Math.max(start, Math.min(v, last)) - start) / step);
      code = codeOf[k] ?? -1;
      if (code < 0) codeOf[k] = code = add(start + step * k);
    }
    codes[i] = code;
  }
  return { codes, dictionary };
}

// vega's bin transform nudges values by this much before flooring (vega/vega#1737).
const BIN_EPSILON = 1e-14;
