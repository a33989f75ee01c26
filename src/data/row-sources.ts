import * as msg from '../messages/data.js';
import { isUtcDay } from './coerce.js';
import type { DatasetMeta, RowSource } from './dataset.js';
import type { ProblemList } from './problem-list.js';

/** What the row-source checks need to know about the loaded rows. */
export interface RowKeys {
  /** Number of rows. */
  count: number;
  /** The key of row `index` as written in the file (`undefined` when the dataset has no key). */
  keyOf: (index: number) => string | undefined;
  /** The file line of row `index`, when known. */
  lineOf: (index: number) => number | undefined;
  /** 1-based position of the key column in a CSV file, for problems. */
  keyColumn?: number;
  /** The key column's loaded values; numbers and Dates let uniqueness be checked by sorting, not hashing. */
  keyValues?: ArrayLike<unknown>;
}

/** Options for {@link checkRowSources}. */
export interface CheckRowSourcesOptions {
  /** The data file, named in problems about rows. */
  file: string;
  /** The sidecar, named in problems about `rows` entries. */
  sidecar: string;
  /** The source text (`meta.source.file`), to find each row's quote in. */
  source?: { file: string; text: string };
  problems: ProblemList;
}

/**
 * Check per-row sources against the rows: key values are unique; when `rows` is given, every row has
 * an entry and every entry names a row; each quote appears verbatim (whitespace aside) in the source text.
 */
export function checkRowSources(meta: DatasetMeta, rows: RowKeys, { file, sidecar, source, problems }: CheckRowSourcesOptions): void {
  const keyField = meta.key;
  if (keyField === undefined) return;
  const locate = (index: number) => {
    const line = rows.lineOf(index);
    // Rows without a file line (in-memory tables) are named by their index instead.
    const where = line === undefined ? { file: `${file}, ${msg.rowLabel(index)}` } : { file, line };
    return { ...where, ...(rows.keyColumn === undefined ? {} : { column: rows.keyColumn }), field: keyField };
  };
  const firstRow = uniqueNumbers(rows) ? undefined : keyIndex(rows);
  if (firstRow !== undefined) {
    for (let index = 0; index < rows.count; index++) {
      const key = rows.keyOf(index);
      const first = key === undefined ? undefined : firstRow.get(key);
      if (key === undefined || first === undefined || first === index) continue;
      const line = rows.lineOf(first);
      const other = line === undefined ? msg.rowLabel(first) : msg.lineLabel(line);
      problems.add({ ...locate(index), value: key, expected: msg.duplicateKey(keyField, other) });
    }
  }
  const entries = meta.rows;
  if (entries === undefined) return;
  const keys = firstRow ?? keyIndex(rows);
  for (const [key, index] of keys) {
    if (!Object.hasOwn(entries, key)) problems.add({ ...locate(index), value: key, expected: msg.rowWithoutSource(sidecar) });
  }
  for (const key of Object.keys(entries)) {
    if (!keys.has(key)) problems.add({ file: sidecar, field: `rows.${key}`, value: key, expected: msg.unknownRowKey(keyField, file) });
  }
  if (source === undefined) return;
  const text = normalizeSpace(source.text);
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.quote === undefined || text.includes(normalizeSpace(entry.quote))) continue;
    const expected = msg.quoteNotFound(source.file, matchedPrefix(entry.quote, text));
    problems.add({ file: sidecar, field: `rows.${key}.quote`, value: entry.quote, expected });
  }
}

/** Each key and the first row that has it. */
function keyIndex(rows: RowKeys): Map<string, number> {
  const first = new Map<string, number>();
  for (let index = 0; index < rows.count; index++) {
    const key = rows.keyOf(index);
    if (key !== undefined && !first.has(key)) first.set(key, index);
  }
  return first;
}

/**
 * Whether numeric (or date) keys are all different, checked by sorting a typed copy: hashing a
 * million keys costs several times more. `false` also when the keys are not numbers.
 */
function uniqueNumbers({ keyValues, count }: RowKeys): boolean {
  if (keyValues === undefined) return false;
  const sorted = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const value = keyValues[index];
    if (typeof value === 'number') sorted[index] = value;
    else if (value instanceof Date) sorted[index] = value.getTime();
    else if (value === null || value === undefined) sorted[index] = Number.NaN;
    else return false;
  }
  sorted.sort();
  for (let index = 1; index < count; index++) if (sorted[index] === sorted[index - 1]) return false;
  return true;
}

/** Collapse runs of whitespace (line breaks, non-breaking spaces) to one space, and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The longest run of whole words from the start of `quote` that the text contains, so the reader sees where they part. */
function matchedPrefix(quote: string, text: string): string {
  const words = normalizeSpace(quote).split(' ');
  let matched = '';
  for (const word of words) {
    const next = matched === '' ? word : `${matched} ${word}`;
    if (!text.includes(next)) break;
    matched = next;
  }
  return matched;
}

/** A key value as text: strings as they are, numbers and booleans as written by `String`, dates as ISO days. */
export function keyText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return isUtcDay(value) ? value.toISOString().slice(0, 10) : value.toISOString();
  return String(value);
}

/**
 * One source entry per row, in table order: index, line, key, and the quote and inferred values of
 * the row's `rows` entry in the sidecar.
 */
export function rowSources(meta: DatasetMeta, rows: RowKeys): RowSource[] {
  const entries = meta.rows ?? {};
  const out: RowSource[] = [];
  for (let index = 0; index < rows.count; index++) {
    const source: RowSource = { index };
    const line = rows.lineOf(index);
    if (line !== undefined) source.line = line;
    const key = rows.keyOf(index);
    if (key !== undefined) source.key = key;
    const entry = key !== undefined && Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (entry?.quote !== undefined) source.quote = entry.quote;
    if (entry?.inferred !== undefined) source.inferred = Object.entries(entry.inferred).map(([field, reason]) => ({ field, reason }));
    out.push(source);
  }
  return out;
}
