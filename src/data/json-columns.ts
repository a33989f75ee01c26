import { checkFields, coerceValues, type ColumnValues } from './build-columns.js';
import type { ColumnsOptions, LoadedColumns } from './csv-columns.js';
import { readJsonRows } from './read-json-rows.js';
import { keyText, type RowKeys } from './row-sources.js';

/**
 * Read a JSON data file (an array of row objects) into typed columns. A key that no row has is a
 * missing column, unless the column is optional (JSON writers often drop nulls). A row's line is the
 * line where its object starts; it is worked out only when asked for (problems, `dataset.rows`).
 */
export function jsonColumns(text: string, { file, schema, declaredIn, key, problems }: ColumnsOptions): LoadedColumns | undefined {
  const read = readJsonRows(text, { file, problems });
  if (read === undefined) return undefined;
  const { fields, rows: objects, lineOf } = read;
  const keyed = key !== undefined && schema !== undefined && Object.hasOwn(schema, key) ? key : undefined;
  const rows: RowKeys = {
    count: objects.length,
    lineOf,
    keyOf: (index) => (keyed === undefined ? undefined : keyText(objects[index]?.[keyed])),
  };
  if (schema === undefined) return { fields, columns: {}, rows };
  const optional = Object.keys(schema).filter((name) => schema[name]?.required === false && !fields.includes(name));
  // With no rows there are no keys to compare: the table gets the schema's columns, empty.
  const names = objects.length === 0 ? Object.keys(schema) : [...fields, ...optional];
  checkFields(names, schema, { file, declaredIn, problems });
  const columns: Record<string, ColumnValues> = {};
  for (const name of names) {
    const spec = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (spec === undefined) continue;
    const locate = (index: number) => {
      const line = lineOf(index);
      return { file, ...(line === undefined ? {} : { line }) };
    };
    columns[name] = coerceValues(objects.map((object) => object[name]), spec, { field: name, locate, problems });
  }
  const keyValues = keyed === undefined ? undefined : columns[keyed];
  return { fields: names, columns, rows: keyValues === undefined ? rows : { ...rows, keyValues } };
}
