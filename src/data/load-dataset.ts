import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from 'arquero';
import * as msg from '../messages/data.js';
import { checkBytes } from './check-bytes.js';
import { checkSchema } from './check-schema.js';
import { createDataset } from './create-dataset.js';
import { csvColumns, type LoadedColumns } from './csv-columns.js';
import type { Dataset, DatasetMeta } from './dataset.js';
import { jsonColumns } from './json-columns.js';
import { jsonPositions, type Position } from './json-positions.js';
import { ProblemList } from './problem-list.js';
import { readBytes } from './read-bytes.js';
import { checkRowSources } from './row-sources.js';
import type { RowOf, Schema } from './schema.js';
import { checkSidecar } from './sidecar.js';
import type { LoadedTable } from './check-table.js';
import { isTypedFormat, readTyped, typedFormatOf, type TypedFormat } from './typed-formats.js';

/** Options for {@link loadDataset}. */
export interface LoadDatasetOptions<S extends Schema = Schema> {
  /**
   * The columns, written in TypeScript (see `defineSchema`); the rows of the dataset are then typed.
   * The sidecar becomes optional; if it declares `columns` too, they must agree with this schema.
   */
  schema?: S;
  /** Path of the sidecar. Default: beside the file, `<name>.meta.json` (`contingents.csv` → `contingents.meta.json`). */
  sidecar?: string;
  /** File format. Default: from the extension (`.csv`, `.json`; `.arrow`/`.feather` for Arrow IPC, `.parquet`). */
  format?: 'csv' | 'json' | TypedFormat;
  /** Most problems listed in the error; the rest are counted ("… and 12 more"). Default 50. */
  maxProblems?: number;
  /** Longest line a CSV file may have, in bytes; a longer one is a problem, found before parsing. Default 1 MiB. */
  maxLineBytes?: number;
}

/**
 * Load a CSV, JSON, Arrow IPC or Parquet data file with its sidecar into a typed Arquero table with
 * sources per row (Arrow and Parquet columns are checked against the sidecar where they lie, not copied).
 * Every problem in the file (bad cells, structure, sidecar, row sources, quotes not found in the
 * source text) is collected and thrown as one `DataError` naming file, line and column of each.
 * An empty file is an error; a header with no rows (or `[]` in JSON) loads as an empty table.
 *
 * @example
 * const contingents = await loadDataset('datasets/haiti-mss/contingents.csv');
 * const typed = await loadDataset('contingents.csv', {schema: defineSchema({officers: {type: 'integer'}})});
 * typed.objects()[0].officers; // number
 */
export function loadDataset<const S extends Schema>(file: string | URL, options: LoadDatasetOptions<S> & { schema: S }): Promise<Dataset<RowOf<S>>>;
export function loadDataset(file: string | URL, options?: LoadDatasetOptions): Promise<Dataset>;
export async function loadDataset(input: string | URL, options: LoadDatasetOptions = {}): Promise<Dataset> {
  const file = displayPath(input);
  const { schema, sidecar = sidecarPath(file), format = formatOf(file), maxProblems = 50, maxLineBytes } = options;
  const problems = new ProblemList({ limit: maxProblems });
  const { meta, text: sidecarText } = await readMeta(sidecar, { file, problems, ...(schema === undefined ? {} : { schema }) });
  // Sidecar problems name a property ("columns.officers.type"); say where it is written too.
  const fail = (options: { hint?: string } = {}) => {
    if (sidecarText !== undefined) placeSidecarProblems(problems, sidecar, sidecarText);
    return problems.toError(file, options);
  };
  // Bytes, not text: csv-parse works on a Buffer, and decoding first would only be undone.
  const data = await tryReadBytes(file);
  if (isUnreadable(data)) problems.add({ file, expected: msg.unreadableFile(data.reason) });
  if (format === undefined) problems.add({ file, expected: msg.unknownFormat(file) });
  if (isUnreadable(data) || format === undefined) throw fail();
  // Bad bytes (not UTF-8, NUL, a line of megabytes) are found before parsing, which they would derail or stall.
  const bytesOptions = { file, format, problems, ...(maxLineBytes === undefined ? {} : { maxLineBytes }) };
  if (!isTypedFormat(bytesOptions.format) && !checkBytes(data, { ...bytesOptions, format: bytesOptions.format })) throw fail({ hint: msg.dataHint() });

  const declaredIn = schema === undefined ? msg.declaredInSidecar(sidecar) : msg.declaredInSchema();
  const columnsOptions = {
    file,
    declaredIn,
    problems,
    ...(meta === undefined ? {} : { schema: meta.columns }),
    ...(meta?.key === undefined ? {} : { key: meta.key }),
  };
  // Arrow and Parquet columns are typed already: checked where they lie, not copied (issue 6).
  const loaded: LoadedColumns | LoadedTable | undefined = isTypedFormat(format) ? await readTyped(format, data, columnsOptions)
    : format === 'csv' ? csvColumns(data, columnsOptions) : jsonColumns(data.toString('utf8'), columnsOptions);
  // A key column missing from the file is reported already; matching `rows` against it would only add noise.
  if (meta !== undefined && loaded !== undefined && (meta.key === undefined || loaded.fields.includes(meta.key))) {
    const source = await readSource(meta, sidecar, { problems });
    checkRowSources(meta, loaded.rows, { file, sidecar, problems, ...(source === undefined ? {} : { source }) });
  }
  // Without problems there is always a schema and columns; the second test is for the compiler.
  if (problems.size > 0 || meta === undefined || loaded === undefined) throw fail({ hint: msg.dataHint() });
  const name = meta.name ?? basename(file, extname(file));
  return createDataset({ name, file, table: 'table' in loaded ? loaded.table : table(loaded.columns), schema: meta.columns, meta, rows: loaded.rows });
}

/**
 * The path a dataset is known by in messages, provenance and output: relative to the working
 * directory (the project) when it lies inside it, so that builds in different folders print the
 * same bytes and never reveal a reporter's home folder. File URLs (`new URL(..., import.meta.url)`) are accepted.
 */
export function displayPath(input: string | URL): string {
  const path = input instanceof URL || input.startsWith('file:') ? fileURLToPath(input) : input;
  if (!isAbsolute(path)) return path.split(sep).join('/');
  const inside = relative(process.cwd(), path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside.split(sep).join('/');
}

/** The default sidecar path of a data file: `<dir>/<name>.meta.json`. */
export function sidecarPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.meta.json`);
}

function formatOf(file: string): 'csv' | 'json' | TypedFormat | undefined {
  const extension = extname(file).toLowerCase();
  return extension === '.csv' ? 'csv' : extension === '.json' ? 'json' : typedFormatOf(extension);
}

type Unreadable = { reason: string; missing: boolean };
const isUnreadable = (read: Buffer | Unreadable): read is Unreadable => 'reason' in read;

async function tryReadBytes(path: string): Promise<Buffer | Unreadable> {
  try {
    return await readBytes(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no such file' : code ?? String(error), missing: code === 'ENOENT' };
  }
}

/** The file as text; `undefined` when its bytes are not UTF-8 text (reported to `problems`). */
async function readText(path: string, { problems }: { problems: ProblemList }): Promise<string | Unreadable | undefined> {
  const bytes = await tryReadBytes(path);
  if (isUnreadable(bytes)) return bytes;
  return checkBytes(bytes, { file: path, problems }) ? bytes.toString('utf8') : undefined;
}

async function readMeta(
  sidecar: string,
  { file, schema, problems }: { file: string; schema?: Schema; problems: ProblemList },
): Promise<{ meta: DatasetMeta | undefined; text?: string }> {
  // A schema written in code is type-checked, but values such as currency codes are not.
  const usable = schema === undefined || checkSchema(schema, { file, path: 'schema', problems }) !== undefined;
  const text = await readText(sidecar, { problems });
  let meta: DatasetMeta | undefined;
  // Undefined text: the sidecar's bytes are not UTF-8 text, which is reported already.
  if (typeof text === 'string') meta = checkSidecar(text, { file: sidecar, problems, ...(schema === undefined ? {} : { schema }) });
  else if (text === undefined) meta = undefined;
  else if (schema === undefined) {
    problems.add({ file: sidecar, expected: text.missing ? msg.missingSidecar(sidecar) : msg.unreadableFile(text.reason) });
  } else {
    if (!text.missing) problems.add({ file: sidecar, expected: msg.unreadableFile(text.reason) });
    meta = { columns: schema };
  }
  return { meta: usable ? meta : undefined, ...(typeof text === 'string' ? { text } : {}) };
}

/** Line and column for the sidecar's problems that name a property but no line (valid JSON only: a syntax error has its own). */
function placeSidecarProblems(problems: ProblemList, sidecar: string, text: string): void {
  let positions: Map<string, Position> | undefined;
  problems.place(sidecar, ({ field }) => {
    if (field === undefined) return undefined;
    try {
      positions ??= jsonPositions(text);
    } catch {
      return undefined;
    }
    // A missing property is placed at the object that lacks it (the document itself, at the top).
    for (let path = field; ; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
      const at = positions.get(path);
      if (at !== undefined || path === '') return at;
    }
  });
}

async function readSource(meta: DatasetMeta, sidecar: string, { problems }: { problems: ProblemList }) {
  const relative = meta.source?.file;
  if (relative === undefined) return undefined;
  const path = resolve(dirname(sidecar), relative);
  const text = await readText(path, { problems });
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { file: relative, text };
  problems.add({ file: sidecar, field: 'source.file', value: relative, expected: msg.sourceFileUnreadable(path, text.reason) });
  return undefined;
}
