/**
 * Check a table read from a typed file (Arrow, Parquet) against its schema where it lies: each
 * column's values are visited once and compared with what the column type loads as, without being
 * copied. Only a column stored in another form than it loads as — dates written as text, whole
 * numbers as 64-bit integers — is converted, that column alone, as a CSV cell would be.
 */

import type { ColumnTable } from 'arquero';
import * as msg from '../messages/data.js';
import { checkArrowColumn, isArrowColumn } from './check-arrow-column.js';
import { checkFields, coerceValues } from './build-columns.js';
import { INVALID, valueParser } from './coerce.js';
import type { LoadedColumns } from './csv-columns.js';
import { describeValue, explainValue } from './explain.js';
import type { ProblemList } from './problem-list.js';
import { keyText, type RowKeys } from './row-sources.js';
import type { ColumnSpec, Schema } from './schema.js';

/** A typed table read from a file, with what row sources need. */
export interface LoadedTable extends Omit<LoadedColumns, 'columns'> {
  table: ColumnTable;
}

/** Options for {@link checkTable}. */
export interface CheckTableOptions {
  /** The data file, named in problems (rows are named by index: binary files have no lines). */
  file: string;
  /** The columns; without one only the column names are read. */
  schema?: Schema;
  /** Where the schema comes from, for fixes. */
  declaredIn: string;
  /** The key column, whose values identify rows. */
  key?: string;
  problems: ProblemList;
}

/**
 * Check `table`'s columns against the schema (names, types, bounds, required values) and return it
 * with the columns the schema declares. Columns already of their type are checked in place.
 */
export function checkTable(table: ColumnTable, { file, schema, declaredIn, key, problems }: CheckTableOptions): LoadedTable {
  const fields = table.columnNames();
  const count = table.numRows();
  const locate = (index: number) => ({ file: `${file}, ${msg.rowLabel(index)}` });
  if (schema === undefined) return { fields, table, rows: { count, lineOf: () => undefined, keyOf: () => undefined } };
  checkFields(fields, schema, { file, declaredIn, problems });
  const declared = fields.filter((name) => Object.hasOwn(schema, name));
  let checked = table.select(declared);
  for (const name of declared) {
    const spec = schema[name] as ColumnSpec;
    const stored = table.column(name) as unknown;
    if (isArrowColumn(stored) && checkArrowColumn(stored, spec, { field: name, locate, problems })) continue;
    if (checkInPlace(stored as Iterable<unknown>, spec, { field: name, locate, problems })) continue;
    // Stored in another form (text dates, 64-bit integers): converted like CSV cells, this column only.
    const values = coerceValues(Array.from(table.column(name) as Iterable<unknown>, plainValue), spec, { field: name, locate, problems });
    checked = checked.assign({ [name]: values });
  }
  const keyValues = key !== undefined && declared.includes(key) ? checked.array(key) : undefined;
  const rows: RowKeys = {
    count,
    lineOf: () => undefined,
    keyOf: (index) => (keyValues === undefined ? undefined : keyText(keyValues[index])),
    ...(keyValues === undefined ? {} : { keyValues }),
  };
  return { fields, table: checked, rows };
}

/** A 64-bit integer as a number (an unsafe one is then reported as such). */
const plainValue = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);

/**
 * Check a column's values as they are. Returns false, having reported nothing, as soon as a value
 * is of another form than the column loads as (the caller converts the column then).
 */
function checkInPlace(column: Iterable<unknown>, spec: ColumnSpec, { field, locate, problems }: { field: string; locate: (index: number) => { file: string }; problems: ProblemList }): boolean {
  const parse = valueParser(spec);
  const optional = spec.required === false;
  const found: { index: number; value: unknown }[] = [];
  let index = 0;
  for (const value of column) {
    if (value === null || value === undefined) {
      if (!optional) found.push({ index, value });
    } else {
      const parsed = parse(value);
      if (parsed === INVALID) {
        // Text in a typed column is another form, not yet a bad value: converting it says which cells fail.
        if (typeof value === 'string' || typeof value === 'bigint') return false;
        found.push({ index, value });
      } else if (parsed !== value && !(parsed instanceof Date && value instanceof Date)) return false;
    }
    index += 1;
  }
  for (const { index: at, value } of found) {
    const missing = value === null || value === undefined;
    problems.add({ ...locate(at), field, ...(missing ? {} : { value: describeValue(value) }), expected: missing ? msg.requiredValue() : explainValue(spec, value) });
  }
  return true;
}
