/**
 * A pipeline being written from a spec: the steps so far, which fields Vega-Lite has parsed (and
 * how), which fields the steps made, and which fields they read from the incoming data. Vega-Lite
 * parses a field once, where it is first needed (explicit `format.parse` at the source, a filter's
 * implied parse just before it, the encoding's after the transforms); the pipeline does the same.
 */

import type { ParseKind, Step } from './query.js';

/** How a field was parsed: by `format.parse` (explicit), implied, or made by a transform (derived). */
export interface Parsed {
  kind: ParseKind | 'derived';
  explicit: boolean;
}

/** A pipeline under construction. */
export interface Pipeline {
  steps: Step[];
  parsed: Map<string, Parsed>;
  /** Fields the steps made (after an aggregate: only its outputs exist). */
  produced: Set<string>;
  /** Fields read from the incoming data. */
  reads: Set<string>;
  /** An aggregate has replaced the rows: fields not produced since do not exist. */
  sealed: boolean;
}

/** An empty pipeline over data whose fields were parsed as `parsed` says. */
export function startPipeline(parsed: ReadonlyMap<string, Parsed> = new Map()): Pipeline {
  return { steps: [], parsed: new Map(parsed), produced: new Set(), reads: new Set(), sealed: false };
}

/** A copy to extend (a layer's units each continue their parent's pipeline). */
export function forkPipeline(pipeline: Pipeline): Pipeline {
  return { steps: [], parsed: new Map(pipeline.parsed), produced: new Set(pipeline.produced), reads: new Set(), sealed: pipeline.sealed };
}

/** Note that the pipeline reads `fields` at this point. */
export function read(pipeline: Pipeline, fields: Iterable<string | undefined>): void {
  for (const field of fields) {
    if (field !== undefined && !pipeline.produced.has(field) && !pipeline.sealed) pipeline.reads.add(field);
  }
}

/**
 * Note that the pipeline made `fields`, of the type Vega-Lite records for them: `'derived'` fields
 * are never parsed again, `'number'` and `'date'` ones are when the encoding reads them otherwise.
 */
export function produce(pipeline: Pipeline, fields: Iterable<string>, kind: 'derived' | 'number' | 'date' = 'derived'): void {
  for (const field of fields) {
    pipeline.produced.add(field);
    pipeline.parsed.set(field, { kind, explicit: false });
  }
}

/** Add a step. */
export function push(pipeline: Pipeline, step: Step): void {
  pipeline.steps.push(step);
}

/**
 * Parse fields as Vega-Lite's ParseNode would at this point: a field already parsed explicitly, the
 * same way, or made by a transform is left alone; one parsed another way is parsed again (Vega-Lite
 * warns, and parses).
 */
export function parseFields(pipeline: Pipeline, implied: ReadonlyMap<string, ParseKind>, { explicit = false } = {}): void {
  for (const [field, kind] of implied) {
    const before = pipeline.parsed.get(field);
    if (before !== undefined && (before.explicit || before.kind === 'derived' || JSON.stringify(before.kind) === JSON.stringify(kind))) continue;
    read(pipeline, [field]);
    push(pipeline, { type: 'parse', field, kind });
    pipeline.parsed.set(field, { kind, explicit });
  }
}

/** A Vega-Lite parse (`"number"`, `"date:'%Y'"`, …) read, or `undefined` for one pushdown does not handle. */
export function readParseKind(value: unknown): ParseKind | undefined {
  if (value === 'number' || value === 'boolean' || value === 'date' || value === 'string') return value;
  if (typeof value !== 'string') return undefined;
  const match = /^(date|utc):(.*)$/.exec(value);
  if (match === null) return undefined;
  const raw = match[2] ?? '';
  // Vega-Lite's unquote: surrounding quotes, single or double, are dropped.
  const specifier = /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  return { specifier, utc: match[1] === 'utc' };
}
