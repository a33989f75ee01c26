import { from, table as toTable, type ColumnTable } from 'arquero';
import { isColumnTable } from './is-column-table.js';
import * as msg from '../messages/data.js';
import { checkFields, coerceValues, type ColumnValues } from './build-columns.js';
import { checkSchema } from './check-schema.js';
import { createDataset } from './create-dataset.js';
import type { Dataset, DatasetMeta } from './dataset.js';
import { ProblemList } from './problem-list.js';
import { checkRowSources, keyText, type RowKeys } from './row-sources.js';
import type { ColumnSpec, RowOf, Schema } from './schema.js';

/** Options for {@link datasetFromTable}. */
export interface DatasetFromTableOptions<S extends Schema = Schema> {
  /** Short name used in provenance and output file names. */
  name: string;
  /** The columns. Values are checked and converted (ISO-day strings to Dates, `"400"` to 400). */
  schema?: S;
  /** What a sidecar would say: title, source, key, per-row `rows`. Its `columns` serve when `schema` is not given. */
  meta?: Omit<DatasetMeta, 'columns'> & { columns?: Schema };
  /** What provenance names as the file. Default `"<name> (in memory)"`. */
  file?: string;
  /** Most problems listed in the error. Default 50. */
  maxProblems?: number;
}

/**
 * Wrap an in-memory Arquero table, or an array of row objects, as a `Dataset`, for facts and charts
 * on data computed in code. With a schema, every value is checked like a loaded file's cells (a
 * `DataError` names the row and column of each bad one) and a new table is built; the input is not
 * changed. Without one, the schema is inferred from the values and they are taken as they are.
 *
 * @example
 * const rates = datasetFromTable([{day: '2025-05-08', kes_per_usd: 129.27}], {
 *   name: 'rates',
 *   schema: defineSchema({day: {type: 'date'}, kes_per_usd: {type: 'number', min: 0}}),
 * });
 * rates.objects()[0].day; // Date
 */
export function datasetFromTable<const S extends Schema>(
  data: ColumnTable | readonly object[],
  options: DatasetFromTableOptions<S> & { schema: S },
): Dataset<RowOf<S>>;
export function datasetFromTable<R extends object>(data: readonly R[], options: DatasetFromTableOptions): Dataset<R>;
export function datasetFromTable(data: ColumnTable, options: DatasetFromTableOptions): Dataset;
export function datasetFromTable(
  data: ColumnTable | readonly object[],
  { name, schema, meta = {}, file = msg.inMemory(name), maxProblems = 50 }: DatasetFromTableOptions,
): Dataset {
  const problems = new ProblemList({ limit: maxProblems });
  const given = schema ?? meta.columns;
  const checked = given === undefined ? undefined : checkSchema(given, { file, path: 'schema', problems });
  const table = checked === undefined ? asTable(data) : typedTable(data, checked, { file, problems });
  const resolved = checked ?? (given === undefined ? inferSchema(table) : {});
  const fullMeta: DatasetMeta = { ...meta, name: meta.name ?? name, columns: resolved };
  const names = table.columnNames();
  if (meta.key !== undefined && !names.includes(meta.key)) problems.add({ file, field: 'key', value: meta.key, expected: msg.keyColumn(names) });
  const keyColumn = meta.key !== undefined && names.includes(meta.key) ? table.array(meta.key) : undefined;
  const rowKeys: RowKeys = {
    count: table.numRows(),
    lineOf: () => undefined,
    keyOf: (index) => (keyColumn === undefined ? undefined : keyText(keyColumn[index])),
    ...(keyColumn === undefined ? {} : { keyValues: keyColumn }),
  };
  checkRowSources(fullMeta, rowKeys, { file, sidecar: file, problems });
  problems.throwIfAny(file, { hint: msg.dataHint() });
  return createDataset({ name, file, table, schema: resolved, meta: fullMeta, rows: rowKeys });
}

function asTable(data: ColumnTable | readonly object[]): ColumnTable {
  return isColumnTable(data) ? data : from(data, fieldsOf(data));
}

function fieldsOf(rows: readonly object[]): string[] {
  const fields = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) fields.add(key);
  return [...fields];
}

/**
 * A new table of the schema's columns, each value checked and converted. As in JSON files, an
 * optional column may be left out altogether: it loads as nulls.
 */
function typedTable(data: ColumnTable | readonly object[], schema: Schema, { file, problems }: { file: string; problems: ProblemList }): ColumnTable {
  const input = isColumnTable(data) ? data : undefined;
  const rows = (input === undefined ? data : []) as readonly Record<string, unknown>[];
  const names = input?.columnNames() ?? fieldsOf(rows);
  const count = input?.numRows() ?? rows.length;
  const absent = Object.keys(schema).filter((column) => schema[column]?.required === false && !names.includes(column));
  checkFields([...names, ...absent], schema, { file, declaredIn: msg.declaredInSchema(), problems });
  const columns: Record<string, ColumnValues> = {};
  for (const column of [...names, ...absent]) {
    const spec = Object.hasOwn(schema, column) ? schema[column] : undefined;
    if (spec === undefined) continue;
    const values = !names.includes(column) ? new Array<null>(count).fill(null) : input?.array(column) ?? rows.map((row) => row[column]);
    const locate = (index: number) => ({ file: `${file}, ${msg.rowLabel(index)}` });
    columns[column] = coerceValues(values, spec, { field: column, locate, problems });
  }
  return toTable(columns);
}

type InferredType = 'integer' | 'number' | 'boolean' | 'date' | 'string';
const INFERRED: Record<InferredType, ColumnSpec> = {
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'date' },
  string: { type: 'string' },
};

/**
 * A schema read off the values: the one type every non-null value has (integers and other numbers
 * make `number`; any other mix makes `string`), and `required: false` where a value is null.
 */
export function inferSchema(table: ColumnTable): Schema {
  const schema: Schema = {};
  for (const name of table.columnNames()) {
    const values = Array.from(table.array(name) as ArrayLike<unknown>);
    const present = values.filter((value) => value !== null && value !== undefined);
    const types = new Set(present.map(typeOf));
    if (types.size === 2 && types.has('integer') && types.has('number')) types.delete('integer');
    const type = types.size === 1 ? ([...types][0] ?? 'string') : 'string';
    schema[name] = present.length < values.length ? { ...INFERRED[type], required: false } : { ...INFERRED[type] };
  }
  return schema;
}

function typeOf(value: unknown): InferredType {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (value instanceof Date) return 'date';
  return 'string';
}
