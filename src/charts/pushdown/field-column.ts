/**
 * The column a spec's field reads, for pushdown. Fields are read as Vega-Lite reads them (`pop\.2020`
 * is the column `pop.2020`), so that the precomputed rows hold the columns the spec drew; a nested
 * path, a column Vega-Lite itself cannot read, and a transform making a column whose name needs
 * escaping are left to vega.
 */

import * as msg from '../../messages/pushdown.js';
import { columnName, vlField } from '../field-name.js';

/**
 * The column `field` reads (its escapes read), or why pushdown does not compute over it.
 *
 * @example
 * fieldColumn('pop\\.2020') // → 'pop.2020'
 * fieldColumn('a.b')        // → {reason: 'the field "a.b" is a nested path'}
 */
export function fieldColumn(field: string): string | { reason: string } {
  const column = columnName(field);
  if (column === undefined) return { reason: msg.nestedField(field) };
  // Vega-Lite unescapes a backslash in the fields it writes into vega: the plain chart reads another column.
  if (column.includes('\\')) return { reason: msg.backslashField(field) };
  return column;
}

/**
 * Why pushdown leaves a transform making the columns `names` (its `as`) to vega, if it does. Vega-Lite
 * records a made column by its plain name (`hours.h`) and a step reading it by the escaped one
 * (`hours\.h`), tells them apart, and may then run a bin or a parse before the column exists: what
 * vega draws is not what the steps say, and pushdown would draw otherwise.
 */
export function madeColumns(names: readonly string[]): { reason: string } | undefined {
  const escaped = names.find((name) => vlField(name) !== name);
  return escaped === undefined ? undefined : { reason: msg.escapedOutput(escaped) };
}
