import { ColumnTable } from 'arquero';
import type { Dataset } from '../data/dataset.js';

/** The Arquero table behind a table cell's data. */
export function tableOf(data: Dataset | ColumnTable): ColumnTable {
  return data instanceof ColumnTable ? data : data.table;
}
