import { op } from 'arquero';
import type { Dataset } from '../data/dataset.js';
import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { type SelectOptions, requireColumn, selectRows } from './select.js';
import { sourceFromRows } from './source.js';

/** Options for {@link total}. */
export interface TotalOptions extends SelectOptions, FormatOptions {
  /** What the total is, in words ("officers deployed in total"). */
  label: string;
  id?: string;
  /** Default: `money` for a money column, `count` for an integer column, else `number`. */
  kind?: 'count' | 'number' | 'money';
  /** Default: the column's currency for money, else its declared unit, else the column name. */
  unit?: string;
  /** Allow a total over no rows (0). Default false: an empty selection is usually a filter gone wrong. */
  allowEmpty?: boolean;
}

/**
 * The sum of `column` over the selected rows, computed with Arquero's `op.sum`; its sources list
 * exactly those rows. Every selected row must hold a number.
 *
 * @example
 * total(contingents, 'officers', {label: 'officers deployed'})
 * // {value: 817, text: "817", how: 'table("contingents").rollup({total: op.sum("officers")})', ...}
 */
export function total(
  dataset: Dataset,
  column: string,
  { label, id, kind, unit, allowEmpty = false, where, params, ...format }: TotalOptions,
): Fact {
  requireColumn(dataset, column);
  const spec = dataset.schema[column];
  if (spec !== undefined && kind === undefined && !['integer', 'number', 'money'].includes(spec.type)) {
    throw new FactError(msg.notNumericColumn(dataset.name, column, spec.type));
  }
  const selection = selectRows(dataset, { where, params });
  if (selection.rows.length === 0 && !allowEmpty) throw new FactError(msg.emptySelection(dataset.name, selection.description));
  const values = selection.table.array(column);
  selection.rows.forEach((row, i) => {
    const value: unknown = values[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new FactError(msg.notANumber(dataset.name, column, msg.rowName(row, dataset.rows[row]?.line), value));
    }
  });
  const sum = selection.rows.length > 0 ? Number(selection.table.rollup({ total: op.sum(column) }).get('total', 0)) : 0;
  const resolvedKind = kind ?? (spec?.type === 'money' ? 'money' : spec?.type === 'integer' ? 'count' : 'number');
  return makeFact(
    {
      id,
      kind: resolvedKind,
      value: sum,
      unit: unit ?? (spec?.type === 'money' ? spec.currency : spec?.unit ?? column),
      label,
      how: `${selection.query}.rollup({total: op.sum(${JSON.stringify(column)})})`,
      sources: [sourceFromRows(dataset, selection.rows, { columns: [column] })],
    },
    format,
  );
}
