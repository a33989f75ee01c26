import { op } from 'arquero';
import type { Dataset } from '../data/dataset.js';
import * as msg from '../messages/facts.js';
import type { Fact } from './fact.js';
import type { FormatOptions } from './format.js';
import { makeFact } from './make-fact.js';
import { type SelectOptions, selectRows } from './select.js';
import { sourceFromRows } from './source.js';

/** Options for {@link count}. */
export interface CountOptions extends SelectOptions, FormatOptions {
  /** What is counted, in words. Default "rows of <dataset>". */
  label?: string;
  id?: string;
  /** Default "rows". */
  unit?: string;
}

/**
 * The number of selected rows, computed with Arquero's `op.count`; its sources list exactly those
 * rows. Zero is a valid count.
 *
 * @example count(contingents, {where: 'd => d.officers > 300', label: 'large contingents', unit: 'contingents'})
 */
export function count(dataset: Dataset, { label, id, unit = 'rows', where, params, ...format }: CountOptions = {}): Fact {
  const selection = selectRows(dataset, { where, params });
  const counted = Number(selection.table.rollup({ count: op.count() }).get('count', 0));
  return makeFact(
    {
      id,
      kind: 'count',
      value: counted,
      unit,
      label: label ?? msg.rowsOf(dataset.name),
      how: `${selection.query}.rollup({count: op.count()})`,
      sources: [sourceFromRows(dataset, selection.rows)],
    },
    format,
  );
}
