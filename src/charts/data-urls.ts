/**
 * Whether a spec loads data by URL (`data: {url}`, at the top, in a layer, or a lookup's `from`). Such a
 * chart's drawing depends on a file the spec only names, so it is not one to remember by its spec.
 */

import { isRecord } from './spec-units.js';

/**
 * True when some `data` in the spec has a `url`.
 *
 * @example
 * loadsData({data: {url: 'data/cars.json'}, mark: 'point'}) // true
 */
export function loadsData(spec: unknown): boolean {
  const walk = (node: unknown, key: string | undefined): boolean => {
    if (Array.isArray(node)) return node.some((item) => walk(item, undefined));
    if (!isRecord(node)) return false;
    if (key === 'data' && typeof node['url'] === 'string') return true;
    return Object.entries(node).some(([name, value]) => name !== 'values' && walk(value, name));
  };
  return walk(spec, undefined);
}
