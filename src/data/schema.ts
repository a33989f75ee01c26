/**
 * Column types and schemas. A schema can come from a sidecar file (`<name>.meta.json`) or be written
 * in TypeScript with {@link defineSchema}, in which case the row type of the loaded table follows from it.
 */

interface ColumnBase {
  /** What the column means, in a sentence a reader understands. */
  description?: string;
  /** Unit of the values ("officers", "KES per USD"). Money columns take their unit from `currency`. */
  unit?: string;
  /** When false, empty cells are allowed and load as `null`. Default true. */
  required?: boolean;
}

/** Whole numbers; `min`/`max` bound them (a count is `min: 0`). Must stay within ±2^53. */
export interface IntegerColumn extends ColumnBase { type: 'integer'; min?: number; max?: number }
/** Decimal numbers written with a dot (`1200.5`), no thousands separators, no NaN or Infinity. */
export interface NumberColumn extends ColumnBase { type: 'number'; min?: number; max?: number }
/** Free text. */
export interface StringColumn extends ColumnBase { type: 'string' }
/** `true` or `false` (also `yes`/`no`, `1`/`0`). */
export interface BooleanColumn extends ColumnBase { type: 'boolean' }
/** An ISO day, `YYYY-MM-DD`, that exists in the calendar. Loads as a `Date` at UTC midnight. */
export interface DateColumn extends ColumnBase { type: 'date' }
/** One of a fixed list of values. */
export interface CategoryColumn<V extends string = string> extends ColumnBase { type: 'category'; values: readonly V[] }
/** An amount of money in one ISO 4217 currency (`USD`, `KES`). */
export interface MoneyColumn extends ColumnBase { type: 'money'; currency: string; min?: number; max?: number }

export type ColumnSpec = IntegerColumn | NumberColumn | StringColumn | BooleanColumn | DateColumn | CategoryColumn | MoneyColumn;
export type ColumnType = ColumnSpec['type'];
export const COLUMN_TYPES: readonly ColumnType[] = ['integer', 'number', 'string', 'boolean', 'date', 'category', 'money'];

/** Column name → column spec, in file order. */
export type Schema = Record<string, ColumnSpec>;

type BaseValue<C extends ColumnSpec> =
  C extends { type: 'integer' | 'number' | 'money' } ? number
  : C extends { type: 'boolean' } ? boolean
  : C extends { type: 'date' } ? Date
  : C extends { type: 'category'; values: readonly (infer V)[] } ? V
  : string;

/** The value a column of spec `C` loads as (`null` allowed when `required: false`). */
export type ValueOf<C extends ColumnSpec> = C extends { required: false } ? BaseValue<C> | null : BaseValue<C>;

/**
 * The row type of a table loaded with schema `S`. Rows are fresh plain objects, so their properties
 * are not `readonly`, even though `defineSchema` keeps the schema's literal (readonly) types.
 */
export type RowOf<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/**
 * Declare a schema in TypeScript. Keeps the literal types (`as const` is not needed), so that
 * `loadDataset(file, {schema})` returns a table whose rows are typed.
 *
 * @example
 * const contingents = defineSchema({
 *   contingent: {type: 'integer', min: 1},
 *   officers: {type: 'integer', min: 0, unit: 'officers'},
 *   departed: {type: 'date'},
 * });
 */
export function defineSchema<const S extends Schema>(schema: S): S {
  return schema;
}
