import type { ColumnTable } from 'arquero';
import type { Dataset, DatasetMeta, RowSource } from './dataset.js';
import { type RowKeys, rowSources } from './row-sources.js';
import type { Schema } from './schema.js';

/** What {@link createDataset} wraps. */
export interface CreateDatasetOptions {
  name: string;
  file: string;
  table: ColumnTable;
  schema: Schema;
  meta: DatasetMeta;
  /** Row count, keys and lines, from which `rows` is built on first use. */
  rows: RowKeys;
}

/**
 * Assemble a `Dataset`. Its `rows` are built on first read, not at load time, so that loading a
 * million-row file does not also build a million source objects that nobody may ask for.
 */
export function createDataset<R extends object>({ name, file, table, schema, meta, rows }: CreateDatasetOptions): Dataset<R> {
  let sources: readonly RowSource[] | undefined;
  return {
    name,
    file,
    table,
    schema,
    meta,
    get rows() {
      sources ??= rowSources(meta, rows);
      return sources;
    },
    // The table's columns were checked against the schema that `R` is derived from.
    objects: () => table.objects() as R[],
  };
}
