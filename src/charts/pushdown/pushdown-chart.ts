/**
 * Pushdown for a {@link Chart}: its spec pushed down, its download rows replaced by the rows the
 * chart now inlines, and the warnings a build prints — why a spec was left as it is, and a chart
 * still inlining more rows than a page should carry.
 */

import * as msg from '../../messages/pushdown.js';
import type { Chart } from '../chart.js';
import { isRecord, singleView } from '../spec-units.js';
import { pushdown } from './pushdown.js';

/** Options for {@link pushdownChart}. */
export interface PushdownChartOptions {
  /** Chart id, named in warnings. */
  id: string;
  /** Rows a chart may inline before a warning says how to aggregate. Default 5,000. */
  rowLimit?: number;
}

/** A chart after pushdown. */
export interface PushedChart {
  /** The chart to render and publish (the input itself when nothing was pushed down). */
  chart: Chart;
  pushed: boolean;
  /** Rows inlined before and after. */
  rowsIn: number;
  rowsOut: number;
  /** What a build should warn about, one line each. */
  warnings: string[];
}

/**
 * Push a chart's spec down (see {@link pushdown}). The chart's `data` — its CSV download — becomes the
 * rows the chart draws, so a reader can check the plotted numbers without a million-row file.
 *
 * @example
 * const {chart, warnings} = pushdownChart(cell.chart, {id: cell.id});
 */
export function pushdownChart(chart: Chart, { id, rowLimit = 5_000 }: PushdownChartOptions): PushedChart {
  const result = pushdown(chart.spec, { id });
  const warnings = [
    ...(result.reason !== undefined ? [result.reason] : []),
    ...(result.rowsOut > rowLimit ? [msg.tooManyRows(id, result.rowsOut, rowLimit)] : []),
  ];
  const pushed = result.pushed ? { ...chart, spec: result.spec, data: inlineRows(result.spec) } : chart;
  return { chart: pushed, pushed: result.pushed, rowsIn: result.rowsIn, rowsOut: result.rowsOut, warnings };
}

/** The rows a pushed-down spec inlines: its view's, or (each layer given its own) its layers' one after the other. */
function inlineRows(spec: unknown): Record<string, unknown>[] {
  const view = singleView(spec) ?? {};
  const rowsOf = (part: Record<string, unknown>) => {
    const data = part['data'];
    return isRecord(data) && Array.isArray(data['values']) ? data['values'].filter(isRecord) : undefined;
  };
  const layers = Array.isArray(view['layer']) ? view['layer'].filter(isRecord) : [];
  return rowsOf(view) ?? layers.flatMap((layer) => rowsOf(layer) ?? []);
}
