/**
 * Apache Parquet files read with hyparquet, column by column: each column is decoded once into an
 * array (as Parquet's compressed pages must be), handed to Arquero as it is, and checked against the
 * schema in place.
 */

import { table as toTable } from 'arquero';
import * as msg from '../messages/columnar.js';
import { importModule } from '../package/import-module.js';
import { checkTable, type CheckTableOptions, type LoadedTable } from './check-table.js';

type Column = ArrayLike<unknown> & Iterable<unknown>;

/**
 * Read a Parquet file's bytes into a table checked against the schema; `undefined` (with the
 * problem reported) when the bytes are not Parquet or a column is nested. Dates load as `Date`s;
 * 64-bit integers, which hyparquet decodes as `BigInt`s, are converted to numbers.
 *
 * @example
 * const loaded = await readParquet(await readFile('incidents.parquet'), {file, schema, declaredIn, problems});
 */
export async function readParquet(bytes: Uint8Array, options: CheckTableOptions): Promise<LoadedTable | undefined> {
  const { file, problems } = options;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const chunks = new Map<string, { rowStart: number; data: Column }[]>();
  let names: string[];
  try {
    // Loaded on first use: most builds read no Parquet, and the CLI starts faster without it.
    const { parquetMetadata, parquetRead, parquetSchema } = await importModule<typeof import('hyparquet')>('hyparquet');
    const metadata = parquetMetadata(buffer);
    names = parquetSchema(metadata).children.map((child) => child.element.name);
    await parquetRead({
      file: buffer,
      metadata,
      onChunk: ({ columnName, columnData, rowStart }) => {
        chunks.set(columnName, [...(chunks.get(columnName) ?? []), { rowStart, data: columnData as Column }]);
      },
    });
  } catch (error) {
    problems.add({ file, expected: msg.notParquet(error instanceof Error ? error.message : String(error)) });
    return undefined;
  }
  const columns: Record<string, Column> = {};
  for (const name of names) {
    const column = joinChunks(chunks.get(name) ?? []);
    if (isNested(column)) {
      problems.add({ file, field: name, expected: msg.nestedColumn(name) });
      return undefined;
    }
    columns[name] = column;
  }
  return checkTable(toTable(columns), options);
}

/** A column's chunks (one per row group) in row order; a single chunk is used as it is. */
function joinChunks(chunks: readonly { rowStart: number; data: Column }[]): Column {
  const sorted = [...chunks].sort((a, b) => a.rowStart - b.rowStart);
  if (sorted.length === 1) return (sorted[0] as { data: Column }).data;
  const joined: unknown[] = [];
  for (const { data } of sorted) for (const value of data) joined.push(value);
  return joined;
}

/** Whether a column holds lists or structs (the first non-null value tells). */
function isNested(column: Column): boolean {
  for (const value of column) {
    if (value === null || value === undefined) continue;
    return typeof value === 'object' && !(value instanceof Date);
  }
  return false;
}
