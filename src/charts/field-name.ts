/**
 * Column names as Vega-Lite fields. Vega-Lite reads a field as a path into nested objects: `.` and
 * `[…]` step into a child and `\` escapes the next character. A column named `pop.2020` written as
 * it is reads `row.pop[2020]`, which does not exist, and the chart draws nothing without an error;
 * written `pop\.2020`, it reads the column.
 */

import { splitAccessPath } from './pushdown/vega-helpers.js';

/**
 * The Vega-Lite field reading column `name`: `.`, `[`, `]` and `\` escaped with a backslash, and so
 * are quotes (in the first step of a path, a quote opens a quoted name: `it's` is no valid path).
 *
 * @example
 * vlField('pop.2020') // → 'pop\\.2020'
 */
export function vlField(name: string): string {
  return name.replace(/[.[\]\\'"]/g, '\\$&');
}

/** The steps of a field's path (`['a', 'b']` for `a.b`), or `undefined` for a field that is no valid path (`a]`). */
function fieldPath(field: string): string[] | undefined {
  try {
    return splitAccessPath(field);
  } catch {
    return undefined;
  }
}

/**
 * The column a Vega-Lite field reads: the field unescaped. `undefined` for a nested path (`a.b`
 * reads `b` inside `a`) and for a field that is no valid path.
 *
 * @example
 * columnName('pop\\.2020') // → 'pop.2020'
 */
export function columnName(field: string): string | undefined {
  const path = fieldPath(field);
  return path?.length === 1 ? path[0] : undefined;
}

/** A field as Vega-Lite names it in a default title, its escapes read (Vega-Lite's `removePathFromField`): `a\.b` → `a.b`. */
export function fieldText(field: string): string {
  return fieldPath(field)?.join('.') ?? field;
}

/** A builder's rows and columns as its spec draws them (see {@link drawnColumns}). */
export interface DrawnColumns {
  /** The rows to inline in the spec. */
  rows: Record<string, unknown>[];
  /** The Vega-Lite field drawing a column. */
  field(column: string): string;
  /** The key a column has in `rows`. */
  key(column: string): string;
}

// Vega-Lite writes fields into vega unescaped again where a backslash is concerned (vega/vega-lite#7066):
// no escaping lets it read a column whose name holds one. Such a column is drawn under a stand-in name.
const BACKSLASH = /\\/g;
const STAND_IN = '\u2216';

/**
 * The rows a builder inlines and the fields reading them. A column whose name holds a backslash,
 * which Vega-Lite cannot read under any escaping, is inlined as the name with "∖" (U+2216) in its place —
 * the way titles show it — while the chart's own rows, its CSV download, keep the real name.
 *
 * @example
 * const drawn = drawnColumns(rows, ['pop.2020']);
 * drawn.field('pop.2020') // → 'pop\\.2020'
 */
export function drawnColumns(rows: Record<string, unknown>[], columns: readonly string[]): DrawnColumns {
  const keys = new Map<string, string>();
  const taken = new Set(columns);
  for (const column of columns) {
    if (!column.includes('\\')) continue;
    let key = column.replace(BACKSLASH, STAND_IN);
    while (taken.has(key)) key += STAND_IN;
    taken.add(key);
    keys.set(column, key);
  }
  const key = (column: string) => keys.get(column) ?? column;
  const renamed = keys.size === 0 ? rows : rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [key(name), value])));
  return { rows: renamed, key, field: (column) => vlField(key(column)) };
}
