/**
 * A gallery spec with its data files read and inlined as `values`, the way vega would read them
 * (CSV cells as text, JSON as it is): pushdown works on inline rows, and both renderings of the
 * comparison start from the same rows. Data it cannot inline (TopoJSON, generators) stays a URL.
 */

import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const TYPES = ['json', 'csv', 'tsv'];

/** The spec with every `data: {url}` it can read replaced by `data: {values}`. */
export async function inlineData(spec: TopLevelSpec, loader: vega.Loader): Promise<TopLevelSpec> {
  return (await inline(spec, loader)) as TopLevelSpec;
}

async function inline(node: unknown, loader: vega.Loader): Promise<unknown> {
  if (Array.isArray(node)) return Promise.all(node.map((item) => inline(item, loader)));
  if (!isRecord(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'data' && isRecord(value) && typeof value['url'] === 'string' ? await read(value, loader) : await inline(value, loader);
  }
  return out;
}

async function read(data: Json, loader: vega.Loader): Promise<Json> {
  const url = String(data['url']);
  const format = isRecord(data['format']) ? data['format'] : {};
  const type = typeof format['type'] === 'string' ? format['type'] : /\.(\w+)$/.exec(url)?.[1] ?? 'json';
  if (!TYPES.includes(type)) return data;
  const text = await loader.load(url);
  const { type: _type, property, parse, ...rest } = format;
  const values = vega.read(text, { type, ...(typeof property === 'string' ? { property } : {}) } as vega.Format);
  const kept = { ...rest, ...(parse !== undefined ? { parse } : {}) };
  return { ...(typeof data['name'] === 'string' ? { name: data['name'] } : {}), values, ...(Object.keys(kept).length > 0 ? { format: kept } : {}) };
}
