import type { ColumnTable } from 'arquero';
import type { Dataset } from '../data/dataset.js';
import type { Fact } from '../facts/fact.js';
import type { Chart } from '../charts/chart.js';
import { toMarkdown, type Markdown } from './md.js';

/** Prose: Markdown with live facts. */
export interface ProseCell { type: 'prose'; id: string; text: Markdown }
/** A box of key figures, each a fact with its label. */
export interface FactBoxCell { type: 'facts'; id: string; title?: string; facts: readonly Fact[] }
/** How a table column is shown. */
export interface TableColumn {
  /** Header text (defaults to the column name). */
  label?: string;
  /** Format a value for print (defaults: numbers with grouping, dates as "June 24, 2024"). */
  format?: (value: unknown) => string;
  align?: 'left' | 'right';
}
/** A data table from an Arquero table or a dataset. */
export interface TableCell {
  type: 'table';
  id: string;
  title?: string;
  caption?: string | Markdown;
  data: Dataset | ColumnTable;
  /** Which columns to show, in order, and how; all columns when absent. */
  columns?: Readonly<Record<string, TableColumn | string>>;
}
/** A chart built with `bar`, `timeline`, `compare` or `rawChart`. */
export interface ChartCell { type: 'chart'; id: string; chart: Chart }
/** An aside: methodology, caveats, corrections. */
export interface NoteCell { type: 'note'; id: string; title?: string; text: Markdown }
/** Where the claims ledger (the fact check) is placed. */
export interface FactCheckCell { type: 'fact-check'; id: string; title?: string; intro?: Markdown }

/** One cell of a report, in reading order. */
export type Cell = ProseCell | FactBoxCell | TableCell | ChartCell | NoteCell | FactCheckCell;

/**
 * A paragraph (or several) of prose. Use the `md` tag to put live facts in it.
 * @example prose('lede', md`Kenya has sent ${total} officers to Haiti.`)
 */
export function prose(id: string, text: string | Markdown): ProseCell {
  return { type: 'prose', id, text: toMarkdown(text) };
}

/** A box of key figures. */
export function factBox(id: string, facts: readonly Fact[], { title }: { title?: string } = {}): FactBoxCell {
  return { type: 'facts', id, facts, ...(title === undefined ? {} : { title }) };
}

/** Options for {@link table}. */
export type TableOptions = Omit<TableCell, 'type' | 'id' | 'data'>;

/** A formatted data table. */
export function table(id: string, data: Dataset | ColumnTable, options: TableOptions = {}): TableCell {
  return { type: 'table', id, data, ...options };
}

/** A chart. Its id names the files written for it (`charts/<id>.svg`). */
export function chart(id: string, built: Chart): ChartCell {
  return { type: 'chart', id, chart: built };
}

/** An aside in a box: method, caveats. */
export function note(id: string, text: string | Markdown, { title }: { title?: string } = {}): NoteCell {
  return { type: 'note', id, text: toMarkdown(text), ...(title === undefined ? {} : { title }) };
}

/** Place the fact-check ledger here (the claims declared on the report). */
export function factCheck(id = 'fact-check', { title, intro }: { title?: string; intro?: string | Markdown } = {}): FactCheckCell {
  return { type: 'fact-check', id, ...(title === undefined ? {} : { title }), ...(intro === undefined ? {} : { intro: toMarkdown(intro) }) };
}
