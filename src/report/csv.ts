import { ColumnTable, from, toCSV } from 'arquero';

const FORMULA = /^[=+\-@\t\r]/;

/**
 * Neutralise spreadsheet formulas: a downloaded cell that starts with `=`, `+`, `-`, `@` (or a tab or
 * carriage return) is prefixed with `'` so Excel and Sheets show it as text instead of running it.
 * Numbers are left alone (a negative number is data, not a formula).
 */
export function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA.test(value) ? `'${value}` : value;
}

function isoDay(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** Write a table or rows as CSV for download: ISO days for dates, formulas neutralised. */
export function toDownloadCSV(data: ColumnTable | readonly Record<string, unknown>[]): string {
  const table = data instanceof ColumnTable ? data : from([...data]);
  const format: Record<string, (value: unknown) => unknown> = {};
  for (const name of table.columnNames()) {
    format[name] = (value) => (value instanceof Date ? isoDay(value) : neutraliseFormula(value));
  }
  return `${toCSV(table, { format })}\n`;
}
