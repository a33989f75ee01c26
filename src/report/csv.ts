import { from, toCSV, type ColumnTable } from 'arquero';
import { isColumnTable } from '../data/is-column-table.js';

// A formula's first character, at the start of the cell or after a semicolon: a spreadsheet set to a
// semicolon-separated locale (most of Europe) splits `a;=1+1` into two cells, the second a formula.
const FORMULA = /(^|;)([=+\-@\t\r])/g;

/**
 * Neutralise spreadsheet formulas: a downloaded cell that starts with `=`, `+`, `-`, `@` (or a tab or
 * carriage return) is prefixed with `'` so Excel and Sheets show it as text instead of running it;
 * so is each such character right after a `;`, where a semicolon-locale spreadsheet starts a new cell.
 * Numbers are left alone (a negative number is data, not a formula).
 *
 * @example
 * neutraliseFormula('=1+1') // "'=1+1"
 * neutraliseFormula('a;=1+1') // "a;'=1+1"
 */
export function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(FORMULA, "$1'$2") : value;
}

function isoDay(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/**
 * Write a table or rows as CSV for download: ISO days for dates, formulas neutralised in the cells
 * and in the header (a column name comes from a hand-made file as easily as a value does).
 */
export function toDownloadCSV(data: ColumnTable | readonly Record<string, unknown>[]): string {
  const source = isColumnTable(data) ? data : from([...data]);
  const renames = Object.fromEntries(source.columnNames().map((name) => [name, String(neutraliseFormula(name))]));
  const table = source.rename(renames);
  const format: Record<string, (value: unknown) => unknown> = {};
  for (const name of table.columnNames()) {
    format[name] = (value) => (value instanceof Date ? isoDay(value) : neutraliseFormula(value));
  }
  // Arquero ends every line with a line break already; another would add an empty row.
  return toCSV(table, { format });
}
