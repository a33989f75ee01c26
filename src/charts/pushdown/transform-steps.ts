/**
 * A Vega-Lite `transform` array turned into pipeline steps, transform by transform, with the
 * parsing Vega-Lite adds around them. Filters, calculations, bins, time units and aggregates are
 * pushed down; any other transform (window, lookup, fold, …) is refused with its name. A transform's
 * `field` and `groupby` name columns as encodings do, escaped (`pop\.2020`); its `as` names the
 * column it makes as it is.
 */

import * as msg from '../../messages/pushdown.js';
import { readBin } from './bin.js';
import { compileExpression } from './expression.js';
import { fieldColumn, madeColumns } from './field-column.js';
import { isMeasureOp, type Measure } from './measures.js';
import { parseFields, produce, push, read, type Pipeline } from './pipeline.js';
import { impliedParse, predicateExpression } from './predicate.js';
import { readTimeUnit } from './time-unit.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Add the steps of `transforms` to `pipeline`; the reason when one cannot be pushed down. */
export function addTransforms(pipeline: Pipeline, transforms: readonly unknown[]): { reason: string } | undefined {
  for (const transform of transforms) {
    const refused = isRecord(transform) ? addTransform(pipeline, transform) : { reason: msg.unsupportedTransform('?') };
    if (refused !== undefined) return refused;
  }
  return undefined;
}

function addTransform(pipeline: Pipeline, t: Json): { reason: string } | undefined {
  if ('filter' in t) return addFilter(pipeline, t['filter']);
  if ('calculate' in t) {
    const expression = compileExpression(String(t['calculate']));
    if ('reason' in expression) return expression;
    if (typeof t['as'] !== 'string') return { reason: msg.unsupportedTransform('calculate') };
    const made = madeColumns([t['as']]);
    if (made !== undefined) return made;
    read(pipeline, expression.fields);
    push(pipeline, { type: 'calculate', expression, as: t['as'] });
    produce(pipeline, [t['as']]);
    return undefined;
  }
  if ('bin' in t) return addBin(pipeline, t);
  if ('timeUnit' in t) return addTimeUnit(pipeline, t);
  if ('aggregate' in t) return addAggregate(pipeline, t);
  const name = Object.keys(t).find((key) => key !== 'as') ?? '?';
  return { reason: msg.unsupportedTransform(name) };
}

function addFilter(pipeline: Pipeline, predicate: unknown): { reason: string } | undefined {
  if (isRecord(predicate) && ('param' in predicate || 'selection' in predicate)) return { reason: msg.selectionFilter() };
  const source = predicateExpression(predicate);
  if (typeof source !== 'string') return source;
  const expression = compileExpression(source);
  if ('reason' in expression) return expression;
  parseFields(pipeline, impliedParse(predicate));
  read(pipeline, expression.fields);
  push(pipeline, { type: 'filter', expression });
  return undefined;
}

function addBin(pipeline: Pipeline, t: Json): { reason: string } | undefined {
  const bin = readBin(t['bin']);
  if ('reason' in bin) return bin;
  const { as } = t;
  if ('binned' in bin || typeof t['field'] !== 'string') return { reason: msg.unsupportedTransform('bin') };
  const field = fieldColumn(t['field']);
  if (typeof field !== 'string') return field;
  const names: [string, string] | undefined = typeof as === 'string' ? [as, `${as}_end`]
    : Array.isArray(as) && typeof as[0] === 'string' && typeof as[1] === 'string' ? [as[0], as[1]] : undefined;
  if (names === undefined) return { reason: msg.unsupportedTransform('bin') };
  const made = madeColumns(names);
  if (made !== undefined) return made;
  read(pipeline, [field]);
  push(pipeline, { type: 'bin', field, bin, as: names, name: names[0] });
  produce(pipeline, names, 'number');
  return undefined;
}

function addTimeUnit(pipeline: Pipeline, t: Json): { reason: string } | undefined {
  const unit = readTimeUnit(t['timeUnit']);
  if ('reason' in unit) return unit;
  const { as } = t;
  if (unit.binned || typeof t['field'] !== 'string' || typeof as !== 'string') return { reason: msg.unsupportedTransform('timeUnit') };
  const field = fieldColumn(t['field']);
  if (typeof field !== 'string') return field;
  const made = madeColumns([as, `${as}_end`]);
  if (made !== undefined) return made;
  // Vega-Lite parses a time unit's field as dates unless it was parsed already, whichever way.
  if (!pipeline.parsed.has(field)) parseFields(pipeline, new Map([[field, 'date']]));
  read(pipeline, [field]);
  push(pipeline, { type: 'timeUnit', field, unit, as: [as, `${as}_end`] });
  produce(pipeline, [as, `${as}_end`], 'date');
  return undefined;
}

function addAggregate(pipeline: Pipeline, t: Json): { reason: string } | undefined {
  const items = Array.isArray(t['aggregate']) ? t['aggregate'] : [];
  const fields = Array.isArray(t['groupby']) ? t['groupby'] : [];
  if (!fields.every((field): field is string => typeof field === 'string')) return { reason: msg.unsupportedTransform('aggregate') };
  const groupby: string[] = [];
  for (const field of fields) {
    const column = fieldColumn(field);
    if (typeof column !== 'string') return column;
    groupby.push(column);
  }
  const measures: Measure[] = [];
  for (const item of items) {
    if (!isRecord(item)) return { reason: msg.unsupportedTransform('aggregate') };
    const { op, as } = item;
    if (!isMeasureOp(op)) return { reason: msg.unsupportedOp(String(op)) };
    const field = typeof item['field'] === 'string' ? fieldColumn(item['field']) : undefined;
    if (typeof field === 'object') return field;
    // Vega-Lite names an unnamed measure after its op and its field's column (`mean_pop.2020`).
    const name = typeof as === 'string' ? as : field !== undefined ? `${op}_${field}` : op;
    measures.push({ op, field: op === 'count' ? undefined : field, as: name });
  }
  // Grouping columns keep their names: only the measures are new.
  const made = madeColumns(measures.map((m) => m.as));
  if (made !== undefined) return made;
  read(pipeline, [...groupby, ...measures.map((m) => m.field)]);
  push(pipeline, { type: 'aggregate', groupby, names: groupby, measures });
  // After an aggregate only its outputs exist.
  pipeline.produced.clear();
  pipeline.sealed = true;
  produce(pipeline, [...groupby, ...measures.map((m) => m.as)], 'number');
  return undefined;
}
