import type { Dataset } from '../data/dataset.js';
import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import { dayValue } from './day.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { type SelectOptions, requireColumn, selectRows } from './select.js';
import { sourceFromRows } from './source.js';

/** Options for {@link dateFact}. */
export interface DateFactOptions extends SelectOptions, FormatOptions {
  /** What the date is ("first contingent departed"). */
  label: string;
  id?: string;
}

/**
 * The date in `column` of the one row `where` selects, as a `date` fact (text "June 24, 2024",
 * forms `weekday` "Monday, June 24, 2024", `short`, `iso`). No row, or more than one, is a `FactError`.
 *
 * @example dateFact(contingents, 'departed', {where: 'd => d.contingent === 1', label: 'first departure'})
 */
export function dateFact(dataset: Dataset, column: string, { label, id, where, params, ...format }: DateFactOptions): Fact {
  requireColumn(dataset, column);
  const selection = selectRows(dataset, { where, params });
  const [row] = selection.rows;
  if (row === undefined || selection.rows.length > 1) {
    throw new FactError(msg.notOneRow(dataset.name, selection.description, selection.rows.length), { hint: msg.notOneRowHint() });
  }
  const cell: unknown = selection.table.get(column, 0);
  const time = dayValue(cell);
  if (time === undefined) throw new FactError(msg.notADate(dataset.name, column, msg.rowName(row, dataset.rows[row]?.line), cell));
  return makeFact(
    {
      id,
      kind: 'date',
      value: time,
      unit: 'day',
      label,
      how: `${selection.query}.get(${JSON.stringify(column)}, 0)`,
      sources: [sourceFromRows(dataset, selection.rows, { columns: [column] })],
    },
    format,
  );
}
