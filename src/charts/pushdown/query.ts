/**
 * What pushdown computes for a chart, as data: the steps of a pipeline (the transforms Vega-Lite
 * would run, in its order) and the columns it yields. `analyseUnit` writes a query from a spec,
 * `evaluateQuery` runs it in Arquero.
 */

import type { BinSpec } from './bin.js';
import type { CompiledExpression } from './expression.js';
import type { Measure } from './measures.js';
import type { TimeUnitSpec } from './time-unit.js';

/** How Vega-Lite parses a field's values before using them (`format.parse`, or implied by the encoding). */
export type ParseKind = 'number' | 'boolean' | 'date' | 'string' | { specifier: string; utc: boolean };

/** One step of a pushed-down pipeline. */
export type Step =
  | { type: 'parse'; field: string; kind: ParseKind }
  | { type: 'filter'; expression: CompiledExpression }
  | { type: 'calculate'; expression: CompiledExpression; as: string }
  /** Bins `field` into `as` (start, and end unless not needed). `name` keys the extent used, which the rewritten spec needs. */
  | { type: 'bin'; field: string; bin: BinSpec; as: [string, string | undefined]; name: string }
  /** Floors `field` to its time unit into `as` (start, and end unless not needed). */
  | { type: 'timeUnit'; field: string; unit: TimeUnitSpec; as: [string, string | undefined] }
  /** Groups rows by `groupby` (output under `names`) and computes `measures`: one row per group. */
  | { type: 'aggregate'; groupby: string[]; names: string[]; measures: Measure[] };

/** A pipeline and the columns it outputs, in order. */
export interface Query {
  steps: Step[];
  output: string[];
}
