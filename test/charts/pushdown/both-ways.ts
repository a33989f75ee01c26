/**
 * Render a spec both ways — as it is (vega runs every transform over every row) and pushed down —
 * with plain vega, and say whether the SVGs are the same.
 */

import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { pushdown, type PushdownResult } from '../../../src/charts/pushdown/pushdown.js';
import { seedRandom } from '../gallery.js';

/** Plain vega's SVG of a spec, vega's random source seeded, warnings silenced. */
export async function plainSVG(spec: TopLevelSpec, loader?: vega.Loader): Promise<string> {
  seedRandom();
  // Gradients are numbered across renders; each rendering starts from the same number.
  vega.resetSVGDefIds();
  // A copy: vega's parse formulas write into the inline rows they read, and the rows are rendered again.
  const view = new vega.View(vega.parse(compile(structuredClone(spec)).spec), { renderer: 'none', logLevel: vega.None, ...(loader ? { loader } : {}) });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A spec rendered as it is and pushed down. */
export interface BothWays {
  result: PushdownResult;
  plain: string;
  /** The pushed-down SVG. */
  pushed: string;
}

/** Push a spec down and render it both ways; nothing is rendered (both SVGs empty) when it is left as it is. */
export async function bothWays(spec: TopLevelSpec, { id = 'chart', loader }: { id?: string; loader?: vega.Loader } = {}): Promise<BothWays> {
  const result = pushdown(spec, { id });
  if (!result.pushed) return { result, plain: '', pushed: '' };
  return { result, plain: await plainSVG(spec, loader), pushed: await plainSVG(result.spec, loader) };
}

/** The first place two SVGs differ, with some context, for a readable failure. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  plain:  …${a.slice(Math.max(0, i - 80), i + 120)}\n  pushed: …${b.slice(Math.max(0, i - 80), i + 120)}`;
}
