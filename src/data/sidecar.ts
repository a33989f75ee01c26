import * as msg from '../messages/data.js';
import { checkSchema, isRecord } from './check-schema.js';
import { INVALID, parseDay } from './coerce.js';
import type { DatasetMeta } from './dataset.js';
import { parseJson } from './parse-json.js';
import { ProblemList } from './problem-list.js';
import type { Schema } from './schema.js';

/** Options for {@link parseSidecar}. */
export interface ParseSidecarOptions {
  /** Path of the sidecar, named in problems. */
  file: string;
  /**
   * A schema given in code. The sidecar may then leave out `columns`; if it has them, they must
   * name the same columns with the same types.
   */
  schema?: Schema;
  /** Most problems listed in the error. Default 50. */
  maxProblems?: number;
}

/** A dataset name that is safe as a file name on every system. */
export const DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$/;

const TOP = ['name', 'title', 'description', 'source', 'key', 'columns', 'rows'];
const SOURCE = ['publication', 'title', 'url', 'date', 'file'];
const ROW = ['quote', 'inferred'];

/**
 * Parse and check a sidecar (`<name>.meta.json`): valid JSON (a syntax error is named by line and
 * column), known properties only, a valid schema, a `key` that names a column, and well-formed
 * per-row sources. Whether `rows` covers the data's rows, and whether quotes appear in the source
 * text, are checked when the data is loaded. Throws a `DataError` listing every problem.
 *
 * @example
 * const meta = parseSidecar(await readFile('contingents.meta.json', 'utf8'), {file: 'contingents.meta.json'});
 */
export function parseSidecar(text: string, { file, schema, maxProblems = 50 }: ParseSidecarOptions): DatasetMeta {
  const problems = new ProblemList({ limit: maxProblems });
  const meta = checkSidecar(text, { file, problems, ...(schema === undefined ? {} : { schema }) });
  if (problems.size > 0 || meta === undefined) throw problems.toError(file);
  return meta;
}

/**
 * {@link parseSidecar} without the throw: problems go to `problems`. Returns the meta; when the sidecar
 * has problems but valid columns, only `{columns}`, so that the data can still be checked.
 */
export function checkSidecar(
  text: string,
  { file, schema, problems }: { file: string; schema?: Schema; problems: ProblemList },
): DatasetMeta | undefined {
  const before = problems.size;
  const parsed = parseJson(text, { file });
  if (!parsed.ok) return void problems.add(parsed.problem);
  const value = parsed.value;
  if (!isRecord(value)) return void problems.add({ file, line: 1, expected: msg.sidecarNotObject() });
  const problem = (field: string, expected: string, got?: unknown) =>
    problems.add({ file, field, expected, ...(got === undefined ? {} : { value: typeof got === 'string' ? got : JSON.stringify(got) }) });
  const unknownKeys = (object: Record<string, unknown>, allowed: readonly string[], path: string) => {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) problem(path === '' ? key : `${path}.${key}`, msg.unknownProperty(allowed), key);
    }
  };
  const optionalString = (object: Record<string, unknown>, key: string, path: string) => {
    if (object[key] !== undefined && typeof object[key] !== 'string') problem(path, msg.notAString(), object[key]);
  };

  unknownKeys(value, TOP, '');
  for (const key of ['name', 'title', 'description', 'key']) optionalString(value, key, key);
  // The name becomes a file name (`data/<name>.csv`): no folders, no hidden files, nothing to escape.
  if (typeof value.name === 'string' && !DATASET_NAME.test(value.name)) problem('name', msg.datasetName(), value.name);
  if (value.source !== undefined) {
    const source = value.source;
    if (!isRecord(source)) problem('source', msg.notAnObject(), source);
    else {
      unknownKeys(source, SOURCE, 'source');
      if (typeof source.publication !== 'string') problem('source.publication', msg.missingProperty('publication'), source.publication);
      for (const key of ['title', 'url', 'date', 'file']) optionalString(source, key, `source.${key}`);
      if (typeof source.date === 'string' && parseDay(source.date) === INVALID) problem('source.date', msg.isoDay(), source.date);
    }
  }

  let columns: Schema | undefined = schema;
  if (value.columns === undefined) {
    if (schema === undefined) problem('columns', msg.missingProperty('columns'));
  } else {
    const declared = checkSchema(value.columns, { file, path: 'columns', problems });
    if (schema === undefined) columns = declared;
    else if (declared !== undefined) compareWithSchema(declared, schema, problem);
  }

  const names = columns === undefined ? undefined : Object.keys(columns);
  if (typeof value.key === 'string' && names !== undefined) {
    const spec = columns?.[value.key];
    if (spec === undefined) problem('key', msg.keyColumn(names), value.key);
    else if (spec.required === false) problem('key', msg.keyRequired(), value.key);
  }
  if (value.rows !== undefined) {
    if (!isRecord(value.rows)) problem('rows', msg.notAnObject(), value.rows);
    else {
      if (value.key === undefined) problem('key', msg.rowsNeedKey());
      for (const [key, row] of Object.entries(value.rows)) checkRowEntry(row, `rows.${key}`, names, { problem, unknownKeys });
    }
  }
  if (columns === undefined) return undefined;
  if (problems.size === before) return { ...(value as Omit<DatasetMeta, 'columns'>), columns };
  // The rest of the sidecar is wrong (and reported), but its columns are usable: return only them,
  // so that the data can still be checked and every problem listed in one go.
  return { columns };
}

type Report = (field: string, expected: string, got?: unknown) => void;

function checkRowEntry(
  row: unknown,
  path: string,
  columns: readonly string[] | undefined,
  { problem, unknownKeys }: { problem: Report; unknownKeys: (o: Record<string, unknown>, allowed: readonly string[], path: string) => void },
): void {
  if (!isRecord(row)) return problem(path, msg.notAnObject(), row);
  unknownKeys(row, ROW, path);
  if (row.quote !== undefined && typeof row.quote !== 'string') problem(`${path}.quote`, msg.notAString(), row.quote);
  if (row.inferred === undefined) return;
  if (!isRecord(row.inferred)) return problem(`${path}.inferred`, msg.notAnObject(), row.inferred);
  for (const [field, reason] of Object.entries(row.inferred)) {
    if (columns !== undefined && !columns.includes(field)) problem(`${path}.inferred.${field}`, msg.inferredColumn(columns), field);
    if (typeof reason !== 'string') problem(`${path}.inferred.${field}`, msg.notAString(), reason);
  }
}

function compareWithSchema(declared: Schema, schema: Schema, problem: Report): void {
  for (const [name, spec] of Object.entries(declared)) {
    const given = schema[name];
    if (given === undefined) problem(`columns.${name}`, msg.schemaLacks(), name);
    else if (given.type !== spec.type) problem(`columns.${name}.type`, msg.schemaDisagrees(given.type), spec.type);
  }
}
