/**
 * One mark of a chart read for pushdown: its transforms and the parsing, binning, time units and
 * aggregation its encoding asks for become pipeline steps, and the rewritten mark reads their
 * result. An aggregated mark keeps an aggregate over the precomputed column (`sum` of a sum, `min`
 * of a minimum: one row per group, so the value is unchanged) so that Vega-Lite treats it as the
 * aggregated chart it was — same stacking, orientation, opacity and sort — and titles it as before.
 */

import * as msg from '../../messages/pushdown.js';
import { autoMaxBins, readBin, type BinSpec } from './bin.js';
import { channelDefs, isTimeFormatted, type ChannelDef } from './channel-defs.js';
import type { Evaluation } from './evaluate-query.js';
import { defaultTitle, type TitleConfig } from './field-title.js';
import { isMeasureOp, type Measure, type MeasureOp } from './measures.js';
import { parseFields, push, read, type Pipeline } from './pipeline.js';
import type { ParseKind } from './query.js';
import { readTimeUnit } from './time-unit.js';
import { addTransforms } from './transform-steps.js';
import { isRecord } from '../spec-units.js';
import { checkSorts, sortColumn, sortField, type Dimension } from './check-sorts.js';
import { vlField } from '../field-name.js';

type Json = Record<string, unknown>;

/** A mark read for pushdown. */
export interface UnitAnalysis {
  /** Columns the pipeline outputs, in order. */
  output: string[];
  /** Whether the mark aggregates (its rows become one per group). */
  aggregated: boolean;
  /** Whether a rewritten channel carries a title it used to take by default. */
  titled: boolean;
  /** Whether such a title shares its axis or legend with another field of the mark (then it may merge otherwise). */
  titleMerges: boolean;
  /** The mark rewritten to read the pipeline's result: transforms gone, encoding adjusted, no data. */
  rewrite(evaluation: Evaluation): Json;
}

/** Options for {@link analyseUnit}. */
export interface AnalyseUnitOptions {
  /** The encoding the mark inherits from its layer. */
  inherited?: Json;
  /** The spec's config, for default titles. */
  config?: TitleConfig;
}

const COMPOSITE_MARKS = new Set(['boxplot', 'errorbar', 'errorband']);
const PATH_MARKS = new Set(['line', 'area', 'trail']);
// The op that re-aggregates one precomputed row to itself, and adds up across rows where the original adds up.
const REAGGREGATE: Readonly<Record<MeasureOp, 'sum' | 'min' | 'max'>> = {
  count: 'sum', valid: 'sum', missing: 'sum', distinct: 'sum', sum: 'sum', product: 'sum', mean: 'sum', average: 'sum',
  variance: 'sum', variancep: 'sum', stdev: 'sum', stdevp: 'sum', stderr: 'sum', median: 'sum', q1: 'sum', q3: 'sum', min: 'min', max: 'max',
};
// Ops that give a single value back unchanged (`mean` of one value is that value, exactly).
const SAME_OP: ReadonlySet<string> = new Set(['sum', 'product', 'mean', 'average', 'median', 'q1', 'q3', 'min', 'max']);
const COUNTING: ReadonlySet<string> = new Set(['count', 'valid', 'missing', 'distinct']);

/**
 * Read one mark (`unit`: its own spec) into `pipeline`, which already holds its data's parsing and
 * any steps of the layers above it. Returns how to rewrite the mark, or why it is not pushed down.
 */
export function analyseUnit(unit: Json, pipeline: Pipeline, { inherited = {}, config = {} }: AnalyseUnitOptions = {}): UnitAnalysis | { reason: string } {
  const markDef = isRecord(unit['mark']) ? unit['mark'] : { type: unit['mark'] };
  const mark = String(markDef['type']);
  if (COMPOSITE_MARKS.has(mark) || mark === 'geoshape') return { reason: msg.unsupportedMark(mark) };
  if ('params' in unit) return { reason: msg.hasParams() };
  if (isRecord(markDef['tooltip']) && markDef['tooltip']['content'] === 'data') return { reason: msg.tooltipData() };
  const refusedTransform = addTransforms(pipeline, Array.isArray(unit['transform']) ? unit['transform'] : []);
  if (refusedTransform !== undefined) return refusedTransform;

  const encoding = { ...inherited, ...(isRecord(unit['encoding']) ? unit['encoding'] : {}) };
  const defs = channelDefs(encoding);
  const refusedDef = defs.map(checkDef).find((reason) => reason !== undefined);
  if (refusedDef !== undefined) return { reason: refusedDef };
  parseFields(pipeline, impliedByEncoding(defs, { mark, markDef, encoding }));

  const aggregated = defs.some((entry) => entry.def['aggregate'] !== undefined);
  const rest = Object.fromEntries(Object.entries(unit).filter(([key]) => key !== 'transform' && key !== 'data' && key !== 'encoding'));
  if (!aggregated) {
    const output = [...new Set(defs.flatMap((entry) => [entry.field, sortField(entry.def)]).filter((f): f is string => f !== undefined))];
    read(pipeline, output);
    return { output, aggregated, titled: false, titleMerges: false, rewrite: () => ({ ...rest, ...(isRecord(unit['encoding']) ? { encoding: unit['encoding'] } : {}) }) };
  }
  return aggregateUnit(defs, pipeline, { encoding, rest, config, ownEncoding: isRecord(unit['encoding']) ? unit['encoding'] : {} });
}

/** Why a channel definition is not pushed down, or `undefined`. */
function checkDef({ def, refused, channel }: ChannelDef): string | undefined {
  if ('condition' in def) return msg.conditionalEncoding(channel);
  if ('impute' in def) return msg.imputeEncoding(channel);
  if (def['field'] !== undefined && typeof def['field'] !== 'string') return msg.nonStringField(channel);
  if (refused !== undefined) return refused;
  const sort = sortColumn(def);
  if (typeof sort === 'object') return sort.reason;
  if (def['type'] === 'geojson' || channel === 'latitude' || channel === 'longitude' || channel === 'latitude2' || channel === 'longitude2') return msg.geoEncoding();
  const aggregate = def['aggregate'];
  if (aggregate !== undefined && !isMeasureOp(aggregate)) return msg.unsupportedOp(typeof aggregate === 'string' ? aggregate : JSON.stringify(aggregate));
  if (aggregate !== undefined && (def['bin'] !== undefined || def['timeUnit'] !== undefined)) return msg.aggregateOfDerived(channel);
  const scale = def['scale'];
  if (isRecord(scale) && (scale['domain'] === 'unaggregated' || isRecord(scale['range']))) return msg.scaleFromData(channel);
  return undefined;
}

/** The parsing Vega-Lite implies from an encoding (formatparse.ts's `getImplicitFromEncoding`). */
function impliedByEncoding(defs: readonly ChannelDef[], { mark, markDef, encoding }: { mark: string; markDef: Json; encoding: Json }): Map<string, ParseKind> {
  const implied = new Map<string, ParseKind>();
  for (const entry of defs) {
    if (entry.field === undefined) continue;
    if (isTimeFormatted(entry)) implied.set(entry.field, 'date');
    else if (entry.type === 'quantitative' && (entry.def['aggregate'] === 'min' || entry.def['aggregate'] === 'max')) implied.set(entry.field, 'number');
  }
  // Path marks sort their points along a quantitative dimension, so Vega-Lite parses it as numbers.
  if (PATH_MARKS.has(mark) && encoding['order'] === undefined) {
    const dimension = defs.find((entry) => entry.channel === (markDef['orient'] === 'horizontal' ? 'y' : 'x') && entry.index === undefined);
    if (dimension?.field !== undefined && dimension.type === 'quantitative' && !implied.has(dimension.field)) implied.set(dimension.field, 'number');
  }
  return implied;
}

/** An aggregated mark: its grouping fields and measures become one rollup step, its encoding reads the result. */
function aggregateUnit(
  defs: readonly ChannelDef[],
  pipeline: Pipeline,
  { encoding, ownEncoding, rest, config }: { encoding: Json; ownEncoding: Json; rest: Json; config: TitleConfig },
): UnitAnalysis | { reason: string } {
  const dims = new Map<string, Dimension>();
  for (const entry of defs) {
    if (entry.def['aggregate'] !== undefined || entry.field === undefined) continue;
    const dim = dimensionOf(entry, pipeline);
    if ('reason' in dim) return dim;
    const known = dims.get(dim.name);
    if (known !== undefined && known.derivation !== dim.derivation) return { reason: msg.fieldTwoWays(dim.name) };
    if (known === undefined) dims.set(dim.name, dim);
  }
  const columns = measureColumns(defs, dims);
  const measures = [...columns.values()].map(({ measure }) => measure);
  const groupby = [...dims.values()];
  read(pipeline, [...groupby.map((d) => d.column), ...measures.map((m) => m.field)]);
  push(pipeline, { type: 'aggregate', groupby: groupby.map((d) => d.column), names: groupby.map((d) => d.name), measures });
  pipeline.sealed = true;

  const sorts = checkSorts(defs, groupby);
  if (sorts !== undefined) return { reason: sorts };
  const output = [...groupby.map((d) => d.name), ...measures.map((m) => m.as)];
  const titledDefs = defs.filter(({ def, field }) => isMeasureOp(def['aggregate']) && def['title'] === undefined && columns.get(measureKey(def['aggregate'], field))?.titled === true);
  const titled = titledDefs.length > 0;
  const titleMerges = titledDefs.some((entry) => sharesGuide(entry, defs));
  const rewrite = (evaluation: Evaluation): Json => {
    const rewritten: Json = {};
    for (const [channel, value] of Object.entries(encoding)) {
      if (!(channel in ownEncoding) && !defs.some((d) => d.channel === channel && rewrites(d))) continue;
      const context = { dims, columns, evaluation, config };
      rewritten[channel] = Array.isArray(value)
        ? value.map((def, index) => rewriteDef(defs.find((d) => d.channel === channel && d.index === index), def, context))
        : rewriteDef(defs.find((d) => d.channel === channel && d.index === undefined), value, context);
    }
    return { ...rest, encoding: { ...ownEncoding, ...rewritten } };
  };
  return { output, aggregated: true, titled, titleMerges, rewrite };
}

// Channels drawn on one axis, and channels whose legends Vega-Lite may merge.
const PAIRED: Readonly<Record<string, string>> = { x: 'x2', x2: 'x', y: 'y2', y2: 'y', theta: 'theta2', theta2: 'theta', radius: 'radius2', radius2: 'radius' };
const LEGENDS = new Set(['color', 'fill', 'stroke', 'size', 'shape', 'opacity', 'fillOpacity', 'strokeOpacity', 'strokeWidth', 'strokeDash']);

/** Whether a channel's title is merged with another field's: its axis partner's, or another legend's. */
function sharesGuide(entry: ChannelDef, defs: readonly ChannelDef[]): boolean {
  const drawsField = (other: ChannelDef) => other !== entry && (other.field !== undefined || other.def['aggregate'] !== undefined);
  const partner = PAIRED[entry.channel];
  if (partner !== undefined) return defs.some((other) => other.channel === partner && drawsField(other));
  return LEGENDS.has(entry.channel) && defs.some((other) => LEGENDS.has(other.channel) && drawsField(other));
}

/** Where a measure goes: the column holding it, and how the rewritten channel reads it. */
interface MeasureColumn {
  measure: Measure;
  /** The aggregate the rewritten channel applies to the column (one row per group: the value stays). */
  reaggregate: string;
  /** Whether the channel needs its old title written out (its column is not named after the field). */
  titled: boolean;
}

/**
 * Columns for the measures, keyed by `op field`. A measure whose op gives back a single value
 * unchanged (`sum`, `mean`, `min`, …) is stored under its field's own name and re-aggregated with
 * the same op: Vega-Lite then titles it exactly as before, in axes merged across layers too. Counts
 * and the others (a count of one row is 1) are stored as Vega-Lite names them (`__count`,
 * `stdev_x`), summed, and titled explicitly.
 */
function measureColumns(defs: readonly ChannelDef[], dims: ReadonlyMap<string, Dimension>): Map<string, MeasureColumn> {
  const columns = new Map<string, MeasureColumn>();
  const byField = new Map<string, Set<string>>();
  for (const { def, field } of defs) {
    if (isMeasureOp(def['aggregate']) && def['aggregate'] !== 'count' && field !== undefined) byField.set(field, new Set([...(byField.get(field) ?? []), def['aggregate']]));
  }
  for (const { def, field } of defs) {
    const op = def['aggregate'];
    if (!isMeasureOp(op)) continue;
    const key = measureKey(op, field);
    if (columns.has(key)) continue;
    const own = op !== 'count' && field !== undefined && SAME_OP.has(op) && !dims.has(field) && byField.get(field)?.size === 1;
    const as = own ? field : op === 'count' ? '__count' : `${op}_${field ?? ''}`;
    columns.set(key, { measure: { op, field: op === 'count' ? undefined : field, as }, reaggregate: own ? op : REAGGREGATE[op], titled: !own });
  }
  return columns;
}

const measureKey = (op: string, field: string | undefined) => (op === 'count' ? 'count' : `${op} ${field ?? ''}`);

/** Whether a definition changes in the rewrite (one inherited from the layer is then written into the mark). */
function rewrites({ def }: ChannelDef): boolean {
  return def['aggregate'] !== undefined || (def['bin'] !== undefined && def['bin'] !== 'binned' && !(isRecord(def['bin']) && def['bin']['binned'] === true));
}

function dimensionOf({ def, field = '', channel, type }: ChannelDef, pipeline: Pipeline): Dimension | { reason: string } {
  const bin = def['bin'];
  if (bin !== undefined && bin !== false && bin !== null) {
    const spec = readBin(bin, { maxbins: autoMaxBins(channel) });
    if ('reason' in spec) return spec;
    if (!('binned' in spec)) {
      if (type === 'temporal') return { reason: msg.binnedDates(field) };
      const derivation = `bin ${JSON.stringify(spec)}`;
      const column = `\u0000bin ${channel} ${field}`;
      push(pipeline, { type: 'bin', field, bin: spec, as: [column, undefined], name: column });
      read(pipeline, [field]);
      return { column, name: field, derivation, bin: { spec, step: column } };
    }
  }
  const timeUnit = def['timeUnit'];
  if (timeUnit !== undefined) {
    const unit = readTimeUnit(timeUnit);
    if ('reason' in unit) return unit;
    if (!unit.binned) {
      const column = `\u0000time ${channel} ${field}`;
      push(pipeline, { type: 'timeUnit', field, unit, as: [column, undefined] });
      read(pipeline, [field]);
      return { column, name: field, derivation: `time ${JSON.stringify(unit)}` };
    }
  }
  return { column: field, name: field, derivation: 'field' };
}

function rewriteDef(
  entry: ChannelDef | undefined,
  value: unknown,
  { dims, columns, evaluation, config }: { dims: Map<string, Dimension>; columns: Map<string, MeasureColumn>; evaluation: Evaluation; config: TitleConfig },
): unknown {
  if (entry === undefined || !isRecord(value)) return value;
  const { def, field } = entry;
  const aggregate = def['aggregate'];
  if (isMeasureOp(aggregate)) {
    const column = columns.get(measureKey(aggregate, field));
    if (column === undefined) return def;
    return {
      ...def,
      aggregate: column.reaggregate,
      // A measure stored under its field's name is read as the spec spelled the field (a default title is
      // that text); one stored under a name of its own (`stdev_pop.2020`), by the name escaped.
      field: column.measure.as === field ? def['field'] : vlField(column.measure.as),
      ...(column.titled && def['title'] === undefined ? { title: defaultTitle(def, config) } : {}),
      // Vega-Lite makes counts quantitative whatever type they were given.
      ...(COUNTING.has(aggregate) && def['type'] !== undefined ? { type: 'quantitative' } : {}),
    };
  }
  const dim = field === undefined ? undefined : dims.get(field);
  const extent = dim?.bin === undefined ? undefined : evaluation.extents.get(dim.bin.step);
  if (dim?.bin === undefined || extent === undefined || dim.bin.spec.extent !== undefined) return def;
  // The bins are drawn from the data's extent: over precomputed rows it is given.
  return { ...def, bin: { ...(isRecord(def['bin']) ? def['bin'] : {}), extent } };
}
