/**
 * Turn cells into typed columns, column by column: one parser per column, one loop per column, the
 * values pushed into a plain array that Arquero takes as is (`aq.table(columns)`). No row objects
 * are built on the way, which is what keeps a million-row file close to Arquero's own CSV speed.
 */
import type { Problem } from '../errors.js';
import * as msg from '../messages/data.js';
import { INVALID, textParser, valueParser } from './coerce.js';
import { describeValue, explainText, explainValue } from './explain.js';
import type { ProblemList } from './problem-list.js';
import type { ColumnSpec, Schema } from './schema.js';

/** A column's typed values; `null` for empty cells. */
export type ColumnValues = unknown[];

/** Options for {@link checkFields}. */
export interface CheckFieldsOptions {
  file: string;
  /** Where the schema comes from, for the fix ("the "columns" of x.meta.json", "the schema"). */
  declaredIn: string;
  /** Line of the header (1 for CSV; none for JSON). */
  line?: number;
  problems: ProblemList;
}

/**
 * Compare the file's columns with the schema: a declared column missing from the file and a file
 * column the schema does not declare are problems, each saying how to fix it. A name that only
 * differs by surrounding spaces is reported as such rather than as one missing and one extra column.
 */
export function checkFields(fields: readonly string[], schema: Schema, { file, declaredIn, line, problems }: CheckFieldsOptions): void {
  const at = line === undefined ? {} : { line };
  const present = new Set(fields);
  const missing = new Set(Object.keys(schema).filter((name) => !present.has(name)));
  fields.forEach((name, index) => {
    if (name.trim() === '' || Object.hasOwn(schema, name)) return;
    const column = line === undefined ? {} : { column: index + 1 };
    if (missing.delete(name.trim())) problems.add({ file, ...at, ...column, field: name, value: name, expected: msg.headerSpaces(name.trim()) });
    else problems.add({ file, ...at, ...column, field: name, value: name, expected: otherSeparator(name, missing) ?? msg.extraColumn(name, declaredIn) });
  });
  for (const name of missing) problems.add({ file, ...at, field: name, expected: msg.missingColumn(declaredIn) });
}

/**
 * A header cell holding the declared names joined by `;`, a tab or `|`: a file exported with another
 * separator. Its names are then not reported missing one by one: the one problem says it all.
 */
function otherSeparator(name: string, missing: Set<string>): string | undefined {
  const parts = (separator: string) => name.split(separator).map((part) => part.trim()).filter((part) => missing.has(part));
  const separator = [';', '\t', '|'].find((candidate) => parts(candidate).length >= 2);
  if (separator === undefined) return undefined;
  for (const part of parts(separator)) missing.delete(part);
  return msg.otherSeparator(separator);
}

/** Options for {@link columnsFromText}. */
export interface ColumnsFromTextOptions {
  file: string;
  schema: Schema;
  /** 1-based file line of each record. */
  lines: ArrayLike<number>;
  problems: ProblemList;
}

/** Parse the text cells of a CSV file into typed columns, in header order, reporting each bad cell. */
export function columnsFromText(
  header: readonly string[],
  records: readonly (readonly string[])[],
  { file, schema, lines, problems }: ColumnsFromTextOptions,
): Record<string, ColumnValues> {
  const columns: Record<string, ColumnValues> = {};
  header.forEach((name, j) => {
    const spec = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (spec === undefined || Object.hasOwn(columns, name)) return;
    const parse = textParser(spec);
    const optional = spec.required === false;
    // Preallocated: filling a sized array is about twice as fast as pushing a million values.
    const values: ColumnValues = new Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const text = records[i]?.[j] ?? '';
      const value = text === '' ? null : parse(text);
      if (value === INVALID || (value === null && !optional)) {
        const expected = value === null ? msg.requiredValue() : explainText(spec, text);
        problems.add({ file, line: lines[i] ?? 0, column: j + 1, field: name, value: text, expected });
        values[i] = null;
      } else values[i] = value;
    }
    columns[name] = values;
  });
  return columns;
}

/** Options for {@link coerceValues}. */
export interface CoerceValuesOptions {
  /** Column name, for problems. */
  field: string;
  /** Where value `index` sits, for problems (file and line, or a label naming the row). */
  locate: (index: number) => Omit<Problem, 'field' | 'value' | 'expected'>;
  problems: ProblemList;
}

/**
 * Check and convert one column of already-typed values (JSON rows, in-memory tables): numbers,
 * booleans and Dates stay as they are when they fit, strings are parsed like CSV text, and
 * `null`, `undefined` and `""` are empty cells.
 */
export function coerceValues(values: ArrayLike<unknown>, spec: ColumnSpec, { field, locate, problems }: CoerceValuesOptions): ColumnValues {
  const parse = valueParser(spec);
  const optional = spec.required === false;
  const out: ColumnValues = [];
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    const value = raw === null || raw === undefined || raw === '' ? null : parse(raw);
    if (value === INVALID || (value === null && !optional)) {
      const expected = value === null ? msg.requiredValue() : explainValue(spec, raw);
      problems.add({ ...locate(i), field, ...(raw === undefined || raw === null ? {} : { value: describeValue(raw) }), expected });
      out.push(null);
    } else out.push(value);
  }
  return out;
}
