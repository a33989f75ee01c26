/**
 * Fact sources: which rows of which dataset a fact was computed from, taken from the dataset's
 * per-row `RowSource` entries (file line, quote), and merged when facts combine.
 */

import type { Dataset } from '../data/dataset.js';
import type { Citation, FactSource } from './fact.js';

/** Options for {@link sourceFromRows}. */
export interface SourceOptions {
  /** Columns the fact read. */
  columns?: readonly string[];
  /** Columns naming each row's own source and link (a rate table's `source` and `url`), when it has them. */
  cite?: { source: string; url?: string };
}

/** The source entry for rows `rows` (0-based, table order) of `dataset`. */
export function sourceFromRows(dataset: Dataset, rows: readonly number[], { columns, cite }: SourceOptions = {}): FactSource {
  const entries = rows.map((index) => dataset.rows[index]);
  const lines = entries.flatMap((entry) => (entry?.line !== undefined ? [entry.line] : []));
  const quotes = unique(entries.flatMap((entry) => (entry?.quote !== undefined ? [entry.quote] : [])));
  const citations = cite !== undefined ? citationsOf(dataset, rows, cite) : [];
  return {
    dataset: dataset.name,
    file: dataset.file,
    rows: [...rows],
    ...(rows.length > 0 && lines.length === rows.length ? { lines } : {}),
    ...(quotes.length > 0 ? { quotes } : {}),
    ...(columns !== undefined ? { columns: [...columns] } : {}),
    ...(citations.length > 0 ? { citations } : {}),
  };
}

function citationsOf(dataset: Dataset, rows: readonly number[], cite: { source: string; url?: string }): Citation[] {
  const names = dataset.table.columnNames();
  if (!names.includes(cite.source)) return [];
  const urlColumn = cite.url !== undefined && names.includes(cite.url) ? cite.url : undefined;
  const text = (column: string | undefined, row: number) => {
    const value = column !== undefined ? dataset.table.get(column, row) : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return groupCitations(
    rows.flatMap((row) => {
      const source = text(cite.source, row);
      const url = text(urlColumn, row);
      return source !== undefined ? [{ rows: [row], source, ...(url !== undefined ? { url } : {}) }] : [];
    }),
  );
}

/**
 * Sources of several facts as one list: one entry per dataset file, rows in ascending order, no row
 * twice. Lines are kept when every row's line is known.
 */
export function mergeSources(lists: readonly (readonly FactSource[])[]): FactSource[] {
  const merged = new Map<string, [FactSource, ...FactSource[]]>();
  for (const source of lists.flat()) {
    const key = JSON.stringify([source.dataset, source.file]);
    const same = merged.get(key);
    merged.set(key, same !== undefined ? [...same, source] : [source]);
  }
  return [...merged.values()].map(mergeOne);
}

function mergeOne(sources: readonly [FactSource, ...FactSource[]]): FactSource {
  const [first] = sources;
  if (sources.length === 1) return first;
  const lineOf = new Map<number, number>();
  for (const { rows, lines } of sources) {
    if (lines?.length === rows.length) rows.forEach((row, i) => lineOf.set(row, lines[i] ?? 0));
  }
  const rows = [...new Set(sources.flatMap((source) => source.rows))].sort((a, b) => a - b);
  const lines = rows.flatMap((row) => {
    const line = lineOf.get(row);
    return line !== undefined ? [line] : [];
  });
  // Quotes follow the rows they come from, as nearly as the entries tell: earliest rows first.
  const byFirstRow = [...sources].sort((a, b) => Math.min(...a.rows) - Math.min(...b.rows));
  const quotes = unique(byFirstRow.flatMap((source) => source.quotes ?? []));
  const columns = unique(sources.flatMap((source) => source.columns ?? []));
  const citations = groupCitations(sources.flatMap((source) => source.citations ?? []));
  return {
    dataset: first.dataset,
    file: first.file,
    rows,
    ...(rows.length > 0 && lines.length === rows.length ? { lines } : {}),
    ...(quotes.length > 0 ? { quotes } : {}),
    ...(columns.length > 0 ? { columns } : {}),
    ...(citations.length > 0 ? { citations } : {}),
  };
}

/** Citations with the same source and link as one, rows in ascending order. */
function groupCitations(citations: readonly Citation[]): Citation[] {
  const groups = new Map<string, { citation: Citation; rows: Set<number> }>();
  for (const citation of citations) {
    const key = JSON.stringify([citation.source, citation.url]);
    const group = groups.get(key) ?? { citation, rows: new Set<number>() };
    for (const row of citation.rows) group.rows.add(row);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ citation, rows }) => ({ ...citation, rows: [...rows].sort((x, y) => x - y) }));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
