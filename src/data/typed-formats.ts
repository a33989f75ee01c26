/**
 * The binary, typed data formats (Apache Arrow IPC and Parquet): which file extensions they use,
 * and their readers. Their bytes are not text, and their columns carry types already.
 */

import { readArrow } from './read-arrow.js';
import { readParquet } from './read-parquet.js';
import type { CheckTableOptions, LoadedTable } from './check-table.js';

/** A typed, binary data format. */
export type TypedFormat = 'arrow' | 'parquet';

const EXTENSIONS: Readonly<Record<string, TypedFormat>> = { '.arrow': 'arrow', '.feather': 'arrow', '.arrows': 'arrow', '.parquet': 'parquet' };

/** The typed format a file extension (`.parquet`) names, if any. */
export function typedFormatOf(extension: string): TypedFormat | undefined {
  return Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
}

/** Whether `format` is a typed, binary one. */
export function isTypedFormat(format: string): format is TypedFormat {
  return format === 'arrow' || format === 'parquet';
}

/** Read a typed file's bytes into a table checked against the schema (see `checkTable`). */
export function readTyped(format: TypedFormat, bytes: Uint8Array, options: CheckTableOptions): Promise<LoadedTable | undefined> {
  return format === 'arrow' ? Promise.resolve(readArrow(bytes, options)) : readParquet(bytes, options);
}
