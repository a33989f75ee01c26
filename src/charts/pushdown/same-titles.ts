/**
 * Whether two specs title their axes and legends alike. A title written out explicitly takes
 * precedence over default titles when Vega-Lite merges the axes of layers (or of `x` and `x2`), so a
 * rewritten channel whose title became explicit is checked by compiling both specs, rows left out.
 */

import { compile, type TopLevelSpec } from 'vega-lite';
import { collectLogger } from '../collect-logger.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `a` and `b` compile to the same axis and legend titles. */
export function sameTitles(a: TopLevelSpec, b: TopLevelSpec): boolean {
  return JSON.stringify(titles(a)) === JSON.stringify(titles(b));
}

function titles(spec: TopLevelSpec): unknown[] {
  const { logger } = collectLogger();
  const compiled = compile(withoutRows(spec) as TopLevelSpec, { logger }).spec;
  const found: unknown[] = [];
  const visit = (node: unknown, guide: boolean): void => {
    if (Array.isArray(node)) node.forEach((item) => visit(item, guide));
    else if (isRecord(node)) {
      if (guide) found.push(node['title']);
      for (const [key, value] of Object.entries(node)) if (key !== 'data') visit(value, key === 'axes' || key === 'legends');
    }
  };
  visit(compiled, false);
  return found;
}

/** The spec with every inline dataset emptied: titles do not depend on rows, and compiling is then quick. */
function withoutRows(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRows);
  if (!isRecord(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'values' && Array.isArray(value) ? [] : withoutRows(value)]));
}
