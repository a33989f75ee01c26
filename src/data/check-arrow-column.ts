/**
 * Check an Arrow column against its column spec by reading its buffers: numbers straight from the
 * typed array, dates by their stored day or millisecond count, category text by comparing bytes —
 * no value is built (flechette would make a `Date` or decode a string per row). A column whose
 * storage does not match its spec is left to the general check (`undefined`).
 */

import * as msg from '../messages/data.js';
import { CategoryBytes, viewOf } from './category-bytes.js';
import { DAY_MS } from './coerce.js';
import { describeValue, explainValue } from './explain.js';
import type { ProblemList } from './problem-list.js';
import type { ColumnSpec } from './schema.js';

/** One record batch of a flechette column (the parts read here). */
interface Batch {
  length: number;
  nullCount: number;
  values?: ArrayLike<number | bigint>;
  offsets?: ArrayLike<number>;
  /** The stored batch behind a `Date`-making one. */
  source?: Batch;
  isValid(index: number): boolean;
  value(index: number): unknown;
}

/** A flechette column (what Arquero keeps for an Arrow table's column). */
interface ArrowColumn {
  type: { typeId: number; unit?: number };
  data: Batch[];
  nullCount: number;
  at(index: number): unknown;
}

// Arrow type ids (flechette's `Type`) and the day unit of dates.
const INT = 2;
const FLOAT = 3;
const UTF8 = 5;
const BOOL = 6;
const DATE = 8;
const TIMESTAMP = 10;
const DAY_UNIT = 0;

/** Whether `column` is a flechette Arrow column. */
export function isArrowColumn(column: unknown): column is ArrowColumn {
  const c = column as Partial<ArrowColumn> | null;
  return typeof c === 'object' && c !== null && Array.isArray(c.data) && typeof c.type?.typeId === 'number';
}

/** Options for {@link checkArrowColumn}. */
export interface CheckArrowColumnOptions {
  field: string;
  locate: (index: number) => { file: string };
  problems: ProblemList;
}

/**
 * Check an Arrow column in place, reporting each bad value (and each null of a required column).
 * Returns false when the column's storage does not fit the spec's type: the caller checks it another way.
 */
export function checkArrowColumn(column: ArrowColumn, spec: ColumnSpec, options: CheckArrowColumnOptions): boolean {
  const scan = batchScanner(column, spec);
  if (scan === undefined) return false;
  const { field, locate, problems } = options;
  const required = spec.required !== false;
  const bad: number[] = [];
  let offset = 0;
  for (const batch of column.data) {
    if (batch.nullCount > 0 && required) {
      for (let i = 0; i < batch.length; i++) if (!batch.isValid(i)) problems.add({ ...locate(offset + i), field, expected: msg.requiredValue() });
    }
    if (scan !== true) scan(batch, offset, bad);
    offset += batch.length;
  }
  for (const index of bad) {
    const value = column.at(index);
    problems.add({ ...locate(index), field, value: describeValue(value), expected: explainValue(spec, value) });
  }
  return true;
}

/**
 * A scan of one batch that adds the indices of its bad (non-null) values to `bad`; `true` when every
 * value the storage can hold is valid, `undefined` when the storage does not fit the spec.
 */
type Scanner = ((batch: Batch, offset: number, bad: number[]) => void) | true | undefined;

const DIRECT = [Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array];

function batchScanner(column: ArrowColumn, spec: ColumnSpec): Scanner {
  const { typeId, unit } = column.type;
  switch (spec.type) {
    case 'integer':
    case 'number':
    case 'money': {
      if (typeId !== INT && typeId !== FLOAT) return undefined;
      // 64-bit integers are stored as BigInts and half floats as bits: flechette's value() makes the number.
      const direct = column.data.every((batch) => DIRECT.some((type) => batch.values instanceof type)) && !(typeId === FLOAT && column.data.some((b) => b.values instanceof Uint16Array));
      const integers = direct && typeId === INT;
      // Integers stored as floats must also be whole; stored as integers (up to 32 bits) they are.
      const whole = spec.type === 'integer' && !integers;
      const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = spec;
      if (integers && min === Number.NEGATIVE_INFINITY && max === Number.POSITIVE_INFINITY) return true;
      // Finite and within ±(2^53 − 1) fold into the bounds: NaN and ±Infinity fail any comparison.
      const lo = Math.max(min, -Number.MAX_SAFE_INTEGER);
      const hi = Math.min(max, Number.MAX_SAFE_INTEGER);
      return (batch, offset, bad) => {
        if (direct && batch.nullCount === 0) return eachChunk(batch.length, offset, bad, (from, to) => firstOutside(batch.values as ArrayLike<number>, from, to, lo, hi, whole));
        for (let i = 0; i < batch.length; i++) {
          if (!batch.isValid(i)) continue;
          const v = batch.value(i) as number;
          if (!(v >= lo && v <= hi) || (whole && Math.floor(v) !== v)) bad.push(offset + i);
        }
      };
    }
    case 'date':
      // A date32 is a day by construction; milliseconds and timestamps must fall on UTC midnight.
      if (typeId === DATE && unit === DAY_UNIT) return true;
      if (typeId !== DATE && typeId !== TIMESTAMP) return undefined;
      return (batch, offset, bad) => {
        const stored = batch.source ?? batch;
        const nulls = batch.nullCount > 0;
        for (let i = 0; i < batch.length; i++) {
          if (nulls && !batch.isValid(i)) continue;
          const time = stored.value(i);
          if (typeof time !== 'number' || time % DAY_MS !== 0) bad.push(offset + i);
        }
      };
    case 'boolean':
      return typeId === BOOL ? true : undefined;
    case 'string':
      return typeId === UTF8 ? true : undefined;
    case 'category':
      return typeId === UTF8 ? categoryScanner(spec.values) : undefined;
  }
}

/** Membership of UTF-8 text in a list of values, compared byte for byte against the stored text. */
function categoryScanner(values: readonly string[]): (batch: Batch, offset: number, bad: number[]) => void {
  const category = new CategoryBytes(values);
  return (batch, offset, bad) => {
    const offsets = batch.offsets as Int32Array;
    const bytes = viewOf(batch.values as Uint8Array);
    if (batch.nullCount === 0) return eachChunk(batch.length, offset, bad, (from, to) => firstNotIn(category, offsets, bytes, from, to));
    for (let i = 0; i < batch.length; i++) {
      if (batch.isValid(i) && category.indexOf(bytes, offsets[i] as number, offsets[i + 1] as number) === -1) bad.push(offset + i);
    }
  };
}

/**
 * Rows visited per call of a `first…` scan. Scans run in chunks so that V8 optimizes them as
 * functions called again and again: a column of another array type (a deoptimization) then costs
 * one chunk, not the rest of a million rows left to the interpreter.
 */
const CHUNK_ROWS = 16_384;

/** Add to `bad` (shifted by `offset`) every index of `0..length` that `first(from, to)` finds, chunk by chunk. */
function eachChunk(length: number, offset: number, bad: number[], first: (from: number, to: number) => number): void {
  for (let from = 0; from < length; from += CHUNK_ROWS) {
    const to = Math.min(length, from + CHUNK_ROWS);
    for (let i = first(from, to); i !== -1; i = first(i + 1, to)) bad.push(offset + i);
  }
}

/** The first index in `from..to` whose value is outside `lo..hi` (or NaN, or not whole when `whole`), or -1. */
function firstOutside(values: ArrayLike<number>, from: number, to: number, lo: number, hi: number, whole: boolean): number {
  for (let i = from; i < to; i++) {
    const v = values[i] as number;
    if (!(v >= lo && v <= hi) || (whole && Math.floor(v) !== v)) return i;
  }
  return -1;
}

/** The first index in `from..to` whose text is none of the category's values, or -1. */
function firstNotIn(category: CategoryBytes, offsets: Int32Array, bytes: DataView, from: number, to: number): number {
  for (let i = from; i < to; i++) if (category.indexOf(bytes, offsets[i] as number, offsets[i + 1] as number) === -1) return i;
  return -1;
}
