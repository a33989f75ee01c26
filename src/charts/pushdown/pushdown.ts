/**
 * Data pushdown: the aggregations, bins, time units, filters and calculations a chart's spec asks
 * vega to run over its inline rows are run ahead of time in Arquero, and only their result is
 * inlined — a chart over a million rows becomes a spec of a few hundred. The rewritten spec draws
 * the same SVG (test/charts/pushdown/ renders both ways to check). A spec that cannot be pushed down
 * is returned as it is, with the reason.
 */

import type { TopLevelSpec } from 'vega-lite';
import * as msg from '../../messages/pushdown.js';
import { vlField } from '../field-name.js';
import { asSpec } from '../spec-units.js';
import { analyseUnit, type UnitAnalysis } from './analyse-unit.js';
import { encodeRows } from './columns.js';
import { outputRows, runSteps, startState, type Evaluation, type State } from './evaluate-query.js';
import { fieldColumn } from './field-column.js';
import type { TitleConfig } from './field-title.js';
import { locateView } from './locate-view.js';
import { sameTitles } from './same-titles.js';
import { forkPipeline, parseFields, readParseKind, startPipeline, type Pipeline } from './pipeline.js';
import type { ParseKind, Step } from './query.js';
import { addTransforms } from './transform-steps.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Options for {@link pushdown}. */
export interface PushdownOptions {
  /** Chart id, named in the reasons given. */
  id: string;
}

/** What {@link pushdown} did. */
export interface PushdownResult {
  /** The spec to render and publish: rewritten when pushed down, else the input itself. */
  spec: TopLevelSpec;
  /** Whether the spec was rewritten. */
  pushed: boolean;
  /** Why it was not, when there was something to push down. Absent when there was nothing to do. */
  reason?: string;
  /** Rows the input spec inlines. */
  rowsIn: number;
  /** Rows the output spec inlines. */
  rowsOut: number;
}

/** One mark drawing the view's data, and what it became. */
interface DataUnit {
  index: number | undefined;
  analysis: UnitAnalysis;
  pipeline: Pipeline;
}

/**
 * Push a chart's transforms down to Arquero. The spec's data must be inline `values` of a single
 * view (a unit, a layer, or the one panel copydesk's frame makes); the rewritten spec inlines the
 * aggregated rows, reads precomputed fields under their old titles, and keeps time units and bins
 * (with the extent they were computed over) so that axes and tooltips read as before.
 *
 * @example
 * const {spec, pushed, reason, rowsOut} = pushdown(chart.spec, {id: 'incidents'});
 */
export function pushdown(spec: TopLevelSpec, { id }: PushdownOptions): PushdownResult {
  const json = spec as unknown as Json;
  const located = locateView(json);
  const rowsIn = 'values' in located ? located.values.length : 0;
  const unchanged = (reason?: string): PushdownResult => ({ spec, pushed: false, ...(reason === undefined ? {} : { reason: msg.notPushed(id, reason) }), rowsIn, rowsOut: rowsIn });
  if ('reason' in located) return unchanged(located.reason);
  const { view, data, values } = located;
  // vega wraps bare values (`[28, 55]`) as `{data: 28}`; pushdown reads rows of fields only.
  if (!values.every(isRecord)) return unchanged(msg.notRows());

  const shared = sourcePipeline(data);
  if ('reason' in shared) return unchanged(shared.reason);
  const config = (isRecord(json['config']) ? json['config'] : {}) as TitleConfig;
  const units = dataUnits(view, shared, config);
  if ('reason' in units) return unchanged(units.reason);
  if (units.length === 0) return unchanged();

  const reads = new Set([...shared.reads, ...units.flatMap((unit) => [...unit.pipeline.reads])]);
  const computes = [shared, ...units.map((u) => u.pipeline)].some((p) => p.steps.some((step) => step.type !== 'parse'));
  const kept = units.flatMap((unit) => unit.analysis.output);
  if (!computes && coversColumns(values, kept)) return unchanged();

  const source = encodeRows(values as object[], reads);
  const start = runSteps(startState(source.table, source.dictionaries), shared.steps);
  if ('reason' in start) return unchanged(start.reason);
  const groups = shareData(units);
  const results = new Map<DataUnit, Evaluation>();
  const datasets: { units: DataUnit[]; evaluation: Evaluation }[] = [];
  for (const group of groups) {
    const evaluation = evaluateGroup(start, group);
    if ('reason' in evaluation) return unchanged(evaluation.reason);
    group.forEach((unit) => results.set(unit, evaluation));
    datasets.push({ units: group, evaluation });
  }
  const rewritten = asSpec(located.place(rewriteView(view, { units, results, whole: datasets.length === 1 ? datasets[0] : undefined, name: data['name'] })));
  // Compiling is the one sure way to see how titles merge; it is needed only where they may.
  const layered = Array.isArray(view['layer']);
  const merges = units.some((unit) => unit.analysis.titleMerges || (layered && unit.analysis.titled));
  if (merges && !sameTitles(spec, rewritten)) return unchanged(msg.titlesMerge());
  const rowsOut = datasets.reduce((sum, d) => sum + d.evaluation.rows.length, 0);
  return { spec: rewritten, pushed: true, rowsIn, rowsOut };
}

/** The pipeline the data starts with: its explicit `format.parse`. */
function sourcePipeline(data: Json): Pipeline | { reason: string } {
  const format = isRecord(data['format']) ? data['format'] : {};
  if (format['parse'] === null || (format['type'] !== undefined && format['type'] !== 'json') || 'property' in format) return { reason: msg.dataFormat() };
  const explicit = new Map<string, ParseKind>();
  const unparsed: string[] = [];
  for (const [key, value] of Object.entries(isRecord(format['parse']) ? format['parse'] : {})) {
    // Keys are fields, escaped like an encoding's (`pop\.2020`).
    const field = fieldColumn(key);
    if (typeof field !== 'string') return field;
    // `null` keeps a field as it is (a pushed-down spec says so of its computed columns).
    if (value === null) {
      unparsed.push(field);
      continue;
    }
    const kind = readParseKind(value);
    if (kind === undefined) return { reason: msg.dataFormat() };
    explicit.set(field, kind);
  }
  const pipeline = startPipeline(new Map(unparsed.map((field) => [field, { kind: 'derived', explicit: true }])));
  parseFields(pipeline, explicit, { explicit: true });
  return pipeline;
}

/** The marks that draw the view's data (a layer's marks with data of their own are left alone). */
function dataUnits(view: Json, shared: Pipeline, config: TitleConfig): DataUnit[] | { reason: string } {
  if (!Array.isArray(view['layer'])) {
    const pipeline = forkPipeline(shared);
    const analysis = analyseUnit(view, pipeline, { config });
    return 'reason' in analysis ? analysis : [{ index: undefined, analysis, pipeline }];
  }
  const refused = addTransforms(shared, Array.isArray(view['transform']) ? view['transform'] : []);
  if (refused !== undefined) return refused;
  const inherited = isRecord(view['encoding']) ? view['encoding'] : {};
  const units: DataUnit[] = [];
  for (const [index, layer] of (view['layer'] as unknown[]).entries()) {
    if (!isRecord(layer)) return { reason: msg.composition() };
    if ('data' in layer) continue;
    if ('layer' in layer || !('mark' in layer)) return { reason: msg.nestedLayers() };
    const pipeline = forkPipeline(shared);
    const analysis = analyseUnit(layer, pipeline, { inherited, config });
    if ('reason' in analysis) return analysis;
    units.push({ index, analysis, pipeline });
  }
  return units;
}

/** Whether the kept columns include every column the rows have (then dropping columns gains nothing). */
function coversColumns(values: readonly unknown[], kept: readonly string[]): boolean {
  const columns = new Set<string>();
  // The first rows stand for the others: a miss only means that nothing is pushed down.
  for (const row of values.slice(0, 100)) if (isRecord(row)) Object.keys(row).forEach((key) => columns.add(key));
  return [...columns].every((column) => kept.includes(column));
}

/** Marks whose pipelines are the same step for step share one dataset. */
function shareData(units: readonly DataUnit[]): DataUnit[][] {
  const groups = new Map<string, DataUnit[]>();
  for (const unit of units) {
    const key = stepsKey(unit.pipeline.steps);
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  return [...groups.values()];
}

function stepsKey(steps: readonly Step[]): string {
  return JSON.stringify(steps, (key, value: unknown) => (key === 'expression' && isRecord(value) ? value['source'] : value));
}

function evaluateGroup(start: State, group: readonly DataUnit[]): Evaluation | { reason: string } {
  const [first] = group;
  if (first === undefined) return { rows: [], extents: new Map(), dates: new Set() };
  const state = runSteps(start, first.pipeline.steps);
  if ('reason' in state) return state;
  return outputRows(state, [...new Set(group.flatMap((unit) => unit.analysis.output))]);
}

/**
 * The inline data of a pushed-down dataset: dates are parsed back, nothing else is parsed again. The
 * parse is keyed by field, so a column is named escaped (`pop\.2020`), as the spec's fields name it.
 */
function inline(evaluation: Evaluation, name: unknown): Json {
  const columns = new Set(evaluation.rows.flatMap((row, i) => (i < 100 ? Object.keys(row) : [])));
  const parse = Object.fromEntries([...columns].map((column) => [vlField(column), evaluation.dates.has(column) ? 'date' : null]));
  return { ...(typeof name === 'string' ? { name } : {}), values: evaluation.rows, format: { parse } };
}

function rewriteView(
  view: Json,
  { units, results, whole, name }: { units: readonly DataUnit[]; results: Map<DataUnit, Evaluation>; whole: { evaluation: Evaluation } | undefined; name: unknown },
): Json {
  const { data: _data, transform: _transform, ...rest } = view;
  if (!Array.isArray(view['layer'])) {
    const [unit] = units;
    const evaluation = unit === undefined ? undefined : results.get(unit);
    if (unit === undefined || evaluation === undefined) return view;
    return { ...unit.analysis.rewrite(evaluation), data: inline(evaluation, name) };
  }
  const layer = (view['layer'] as unknown[]).map((child, index) => {
    const unit = units.find((u) => u.index === index);
    const evaluation = unit === undefined ? undefined : results.get(unit);
    if (unit === undefined || evaluation === undefined) return child;
    const rewritten = unit.analysis.rewrite(evaluation);
    return whole === undefined ? { ...rewritten, data: inline(evaluation, undefined) } : rewritten;
  });
  return { ...rest, ...(whole === undefined ? {} : { data: inline(whole.evaluation, name) }), layer };
}
