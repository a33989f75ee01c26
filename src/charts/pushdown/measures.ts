/**
 * Aggregate measures computed per group with vega's own formulas (vega-transforms'
 * AggregateOps): the running (Welford) mean and deviation, `+v` sums, `<` comparisons for min and
 * max, and what counts as valid or missing. Arquero's `mean` is a sum divided by a count, whose last
 * bits differ; a bar drawn a pixel-fraction off is a different SVG, so the formulas are vega's.
 */

import { vegaHelpers } from './vega-helpers.js';

/** The aggregate operations pushdown computes. The others (`ci0`/`ci1` draw random samples, `argmin`/`argmax` and `values` return rows) are left to vega. */
export const MEASURE_OPS = [
  'count', 'valid', 'missing', 'distinct', 'sum', 'product', 'mean', 'average', 'variance', 'variancep',
  'stdev', 'stdevp', 'stderr', 'median', 'q1', 'q3', 'min', 'max',
] as const;

/** An aggregate operation pushdown computes. */
export type MeasureOp = (typeof MEASURE_OPS)[number];

/** Whether `op` is an operation pushdown computes. */
export function isMeasureOp(op: unknown): op is MeasureOp {
  return typeof op === 'string' && (MEASURE_OPS as readonly string[]).includes(op);
}

/** One measure: `op` over `field` (none for `count`), output as `as`. */
export interface Measure {
  op: MeasureOp;
  field: string | undefined;
  as: string;
}

/** Running state of the measures over one field in one group, as vega keeps it. */
interface Cell {
  valid: number;
  missing: number;
  sum: number;
  product: number;
  mean: number;
  dev: number;
  min: unknown;
  max: unknown;
  values: unknown[] | undefined;
}

const STORED: ReadonlySet<MeasureOp> = new Set(['distinct', 'median', 'q1', 'q3']);

/** The value of row `i` of a column. */
export type ValueAt = (i: number) => unknown;

/**
 * The measures of each group. `groups[i]` is the group of row `i`; `size` the number of groups;
 * `read` gives a column's values by row. Returns one array of values per measure, indexed by group.
 */
export function computeMeasures(
  measures: readonly Measure[],
  { groups, size, read }: { groups: Uint32Array; size: number; read: (field: string) => ValueAt },
): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const counts = countRows(groups, size);
  const fields = [...new Set(measures.filter((m) => m.op !== 'count').map((m) => m.field ?? ''))];
  const cellsByField = new Map<string, Cell[]>();
  for (const field of fields) {
    const store = measures.some((m) => m.field === field && STORED.has(m.op));
    cellsByField.set(field, accumulate(read(field), groups, size, store));
  }
  for (const measure of measures) {
    const cells = cellsByField.get(measure.field ?? '');
    const { op } = measure;
    out.set(measure.as, op === 'count' || cells === undefined ? Array.from(counts) : cells.map((cell) => valueOf(op, cell)));
  }
  return out;
}

function countRows(groups: Uint32Array, size: number): Uint32Array {
  const counts = new Uint32Array(size);
  for (let i = 0; i < groups.length; i++) counts[groups[i] ?? 0]! += 1;
  return counts;
}

function accumulate(valueAt: ValueAt, groups: Uint32Array, size: number, store: boolean): Cell[] {
  const cells: Cell[] = Array.from({ length: size }, () => ({
    valid: 0, missing: 0, sum: 0, product: 1, mean: 0, dev: 0, min: undefined, max: undefined, values: store ? [] : undefined,
  }));
  for (let i = 0; i < groups.length; i++) {
    const cell = cells[groups[i] ?? 0] as Cell;
    const v = valueAt(i);
    // vega's TupleStore keeps every tuple of the group, missing values included.
    cell.values?.push(v);
    if (v == null || v === '') {
      cell.missing += 1;
      continue;
    }
    if (v !== v) continue;
    cell.valid += 1;
    const x = v as number;
    cell.sum += +x;
    cell.product *= x;
    const d = x - cell.mean;
    cell.mean += d / cell.valid;
    cell.dev += d * (x - cell.mean);
    if ((v as number) < (cell.min as number) || cell.min === undefined) cell.min = v;
    if ((v as number) > (cell.max as number) || cell.max === undefined) cell.max = v;
  }
  return cells;
}

function valueOf(op: Exclude<MeasureOp, 'count'>, m: Cell): unknown {
  const dev = Math.max(0, m.dev);
  switch (op) {
    case 'valid':
      return m.valid;
    case 'missing':
      return m.missing;
    case 'sum':
      return m.valid ? m.sum : undefined;
    case 'product':
      return m.valid ? m.product : undefined;
    case 'mean':
    case 'average':
      return m.valid ? m.mean : undefined;
    case 'variance':
      return m.valid > 1 ? dev / (m.valid - 1) : undefined;
    case 'variancep':
      return m.valid ? dev / m.valid : undefined;
    case 'stdev':
      return m.valid > 1 ? Math.sqrt(dev / (m.valid - 1)) : undefined;
    case 'stdevp':
      return m.valid ? Math.sqrt(dev / m.valid) : undefined;
    case 'stderr':
      return m.valid > 1 ? Math.sqrt(dev / (m.valid * (m.valid - 1))) : undefined;
    case 'min':
      return m.min;
    case 'max':
      return m.max;
    case 'distinct':
      return new Set((m.values ?? []).map((v) => `${String(v)}`)).size;
    case 'median':
      return vegaHelpers.quartiles(m.values ?? [])[1];
    case 'q1':
      return vegaHelpers.quartiles(m.values ?? [])[0];
    case 'q3':
      return vegaHelpers.quartiles(m.values ?? [])[2];
  }
}
