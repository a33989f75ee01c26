/**
 * A flat view of a spec's marks: each unit (one mark) with the encoding and data it inherits from
 * the layers above it. Alt text and width overrides read specs through this.
 */

import type { TopLevelSpec } from 'vega-lite';

/** One mark of a spec, with inherited encoding and data resolved. */
export interface SpecUnit {
  /** Mark type ("bar", "line", "rule", …). */
  mark: string;
  /** The mark definition's properties (`interpolate`, `color`, …). */
  markDef: Record<string, unknown>;
  /** Channel → channel definition, merged from enclosing layers. */
  encoding: Record<string, Record<string, unknown>>;
  /** Inline rows, when the unit's data (or an enclosing layer's) is `values`. */
  values: Record<string, unknown>[] | undefined;
}

/** A plain object, for reading JSON-like spec values. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The single view a spec draws, or `undefined` for compositions (facet, concat, repeat). A `vconcat`
 * of one view (the form {@link frame} gives a chart with a source line) counts as that view.
 */
export function singleView(spec: unknown): Record<string, unknown> | undefined {
  if (!isRecord(spec)) return undefined;
  if (Array.isArray(spec['vconcat']) && spec['vconcat'].length === 1) return singleView(spec['vconcat'][0]);
  return 'mark' in spec || 'layer' in spec ? spec : undefined;
}

/** The units of a single view, in drawing order; empty for a composition. */
export function specUnits(spec: unknown): SpecUnit[] {
  const view = singleView(spec);
  return view === undefined ? [] : collect(view, {}, undefined);
}

function collect(spec: Record<string, unknown>, encoding: SpecUnit['encoding'], values: SpecUnit['values']): SpecUnit[] {
  const merged = { ...encoding, ...channels(spec['encoding']) };
  const data = spec['data'];
  const own = isRecord(data) && Array.isArray(data['values']) ? data['values'].filter(isRecord) : undefined;
  const rows = own ?? values;
  if (Array.isArray(spec['layer'])) return spec['layer'].filter(isRecord).flatMap((layer) => collect(layer, merged, rows));
  const mark = spec['mark'];
  const markDef = isRecord(mark) ? mark : { type: mark };
  return typeof markDef['type'] === 'string' ? [{ mark: markDef['type'], markDef, encoding: merged, values: rows }] : [];
}

function channels(encoding: unknown): SpecUnit['encoding'] {
  if (!isRecord(encoding)) return {};
  return Object.fromEntries(Object.entries(encoding).filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1])));
}

/**
 * A spec rebuilt as JSON (parts of a valid spec moved or replaced) taken back as a spec. The types
 * cannot follow such rearranging; the Vega-Lite compiler checks the result when it is rendered.
 */
export function asSpec(json: Record<string, unknown>): TopLevelSpec {
  return json as unknown as TopLevelSpec;
}
