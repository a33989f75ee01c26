/** The benchmark's one table: each figure as a ratio to its baseline, raw numbers beside it, and the target. */

/** One line of the table. */
export interface Line {
  measure: string;
  /** Raw figure of copydesk (time, bytes, memory). */
  ours: string;
  /** Raw figure of the baseline. */
  baseline: string;
  /** copydesk ÷ baseline, as printed. */
  ratio: string;
  target: string;
  /** Whether the target holds; `undefined` for a line without one. */
  holds: boolean | undefined;
}

/** Milliseconds as `842 ms` or `3.41 s`. */
export const time = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
/** Kilobytes of memory as megabytes. */
export const memory = (kb: number) => `${Math.round(kb / 1024)} MB`;
/** Bytes as B, KB or MB. */
export const bytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
/** A ratio, with enough digits to read a small one. */
export const ratio = (r: number) => (r >= 0.1 ? `${r.toFixed(2)}×` : r >= 0.001 ? `${r.toFixed(4)}×` : `${r.toExponential(1)}×`);

/** The table as Markdown (readable in a terminal, pasted as is in the README). */
export function formatTable(lines: readonly Line[]): string {
  const rows = [
    ['measure', 'copydesk', 'baseline', 'ratio', 'target', 'holds'],
    ...lines.map((line) => [line.measure, line.ours, line.baseline, line.ratio, line.target, line.holds === undefined ? '' : line.holds ? 'yes' : 'NO']),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  const format = (row: readonly string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [format(rows[0] ?? []), rule, ...rows.slice(1).map(format)].join('\n');
}
