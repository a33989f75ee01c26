import * as msg from '../messages/data.js';
import { arrayElementLines, parseJson } from './parse-json.js';
import type { ProblemList } from './problem-list.js';

/** Options for {@link readJsonRows}. */
export interface ReadJsonRowsOptions {
  /** File name used in problems. */
  file: string;
  /** Where structural problems go. */
  problems: ProblemList;
}

/** The rows of a JSON data file. */
export interface JsonRows {
  /** Every key found in the rows, in first-seen order. */
  fields: string[];
  rows: Record<string, unknown>[];
  /** 1-based line where row `index` starts; worked out on first use (only problems need it). */
  lineOf: (index: number) => number | undefined;
}

/**
 * Read a JSON data file: an array of row objects (`[]` gives zero rows). Reports a syntax error with
 * its line and column, a top-level value that is not an array, and rows that are not objects.
 */
export function readJsonRows(text: string, { file, problems }: ReadJsonRowsOptions): JsonRows | undefined {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    problems.add({ file, line: 1, expected: msg.emptyJsonFile() });
    return undefined;
  }
  const parsed = parseJson(text, { file });
  if (!parsed.ok) {
    problems.add(parsed.problem);
    return undefined;
  }
  if (!Array.isArray(parsed.value)) {
    problems.add({ file, line: 1, expected: msg.jsonNotArray() });
    return undefined;
  }
  let lines: number[] | undefined;
  const elementLine = (index: number) => (lines ??= arrayElementLines(text.replace(/^\uFEFF/, '')))[index];
  const fields = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  // Position in the file's array of each kept row, so lines stay right when a row is left out.
  const origin: number[] = [];
  parsed.value.forEach((row: unknown, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      const line = elementLine(index);
      problems.add({ file, ...(line === undefined ? {} : { line }), value: JSON.stringify(row), expected: msg.jsonRowNotObject(index) });
      return;
    }
    const record = row as Record<string, unknown>;
    for (const key of Object.keys(record)) fields.add(key);
    rows.push(record);
    origin.push(index);
  });
  return { fields: [...fields], rows, lineOf: (index) => elementLine(origin[index] ?? -1) };
}
