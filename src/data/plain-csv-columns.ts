/**
 * The fast path of CSV loading, for the files most are: no quote character anywhere, LF or CRLF line
 * ends, no blank line (except in a one-column file, where it is an empty cell), every row as wide as
 * the header, every cell valid. The bytes are read once, row by row, straight into typed columns:
 * numbers, dates and categories without a string per cell, no array per record, and dates as day
 * numbers rather than a `Date` per cell (see `date-column.ts`). (csv-parse makes both, and so does
 * Arquero's `fromCSV`: given a parser per column, it takes three times as long as this.)
 * Anything else, and any problem at all, returns `undefined` having reported nothing; the caller then
 * reads the file with csv-parse (`parsedCsvColumns`), which names every problem. So this path decides
 * how fast a good file loads, never what an error says.
 */
import { checkFields, type ColumnValues } from './build-columns.js';
import { CategoryBytes, viewOf } from './category-bytes.js';
import { DAY_MS, INVALID, parseBoolean } from './coerce.js';
import { parseDayNumberBytes, parseIntegerBytes, parseNumberBytes } from './coerce-bytes.js';
import { dateColumn, type DateColumn } from './date-column.js';
import type { ColumnsOptions, LoadedColumns } from './csv-columns.js';
import { ProblemList } from './problem-list.js';
import { checkHeader } from './read-csv.js';
import type { RowKeys } from './row-sources.js';
import type { ColumnSpec, Schema } from './schema.js';

/** Options for {@link plainCsvColumns}: those of `csvColumns`, with a schema, and no problems to report. */
export type PlainCsvOptions = Omit<ColumnsOptions, 'problems' | 'schema'> & { schema: Schema };

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const BOM = [0xef, 0xbb, 0xbf];

// How a column's cells are read: a small integer per column, so that the row loop is one switch.
const INTEGER = 0;
const NUMBER = 1;
const DATE = 2;
const CATEGORY = 3;
const STRING = 4;
const BOOLEAN = 5;

const KINDS: Readonly<Record<ColumnSpec['type'], number>> = {
  integer: INTEGER, number: NUMBER, money: NUMBER, date: DATE, category: CATEGORY, string: STRING, boolean: BOOLEAN,
};

/**
 * Read a plain CSV file into typed columns, as `csvColumns` would; `undefined` when the file is not
 * plain or has a problem (csv-parse then reads it and reports them).
 */
export function plainCsvColumns(input: Uint8Array, { file, schema, declaredIn, key }: PlainCsvOptions): LoadedColumns | undefined {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const n = bytes.length;
  // A quote may span lines and commas, and UTF-16 needs decoding: csv-parse's work.
  if (bytes.indexOf(QUOTE) !== -1 || (bytes[0] === 0xff && bytes[1] === 0xfe)) return undefined;
  const start = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  const lf = bytes.indexOf(LF, start);
  const headerEnd = lf === -1 ? n : bytes[lf - 1] === CR ? lf - 1 : lf;
  const headerText = bytes.toString('utf8', start, headerEnd);
  if (headerText === '' || headerText.includes('\r')) return undefined;
  const header = headerText.split(',');
  // The header's problems are csv-parse's path to report: only a clean header is read here.
  const scratch = new ProblemList();
  checkHeader(header, { file, problems: scratch });
  checkFields(header, schema, { file, declaredIn, line: 1, problems: scratch });
  if (scratch.size > 0) return undefined;

  const read = readRows(bytes, lf === -1 ? n : lf + 1, header, schema, key === undefined ? -1 : header.indexOf(key));
  if (read === undefined) return undefined;
  const { values, dates, keyTexts, count } = read;
  const columns: Record<string, ColumnValues | DateColumn> = {};
  header.forEach((name, j) => {
    const date = dates[j];
    columns[name] = date === undefined ? (values[j] as ColumnValues) : dateColumn(date.days, date.empty);
  });
  // No blank lines and no quotes: record i is on line i + 2, the header on line 1.
  const rows: RowKeys = { count, lineOf: (index) => (index >= 0 && index < count ? index + 2 : undefined), keyOf: () => undefined };
  if (key === undefined || !Object.hasOwn(columns, key)) return { fields: header, columns, rows };
  // A date key's values for the uniqueness check (`uniqueNumbers`, which sorts Dates by their time): the times.
  const keyDates = dates[header.indexOf(key)];
  const keyValues = keyDates === undefined ? (columns[key] as ColumnValues) : timesOf(keyDates);
  const keys: ArrayLike<unknown> = keyTexts ?? keyValues;
  const keyOf = (index: number) => {
    const text = keys[index];
    return typeof text === 'string' && text !== '' ? text : undefined;
  };
  return { fields: header, columns, rows: { ...rows, keyOf, keyColumn: header.indexOf(key) + 1, keyValues } };
}

/** A date column's cells as `Date` times, `NaN` where empty. */
function timesOf({ days, empty }: DateCells): Float64Array {
  const times = Float64Array.from(days, (day) => day * DAY_MS);
  for (const row of empty) times[row] = Number.NaN;
  return times;
}

/** A date column's cells as the reader gathers them: a day number per row, and the empty rows. */
interface DateCells {
  days: Int32Array;
  empty: number[];
}

interface Rows {
  /** Each column's values, in header order (date columns' are in `dates`). */
  values: unknown[][];
  dates: (DateCells | undefined)[];
  /** The key column's cells as written, when its values are not text. */
  keyTexts: string[] | undefined;
  count: number;
}

/** What the row loop needs to know of each column, and where it writes. */
interface Columns {
  kinds: Int8Array;
  optional: Uint8Array;
  mins: Float64Array;
  maxs: Float64Array;
  categories: (CategoryBytes | undefined)[];
  /** The file's bytes, as categories read them. */
  view: DataView;
  values: unknown[][];
  /** Date columns' days and empty rows (see `date-column.ts`); `undefined` for the others. */
  dates: (DateCells | undefined)[];
  /** The column whose cells are also kept as text (a key whose values are not text), or -1. */
  keyIndex: number;
  keyTexts: string[];
  /** The header's first name, when a row that starts with it may repeat the header. */
  first: Buffer | undefined;
}

/**
 * Rows read per call of `readChunk`. The loop runs in chunks so that V8 optimizes it as a function
 * called again and again: a path first taken late (a deoptimization) then costs one chunk, not the
 * rest of a million rows left to the interpreter.
 */
const CHUNK_ROWS = 8192;

/** The rows from byte `from` on, parsed by column type; `undefined` at the first thing that is not plain or not valid. */
function readRows(bytes: Buffer, from: number, header: readonly string[], schema: Schema, keyIndex: number): Rows | undefined {
  const count = countRows(bytes, from);
  const specs = header.map((name) => schema[name] as ColumnSpec);
  const kinds = Int8Array.from(specs, (spec) => KINDS[spec.type]);
  const keyKind = keyIndex === -1 ? STRING : kinds[keyIndex];
  // Sized once: a million pushes would grow each array a dozen times, and the copies left behind
  // cost more garbage collection than the values themselves.
  const columns: Columns = {
    kinds,
    optional: Uint8Array.from(specs, (spec) => (spec.required === false ? 1 : 0)),
    mins: Float64Array.from(specs, (spec) => ('min' in spec && spec.min !== undefined ? spec.min : Number.NEGATIVE_INFINITY)),
    maxs: Float64Array.from(specs, (spec) => ('max' in spec && spec.max !== undefined ? spec.max : Number.POSITIVE_INFINITY)),
    categories: specs.map((spec) => (spec.type === 'category' ? new CategoryBytes(spec.values) : undefined)),
    view: viewOf(bytes),
    values: specs.map((spec): unknown[] => (spec.type === 'date' ? [] : new Array(count))),
    dates: specs.map((spec) => (spec.type === 'date' ? { days: new Int32Array(count), empty: [] } : undefined)),
    keyIndex: keyKind === STRING || keyKind === CATEGORY ? -1 : keyIndex,
    keyTexts: keyKind === STRING || keyKind === CATEGORY ? [] : new Array<string>(count),
    first: header.length > 1 ? Buffer.from(header[0] as string) : undefined,
  };
  let s = from;
  for (let row = 0; row < count && s !== -1; row += CHUNK_ROWS) s = readChunk(bytes, s, row, Math.min(count, row + CHUNK_ROWS), columns);
  if (s !== bytes.length) return undefined;
  return { values: columns.values, dates: columns.dates, keyTexts: columns.keyIndex === -1 ? undefined : columns.keyTexts, count };
}

/** Rows from byte `from`: one per line end, and one more for a last line without one. */
function countRows(bytes: Buffer, from: number): number {
  let count = 0;
  for (let at = bytes.indexOf(LF, from); at !== -1; at = bytes.indexOf(LF, at + 1)) count += 1;
  return from < bytes.length && bytes[bytes.length - 1] !== LF ? count + 1 : count;
}

/**
 * Read rows `row` to `end` (exclusive) from byte `s`; returns where the next row starts, or -1 at
 * the first thing that is not plain or not valid.
 */
function readChunk(bytes: Buffer, s: number, row: number, end: number, columns: Columns): number {
  const { kinds, optional, mins, maxs, categories, view, values, dates, keyIndex, keyTexts, first } = columns;
  const n = bytes.length;
  const last = kinds.length - 1;
  for (; row < end; row++) {
    // More rows counted than there are: cannot happen in a plain file, so this one is not.
    if (s >= n) return -1;
    for (let j = 0; j <= last; j++) {
      let e = s;
      let c = LF;
      while (e < n) {
        c = bytes[e] as number;
        if (c === COMMA || c === LF || c === CR) break;
        e++;
      }
      // A comma must end every cell but the last, and a line end (or the file's end) the last.
      if ((j === last) !== (e === n || c !== COMMA)) return -1;
      const next = e === n ? n : c !== CR ? e + 1 : bytes[e + 1] === LF ? e + 2 : -1;
      if (next === -1) return -1;
      if (j === 0 && first !== undefined && mayRepeatHeader(bytes, s, e, first)) return -1;
      const column = values[j] as unknown[];
      if (e === s) {
        if (optional[j] === 0) return -1;
        if (kinds[j] === DATE) (dates[j] as DateCells).empty.push(row);
        else column[row] = null;
      } else {
        switch (kinds[j]) {
          case INTEGER: {
            const value = parseIntegerBytes(bytes, s, e);
            if (value === INVALID || value < (mins[j] as number) || value > (maxs[j] as number)) return -1;
            column[row] = value;
            break;
          }
          case NUMBER: {
            const value = parseNumberBytes(bytes, s, e);
            if (value === INVALID || value < (mins[j] as number) || value > (maxs[j] as number)) return -1;
            column[row] = value;
            break;
          }
          case DATE: {
            const value = parseDayNumberBytes(bytes, s, e);
            if (value === INVALID) return -1;
            (dates[j] as DateCells).days[row] = value;
            break;
          }
          case CATEGORY: {
            const category = categories[j] as CategoryBytes;
            const index = category.indexOf(view, s, e);
            if (index === -1) return -1;
            column[row] = category.values[index];
            break;
          }
          case BOOLEAN: {
            const value = parseBoolean(bytes.toString('utf8', s, e));
            if (value === INVALID) return -1;
            column[row] = value;
            break;
          }
          default:
            column[row] = bytes.toString('utf8', s, e);
        }
      }
      if (j === keyIndex) keyTexts[row] = bytes.toString('utf8', s, e);
      s = next;
    }
  }
  return s;
}

/** Whether the cell `bytes[s, e)` is `first`, maybe after a BOM: the start of a repeated header. */
function mayRepeatHeader(bytes: Buffer, s: number, e: number, first: Buffer): boolean {
  const length = e - s;
  if (length === first.length + 3 && bytes[s] === BOM[0] && bytes[s + 1] === BOM[1] && bytes[s + 2] === BOM[2]) return bytes.compare(first, 0, first.length, s + 3, e) === 0;
  return length === first.length && bytes.compare(first, 0, first.length, s, e) === 0;
}
