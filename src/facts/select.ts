/**
 * Selecting the rows a fact is computed from, with Arquero, keeping their positions so that the
 * fact can name exactly the rows it used.
 */

import type { ColumnTable } from 'arquero';
import type { Dataset } from '../data/dataset.js';
import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';

/** A row filter: an Arquero table expression, as a string (`"d => d.officers > 100"`) or a function. */
export type Where = Parameters<ColumnTable['filter']>[0];

/** Options for choosing rows. */
export interface SelectOptions {
  /** Keep only the rows this Arquero expression holds for. Default: every row. */
  where?: Where | undefined;
  /** Values the expression reads as `$.name` (Arquero expressions cannot close over variables). */
  params?: Readonly<Record<string, unknown>> | undefined;
}

/** The rows picked by a {@link SelectOptions}. */
export interface Selection {
  /** The selected rows as an ungrouped table. */
  table: ColumnTable;
  /** Their positions in the dataset's table (0-based, ascending). */
  rows: number[];
  /** The Arquero query that selects them, for a fact's `how`: `table("contingents").filter(d => d.officers > 100)`. */
  query: string;
  /** The filter as text, for messages ("d => d.officers > 100"); undefined without one. */
  description: string | undefined;
}

/** Select rows of `dataset`. A filter Arquero cannot compile is a `FactError` naming the dataset. */
export function selectRows(dataset: Dataset, { where, params }: SelectOptions = {}): Selection {
  // Positions must count in the table's own order, as `dataset.rows` does; a filtered or ordered
  // table is materialised first so that Arquero's row indices are those positions.
  const base = dataset.table.isFiltered() || dataset.table.isOrdered() ? dataset.table.reify() : dataset.table;
  // `params` sets parameters on the table it is called on: give it a new table over the same data.
  const withParams = params !== undefined ? base.create().params(params) : base;
  const description = where !== undefined ? describeWhere(where) : undefined;
  const paramsQuery = params !== undefined ? `.params(${JSON.stringify(params)})` : '';
  const query = `table(${JSON.stringify(dataset.name)})${paramsQuery}${where !== undefined ? `.filter(${description})` : ''}`;
  let table: ColumnTable;
  try {
    table = (where !== undefined ? withParams.filter(where) : withParams).ungroup();
  } catch (error) {
    throw new FactError(msg.badWhere(dataset.name, String(description), error instanceof Error ? error.message : String(error)), {
      hint: msg.badWhereHint(),
      cause: error,
    });
  }
  return { table, rows: Array.from(table.indices()), query, description };
}

/** Throw a `FactError` unless `dataset` has `column`. */
export function requireColumn(dataset: Dataset, column: string): void {
  const names = dataset.table.columnNames();
  if (!names.includes(column)) throw new FactError(msg.missingColumn(dataset.name, column, names));
}

/** A filter as text. Escaped functions (`aq.escape`) cannot be printed; they say so. */
export function describeWhere(where: Where): string {
  try {
    return String(where);
  } catch {
    return 'aq.escape(…)';
  }
}
