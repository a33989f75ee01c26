import type { ColumnTable } from 'arquero';
import { isColumnTable } from '../data/is-column-table.js';
import type { Dataset } from '../data/dataset.js';

/** The Arquero table behind a table cell's data. */
export function tableOf(data: Dataset | ColumnTable): ColumnTable {
  return isColumnTable(data) ? data : data.table;
}
