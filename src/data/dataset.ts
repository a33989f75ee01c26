import type { ColumnTable } from 'arquero';
import type { Schema } from './schema.js';

/** Where a dataset comes from: a publication, a document, a URL. */
export interface Source {
  /** Who published it ("Kenyans.co.ke", "Central Bank of Kenya"). */
  publication: string;
  /** Title of the article or document. */
  title?: string;
  url?: string;
  /** Publication date, ISO day. */
  date?: string;
  /** A local copy of the text (relative to the sidecar); row quotes are checked against it. */
  file?: string;
}

/** Why a row holds a value that its source does not state outright. */
export interface Inference {
  /** The column whose value was inferred. */
  field: string;
  /** Why the value is what it is ("the article says 'on 25,2024' without a month; the flag-off was in June"). */
  reason: string;
}

/** Where one row of a dataset comes from. */
export interface RowSource {
  /** Index of the row in the table (0-based). */
  index: number;
  /** Line of the row in its file (1-based, counting the header), for CSV. */
  line?: number;
  /** The row's key value, when the dataset declares a key column. */
  key?: string;
  /** The sentence of the source the row comes from, verbatim. */
  quote?: string;
  /** Values the source leaves out and the data fills in. */
  inferred?: readonly Inference[];
}

/** What a sidecar (`<name>.meta.json`) declares about a data file. */
export interface DatasetMeta {
  /** Short name used in provenance and in output file names (defaults to the file's base name). */
  name?: string;
  title?: string;
  description?: string;
  source?: Source;
  /** A column whose values identify rows (used to attach per-row sources). */
  key?: string;
  columns: Schema;
  /** Per-row sources keyed by the key column's value. */
  rows?: Record<string, { quote?: string; inferred?: Record<string, string> }>;
}

/**
 * A loaded dataset: a typed Arquero table plus where it and each of its rows came from.
 * `R` is the row type (see `RowOf`).
 */
export interface Dataset<R extends object = Record<string, unknown>> {
  name: string;
  /** Path of the data file as given to the loader. */
  file: string;
  table: ColumnTable;
  schema: Schema;
  meta: DatasetMeta;
  /** One entry per table row, in table order. */
  rows: readonly RowSource[];
  /** The rows as plain objects (typed); computed on demand. */
  objects(): R[];
}
