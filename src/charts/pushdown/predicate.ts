/**
 * Vega-Lite filter predicates as the vega expressions Vega-Lite compiles them to (predicate.ts's
 * `fieldFilterExpression`), and the parsing they imply for their fields. Predicates on time units,
 * with date-time objects, or naming a parameter are not translated: vega evaluates those.
 */

import * as msg from '../../messages/pushdown.js';
import { columnName } from '../field-name.js';
import { fieldColumn } from './field-column.js';
import type { ParseKind } from './query.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const COMPARISONS: Readonly<Record<string, string>> = { equal: '===', lt: '<', gt: '>', lte: '<=', gte: '>=' };

/** The vega expression of a Vega-Lite predicate, or why it is not pushed down. */
export function predicateExpression(predicate: unknown): string | { reason: string } {
  if (typeof predicate === 'string') return predicate;
  if (!isRecord(predicate)) return { reason: msg.unsupportedFilter(predicate) };
  for (const op of ['and', 'or'] as const) {
    const parts = predicate[op];
    if (Array.isArray(parts)) {
      const exprs = parts.map(predicateExpression);
      const refused = exprs.find((e): e is { reason: string } => typeof e !== 'string');
      return refused ?? exprs.map((e) => `(${e as string})`).join(op === 'and' ? ' && ' : ' || ');
    }
  }
  if ('not' in predicate) {
    const inner = predicateExpression(predicate['not']);
    return typeof inner === 'string' ? `!(${inner})` : inner;
  }
  return fieldExpression(predicate);
}

function fieldExpression(predicate: Json): string | { reason: string } {
  const field = predicate['field'];
  if (typeof field !== 'string' || 'timeUnit' in predicate) return { reason: msg.unsupportedFilter(predicate) };
  // Vega-Lite reads the field's column flat (`pop\.2020` is `datum["pop.2020"]`).
  const column = fieldColumn(field);
  if (typeof column !== 'string') return column;
  const f = `datum[${JSON.stringify(column)}]`;
  for (const [key, op] of Object.entries(COMPARISONS)) {
    if (key in predicate) {
      const value = literal(predicate[key]);
      return value === undefined ? { reason: msg.unsupportedFilter(predicate) } : `${f}${op}${value}`;
    }
  }
  const oneOf = predicate['oneOf'] ?? predicate['in'];
  if (Array.isArray(oneOf)) {
    const values = oneOf.map(literal);
    return values.includes(undefined) ? { reason: msg.unsupportedFilter(predicate) } : `indexof([${values.join(',')}], ${f}) !== -1`;
  }
  if ('valid' in predicate) {
    return predicate['valid'] === false ? `!isValid(${f}) || !isFinite(+${f})` : `isValid(${f}) && isFinite(+${f})`;
  }
  const range = predicate['range'];
  if (Array.isArray(range) && range.length === 2) {
    const [lower, upper] = range.map((v) => (v === null ? null : literal(v)));
    if (lower === undefined || upper === undefined) return { reason: msg.unsupportedFilter(predicate) };
    if (lower !== null && upper !== null) return `inrange(${f}, [${lower}, ${upper}])`;
    const parts = [...(lower !== null ? [`${f} >= ${lower}`] : []), ...(upper !== null ? [`${f} <= ${upper}`] : [])];
    return parts.length > 0 ? parts.join(' && ') : 'true';
  }
  return { reason: msg.unsupportedFilter(predicate) };
}

/** A number, string or boolean as expression text; `undefined` for a date-time object, a signal or an expression. */
function literal(value: unknown): string | undefined {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? JSON.stringify(value) : undefined;
}

/**
 * The parsing a field predicate implies (Vega-Lite's `getImplicitFromFilterTransform`): a field
 * compared with a number is parsed as numbers, with a string as strings. Falsy values imply nothing,
 * as in Vega-Lite.
 */
export function impliedParse(predicate: unknown): Map<string, ParseKind> {
  const implied = new Map<string, ParseKind>();
  const visit = (p: unknown): void => {
    if (!isRecord(p)) return;
    for (const op of ['and', 'or']) if (Array.isArray(p[op])) (p[op] as unknown[]).forEach(visit);
    if ('not' in p) visit(p['not']);
    const field = typeof p['field'] === 'string' ? columnName(p['field']) : undefined;
    if (field === undefined) return;
    const range = p['range'];
    const oneOf = p['oneOf'] ?? p['in'];
    const value = 'equal' in p ? p['equal'] : 'lte' in p ? p['lte'] : 'lt' in p ? p['lt'] : 'gt' in p ? p['gt'] : 'gte' in p ? p['gte']
      : Array.isArray(range) ? range[0] : Array.isArray(oneOf) ? oneOf[0] : undefined;
    if (value) {
      if (typeof value === 'number') implied.set(field, 'number');
      else if (typeof value === 'string') implied.set(field, 'string');
    }
  };
  visit(predicate);
  return implied;
}
