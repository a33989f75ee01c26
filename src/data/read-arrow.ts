/**
 * Apache Arrow IPC files (`.arrow`, `.feather` v2, `.arrows`) read with Arquero and flechette: the
 * table's columns stay views over the file's bytes, and are checked against the schema in place.
 */

import { fromArrow, type ColumnTable } from 'arquero';
import * as msg from '../messages/columnar.js';
import { checkTable, type CheckTableOptions, type LoadedTable } from './check-table.js';

/**
 * Read an Arrow IPC file's bytes into a table checked against the schema; `undefined` (with the
 * problem reported) when the bytes are not Arrow. Dates and timestamps load as `Date`s.
 *
 * @example
 * const loaded = readArrow(await readFile('incidents.arrow'), {file, schema, declaredIn, problems});
 */
export function readArrow(bytes: Uint8Array, options: CheckTableOptions): LoadedTable | undefined {
  let table: ColumnTable;
  try {
    table = fromArrow(bytes, { useDate: true });
  } catch (error) {
    options.problems.add({ file: options.file, expected: msg.notArrow(error instanceof Error ? error.message : String(error)) });
    return undefined;
  }
  return checkTable(table, options);
}
