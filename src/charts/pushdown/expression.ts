/**
 * Vega expression strings (`"datum.year > 2000"`, a `calculate`'s formula) evaluated over table
 * columns, for the subset whose meaning is plain JavaScript: field reads, literals, operators and a
 * list of pure functions that mean here what they mean in vega. Anything else — a signal, a
 * parameter, `now()`, `random()`, a function not listed — cannot be evaluated ahead of time and is
 * refused, so that the spec is left for vega to evaluate.
 */

import { parseExpression } from 'vega-expression';
import * as msg from '../../messages/pushdown.js';
import { inrange, isArray, isBoolean, isDate, isNumber, isString, toBoolean, toDate, toNumber, toText } from './vega-helpers.js';

/** A value computed for row `i` of the table the expression was bound to. */
export type RowValue = (i: number) => unknown;

/** Reads a column of the current table (an empty column when it has none of that name). */
export type ColumnReader = (field: string) => ArrayLike<unknown>;

/** A parsed expression: the fields it reads, and a way to bind it to columns. */
export interface CompiledExpression {
  /** The expression as written. */
  source: string;
  fields: string[];
  bind(read: ColumnReader): RowValue;
}

/** Why an expression cannot be evaluated ahead of time. */
export interface Refusal {
  reason: string;
}

interface Node {
  type: string;
  [key: string]: unknown;
}

type Fn = (...args: unknown[]) => unknown;

const dateFn = (method: (date: Date) => number): Fn => (value) => method(new Date(value as number));
const text = (value: unknown) => String(value);
const sequence = (value: unknown): string | unknown[] => {
  if (Array.isArray(value) || typeof value === 'string') return value;
  throw new TypeError('indexof: not an array or string');
};

// The functions of vega's expression language whose result depends only on their arguments, as vega
// defines them (vega-expression's functions.js and vega-functions' codegen.js).
const FUNCTIONS: Readonly<Record<string, Fn>> = {
  isNaN: (x) => Number.isNaN(x),
  isFinite: (x) => Number.isFinite(x),
  abs: (x) => Math.abs(x as number),
  ceil: (x) => Math.ceil(x as number),
  floor: (x) => Math.floor(x as number),
  round: (x) => Math.round(x as number),
  sqrt: (x) => Math.sqrt(x as number),
  log: (x) => Math.log(x as number),
  exp: (x) => Math.exp(x as number),
  pow: (x, y) => Math.pow(x as number, y as number),
  min: (...xs) => Math.min(...(xs as number[])),
  max: (...xs) => Math.max(...(xs as number[])),
  clamp: (x, lo, hi) => Math.max(lo as number, Math.min(hi as number, x as number)),
  date: dateFn((d) => d.getDate()),
  day: dateFn((d) => d.getDay()),
  year: dateFn((d) => d.getFullYear()),
  month: dateFn((d) => d.getMonth()),
  hours: dateFn((d) => d.getHours()),
  minutes: dateFn((d) => d.getMinutes()),
  seconds: dateFn((d) => d.getSeconds()),
  milliseconds: dateFn((d) => d.getMilliseconds()),
  time: dateFn((d) => d.getTime()),
  utcdate: dateFn((d) => d.getUTCDate()),
  utcday: dateFn((d) => d.getUTCDay()),
  utcyear: dateFn((d) => d.getUTCFullYear()),
  utcmonth: dateFn((d) => d.getUTCMonth()),
  utchours: dateFn((d) => d.getUTCHours()),
  utcminutes: dateFn((d) => d.getUTCMinutes()),
  utcseconds: dateFn((d) => d.getUTCSeconds()),
  utcmilliseconds: dateFn((d) => d.getUTCMilliseconds()),
  utc: (...xs) => Date.UTC(...(xs as [number, number])),
  parseFloat: (x) => parseFloat(x as string),
  parseInt: (x, radix) => parseInt(x as string, radix as number | undefined),
  upper: (x) => text(x).toUpperCase(),
  lower: (x) => text(x).toLowerCase(),
  trim: (x) => text(x).trim(),
  length: (x) => (x as { length: unknown }).length,
  isValid: (x) => x != null && x === x,
  isString: (x) => isString(x),
  isNumber: (x) => isNumber(x),
  isBoolean: (x) => isBoolean(x),
  isDate: (x) => isDate(x),
  isArray: (x) => isArray(x),
  toNumber: (x) => toNumber(x),
  toString: (x: unknown) => toText(x),
  toBoolean: (x) => toBoolean(x),
  toDate: (x) => toDate(x),
  inrange: (x, range, left, right) => inrange(x, range as unknown[], left as boolean | undefined, right as boolean | undefined),
  indexof: (seq, ...args) => (sequence(seq) as unknown[]).indexOf(...(args as [unknown])),
  lastindexof: (seq, ...args) => (sequence(seq) as unknown[]).lastIndexOf(...(args as [unknown])),
};

const CONSTANTS: Readonly<Record<string, number>> = {
  NaN: Number.NaN, E: Math.E, LN2: Math.LN2, LN10: Math.LN10, LOG2E: Math.LOG2E, LOG10E: Math.LOG10E,
  PI: Math.PI, SQRT1_2: Math.SQRT1_2, SQRT2: Math.SQRT2, MIN_VALUE: Number.MIN_VALUE, MAX_VALUE: Number.MAX_VALUE,
};

type Binary = (a: unknown, b: unknown) => unknown;
// vega's `==` and `!=` are JavaScript's loose comparisons, kept as they are.
const BINARY: Readonly<Record<string, Binary>> = {
  '+': (a, b) => (a as number) + (b as number),
  '-': (a, b) => (a as number) - (b as number),
  '*': (a, b) => (a as number) * (b as number),
  '/': (a, b) => (a as number) / (b as number),
  '%': (a, b) => (a as number) % (b as number),
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '<': (a, b) => (a as number) < (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
};
const UNARY: Readonly<Record<string, (a: unknown) => unknown>> = {
  '-': (a) => -(a as number),
  '+': (a) => +(a as number),
  '!': (a) => !a,
};

/** A builder of a row function, once the columns are known. */
type Build = (read: ColumnReader) => RowValue;

/**
 * Parse a vega expression and check that it can be evaluated ahead of time. Returns the fields it
 * reads and a binder, or the reason it cannot be evaluated.
 *
 * @example
 * const expr = compileExpression('datum.year > 2000');
 * if (!('reason' in expr)) expr.bind((field) => table.array(field))(0);
 */
export function compileExpression(source: string): CompiledExpression | Refusal {
  let ast: Node;
  try {
    ast = parseExpression(source) as unknown as Node;
  } catch {
    return { reason: msg.expressionUnparsed(source) };
  }
  const fields = new Set<string>();
  const build = compileNode(ast, fields);
  if (typeof build === 'string') return { reason: msg.expressionUnsupported(source, build) };
  return { source, fields: [...fields], bind: build };
}

/** A builder, or what in the node cannot be evaluated ahead of time. */
function compileNode(node: Node, fields: Set<string>): Build | string {
  switch (node.type) {
    case 'Literal': {
      const value = node['value'];
      if (value instanceof RegExp) return 'a regular expression';
      return () => () => value;
    }
    case 'Identifier': {
      const name = String(node['name']);
      if (!Object.hasOwn(CONSTANTS, name)) return `"${name}"`;
      const value = CONSTANTS[name];
      return () => () => value;
    }
    case 'MemberExpression':
      return compileMember(node, fields);
    case 'ArrayExpression': {
      const elements = compileAll(node['elements'], fields);
      if (typeof elements === 'string') return elements;
      return (read) => {
        const bound = elements.map((build) => build(read));
        return (i) => bound.map((f) => f(i));
      };
    }
    case 'UnaryExpression': {
      const op = UNARY[String(node['operator'])];
      const argument = compileNode(node['argument'] as Node, fields);
      if (op === undefined) return `the operator ${String(node['operator'])}`;
      if (typeof argument === 'string') return argument;
      return (read) => {
        const a = argument(read);
        return (i) => op(a(i));
      };
    }
    case 'BinaryExpression': {
      const op = BINARY[String(node['operator'])];
      if (op === undefined) return `the operator ${String(node['operator'])}`;
      return pair(node, fields, (a, b) => (i) => op(a(i), b(i)));
    }
    case 'LogicalExpression': {
      const and = node['operator'] === '&&';
      if (!and && node['operator'] !== '||') return `the operator ${String(node['operator'])}`;
      return pair(node, fields, (a, b) => (and ? (i) => a(i) && b(i) : (i) => a(i) || b(i)));
    }
    case 'ConditionalExpression': {
      const parts = compileAll([node['test'], node['consequent'], node['alternate']], fields);
      if (typeof parts === 'string') return parts;
      return (read) => {
        const [test, yes, no] = parts.map((build) => build(read)) as [RowValue, RowValue, RowValue];
        return (i) => (test(i) ? yes(i) : no(i));
      };
    }
    case 'CallExpression':
      return compileCall(node, fields);
    default:
      return `a ${node.type}`;
  }
}

function compileAll(nodes: unknown, fields: Set<string>): Build[] | string {
  const builds: Build[] = [];
  for (const node of nodes as Node[]) {
    const build = compileNode(node, fields);
    if (typeof build === 'string') return build;
    builds.push(build);
  }
  return builds;
}

function pair(node: Node, fields: Set<string>, combine: (a: RowValue, b: RowValue) => RowValue): Build | string {
  const parts = compileAll([node['left'], node['right']], fields);
  if (typeof parts === 'string') return parts;
  const [left, right] = parts as [Build, Build];
  return (read) => combine(left(read), right(read));
}

/** `datum.field` or `datum["field"]`: one level deep, a nested path is not a column. */
function compileMember(node: Node, fields: Set<string>): Build | string {
  const object = node['object'] as Node;
  const property = node['property'] as Node;
  if (object.type !== 'Identifier' || object['name'] !== 'datum') return 'a nested field or a property of a value';
  const name = node['computed'] ? (property.type === 'Literal' ? property['value'] : undefined) : property['name'];
  if (typeof name !== 'string' && typeof name !== 'number') return 'a computed field name';
  const field = String(name);
  fields.add(field);
  return (read) => {
    const column = read(field);
    return (i) => column[i];
  };
}

function compileCall(node: Node, fields: Set<string>): Build | string {
  const callee = node['callee'] as Node;
  const name = callee.type === 'Identifier' ? String(callee['name']) : '';
  const args = compileAll(node['arguments'], fields);
  if (typeof args === 'string') return args;
  if (name === 'if' && args.length === 3) {
    return compileNode({ type: 'ConditionalExpression', test: (node['arguments'] as Node[])[0], consequent: (node['arguments'] as Node[])[1], alternate: (node['arguments'] as Node[])[2] }, fields);
  }
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (fn === undefined) return `the function ${name || '(computed)'}()`;
  return (read) => {
    const bound = args.map((build) => build(read));
    if (bound.length === 1) {
      const [a] = bound as [RowValue];
      return (i) => fn(a(i));
    }
    return (i) => fn(...bound.map((f) => f(i)));
  };
}
