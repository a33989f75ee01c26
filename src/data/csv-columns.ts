import { type ColumnValues, checkFields, columnsFromText } from './build-columns.js';
import { plainCsvColumns } from './plain-csv-columns.js';
import type { DateColumn } from './date-column.js';
import type { ProblemList } from './problem-list.js';
import { readCsv } from './read-csv.js';
import type { RowKeys } from './row-sources.js';
import type { Schema } from './schema.js';

/** Options for {@link csvColumns} and `jsonColumns`. */
export interface ColumnsOptions {
  /** The data file, named in problems. */
  file: string;
  /** The columns; without one only the file's structure is checked. */
  schema?: Schema;
  /** Where the schema comes from, for fixes ("the "columns" of x.meta.json"). */
  declaredIn: string;
  /** The key column, whose values identify rows. */
  key?: string;
  problems: ProblemList;
}

/** Typed columns read from a data file, with what row sources need. */
export interface LoadedColumns {
  /** Column names in file order. */
  fields: string[];
  /** Typed values per schema column, in file order; a date column may be a {@link DateColumn}. */
  columns: Record<string, ColumnValues | DateColumn>;
  rows: RowKeys;
}

/**
 * Read a CSV file into typed columns. A plain file (no quotes, no blank lines, nothing wrong) is read
 * in one pass over its bytes (see `plainCsvColumns`); any other is read by {@link parsedCsvColumns},
 * which reports every problem. Both give the same columns for the same file.
 */
export function csvColumns(input: string | Buffer, options: ColumnsOptions): LoadedColumns | undefined {
  const { schema } = options;
  const plain = typeof input === 'string' || schema === undefined ? undefined : plainCsvColumns(input, { ...options, schema });
  return plain ?? parsedCsvColumns(input, options);
}

/**
 * Read a CSV file into typed columns with csv-parse: structure first (see `readCsv`), then the header
 * against the schema, then every cell. Keys are kept as written, so sidecar `rows` match what the reader sees.
 */
export function parsedCsvColumns(input: string | Buffer, { file, schema, declaredIn, key, problems }: ColumnsOptions): LoadedColumns | undefined {
  const cells = readCsv(input, { file, problems });
  if (cells === undefined) return undefined;
  const { header, records, lines } = cells;
  const lineOf = (index: number) => lines[index];
  const keyIndex = key === undefined || schema === undefined ? -1 : header.indexOf(key);
  const rows: RowKeys = { count: records.length, lineOf, keyOf: () => undefined };
  if (schema === undefined) return { fields: header, columns: {}, rows };
  checkFields(header, schema, { file, declaredIn, line: 1, problems });
  const columns = columnsFromText(header, records, { file, schema, lines, problems });
  if (key === undefined || keyIndex === -1) return { fields: header, columns, rows };
  const keyValues = columns[key] ?? [];
  // Text columns hold the cells as written already; other keys keep their text for matching `rows`.
  const type = schema[key]?.type;
  const keys = type === 'string' || type === 'category' ? keyValues : records.map((record) => record[keyIndex]);
  const keyOf = (index: number) => {
    const text = keys[index];
    return typeof text === 'string' && text !== '' ? text : undefined;
  };
  return { fields: header, columns, rows: { ...rows, keyOf, keyColumn: keyIndex + 1, keyValues } };
}
