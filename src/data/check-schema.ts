import * as msg from '../messages/data.js';
import type { ProblemList } from './problem-list.js';
import { COLUMN_TYPES, type ColumnType, type Schema } from './schema.js';

/** Options for {@link checkSchema}. */
export interface CheckSchemaOptions {
  /** File named in problems (the sidecar, or the dataset's name for a schema given in code). */
  file: string;
  /** Path of the schema inside the file, used to name fields ("columns.officers.type"). Default "columns". */
  path?: string;
  problems: ProblemList;
}

const BASE = ['type', 'description', 'unit', 'required'];
const ALLOWED: Record<ColumnType, readonly string[]> = {
  integer: [...BASE, 'min', 'max'],
  number: [...BASE, 'min', 'max'],
  money: [...BASE, 'currency', 'min', 'max'],
  category: [...BASE, 'values'],
  boolean: BASE,
  date: BASE,
  string: BASE,
};

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency code that this runtime's `Intl` knows. */
export function isCurrencyCode(code: string): boolean {
  return CURRENCIES.has(code);
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Check a schema read from JSON (or written in code, whose types TypeScript checked but whose values,
 * like a currency code, it cannot): known column types only, `values` for categories, an ISO 4217
 * `currency` for money, numeric `min` ≤ `max`, and no unknown properties (they are usually typos).
 * Returns the schema when it has no problems.
 */
export function checkSchema(value: unknown, { file, path = 'columns', problems }: CheckSchemaOptions): Schema | undefined {
  const before = problems.size;
  if (!isRecord(value)) {
    problems.add({ file, field: path, expected: msg.notAnObject() });
    return undefined;
  }
  const names = Object.keys(value);
  if (names.length === 0) problems.add({ file, field: path, expected: msg.noColumns() });
  for (const name of names) {
    // Arquero keeps columns in plain objects, where this name is the prototype: the column would vanish.
    if (name === '__proto__') problems.add({ file, field: `${path}.${name}`, value: name, expected: msg.reservedName() });
    else checkColumn(value[name], { file, path: `${path}.${name}`, problems });
  }
  return problems.size === before ? (value as Schema) : undefined;
}

function checkColumn(spec: unknown, { file, path, problems }: Required<CheckSchemaOptions>): void {
  const problem = (field: string, expected: string, value?: unknown) =>
    problems.add({ file, field, expected, ...(value === undefined ? {} : { value: typeof value === 'string' ? value : JSON.stringify(value) }) });
  if (!isRecord(spec)) return problem(path, msg.notAnObject(), spec);
  const type = spec.type;
  if (typeof type !== 'string' || !(COLUMN_TYPES as readonly string[]).includes(type)) {
    return problem(`${path}.type`, msg.columnType(COLUMN_TYPES), type);
  }
  const allowed = ALLOWED[type as ColumnType];
  for (const key of Object.keys(spec)) if (!allowed.includes(key)) problem(`${path}.${key}`, msg.unknownProperty(allowed), key);
  for (const key of ['description', 'unit']) {
    if (spec[key] !== undefined && typeof spec[key] !== 'string') problem(`${path}.${key}`, msg.notAString(), spec[key]);
  }
  if (spec.required !== undefined && typeof spec.required !== 'boolean') problem(`${path}.required`, msg.notABoolean(), spec.required);
  for (const key of ['min', 'max']) {
    const bound = spec[key];
    if (bound !== undefined && !(typeof bound === 'number' && Number.isFinite(bound))) problem(`${path}.${key}`, msg.notANumber(), bound);
  }
  if (typeof spec.min === 'number' && typeof spec.max === 'number' && spec.min > spec.max) problem(`${path}.min`, msg.minAboveMax(), spec.min);
  if (type === 'category') {
    const values = spec.values;
    const ok = Array.isArray(values) && values.length > 0 && new Set(values).size === values.length
      && values.every((value) => typeof value === 'string' && value !== '');
    if (!ok) problem(`${path}.values`, msg.categoryValues(), values);
  }
  if (type === 'money') {
    const currency = spec.currency;
    if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
      const upper = typeof currency === 'string' ? currency.toUpperCase() : '';
      problem(`${path}.currency`, isCurrencyCode(upper) ? msg.didYouMean(msg.currencyCode(), upper) : msg.currencyCode(), currency);
    }
  }
}
