import * as aq from 'arquero';
import type { Dataset, RowSource } from '../data/dataset.js';
import type { ColumnSpec } from '../data/schema.js';
import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import { requireColumn, selectRows } from './select.js';

/** Options for {@link cumulative}. */
export interface CumulativeOptions {
  /** The column to add up. */
  value: string;
  /** Column(s) giving the order of the running total (a date, for a step chart over time). Ascending. */
  order: string | readonly string[];
  /** Name of the running-total column. Default "cumulative_<value>". */
  as?: string;
  /** Name of the new dataset. Default "<dataset>-cumulative". */
  name?: string;
}

/**
 * The dataset in `order`, with a running total of `value` computed by Arquero
 * (`aq.rolling(d => op.sum(d.value))`): the data behind a step chart. Each row keeps its source
 * (file line, quote) from the input; the query is recorded in `meta.description`.
 *
 * @example cumulative(contingents, {value: 'officers', order: 'departed'}).objects().map((d) => d.cumulative_officers) // [400, 600, 817]
 */
export function cumulative(
  dataset: Dataset,
  { value, order, as = `cumulative_${value}`, name = `${dataset.name}-cumulative` }: CumulativeOptions,
): Dataset {
  const keys = typeof order === 'string' ? [order] : [...order];
  for (const column of [value, ...keys]) requireColumn(dataset, column);
  if (dataset.table.columnNames().includes(as)) throw new FactError(msg.columnExists(dataset.name, as), { hint: msg.columnExistsHint() });
  const { table } = selectRows(dataset);
  Array.from(table.array(value), (cell: unknown, row) => {
    if (typeof cell !== 'number' || !Number.isFinite(cell)) {
      throw new FactError(msg.notANumber(dataset.name, value, msg.rowName(row, dataset.rows[row]?.line), cell));
    }
  });
  const ordered = table.orderby(...keys);
  const expression = `d => op.sum(d[${JSON.stringify(value)}])`;
  const result = ordered.derive({ [as]: aq.rolling(expression) }).reify();
  const rows: RowSource[] = Array.from(ordered.indices(), (position, index) => ({ ...dataset.rows[position], index }));
  const how = `table(${JSON.stringify(dataset.name)}).orderby(${keys.map((key) => JSON.stringify(key)).join(', ')})` +
    `.derive({${as}: aq.rolling(${expression})})`;
  const description = msg.cumulativeDescription(value, keys.join(', '));
  const columns = { ...dataset.schema, [as]: runningSpec(dataset.schema[value], description) };
  return {
    name,
    file: dataset.file,
    table: result,
    schema: columns,
    meta: { ...dataset.meta, name, description: `${description}: ${how}`, columns },
    rows,
    // Arquero types rows as `object`; copying them into records gives them the Dataset's row type.
    objects: () => result.objects().map((row) => Object.fromEntries(Object.entries(row))),
  };
}

/** The running total's column: the value's type and unit, without bounds a sum may pass. */
function runningSpec(spec: ColumnSpec | undefined, description: string): ColumnSpec {
  if (spec?.type === 'money') return { type: 'money', currency: spec.currency, description };
  return { type: spec?.type === 'integer' ? 'integer' : 'number', ...(spec?.unit !== undefined ? { unit: spec.unit } : {}), description };
}
