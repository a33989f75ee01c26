/**
 * One chart drawn at many plot widths, for the embed variants, doing the width-independent work once.
 * Compiling the Vega-Lite spec and parsing the Vega spec take about half of a drawing's time, and
 * their result at another width differs only where the width itself is written. So the first two
 * widths are compiled and parsed, and their results compared: if every difference is the width, and
 * compiling warned alike, later widths take the first result with their width written in. Anything
 * else (Vega numbering its data sets anew at each parse, say) and every width is compiled afresh.
 */

import type * as vega from 'vega';
import type { Chart } from '../../charts/chart.js';
import { collectLogger } from '../../charts/collect-logger.js';
import { compileSpec, drawRuntime, parseSpec, type RenderedSVG } from '../../charts/render.js';

/** Options for {@link widthDrawer}. */
export interface WidthDrawerOptions {
  /** Locale of the alt text. Default `'en-US'`. */
  locale?: string;
}

/**
 * Draws a chart whose spec has been set to a plot width (by `resize`): the same drawing as
 * `renderSVG(chart, {id, locale})`.
 */
export type DrawAtWidth = (chart: Chart, { id, width }: { id: string; width: number }) => Promise<RenderedSVG>;

/** A path into a parsed spec: property names and array indexes. */
type Path = (string | number)[];

/** A parse to copy for each width, where the width is written in it, and what compiling it warned about. */
interface Template {
  runtime: vega.Runtime;
  paths: Path[];
  warnings: string[];
}

/**
 * A drawing function for the widths of one chart; it remembers what the first drawings had in
 * common, so give it only specs that differ by their width (one chart, resized and unframed).
 *
 * @example
 * const draw = widthDrawer({locale: 'en-US'});
 * for (const width of [254, 334]) await draw({...chart, spec: unframe(resize(chart.spec, width, chart))}, {id: `c-${width}`, width});
 */
export function widthDrawer({ locale = 'en-US' }: WidthDrawerOptions = {}): DrawAtWidth {
  let first: { width: number; runtime: vega.Runtime; warnings: string[] } | undefined;
  // Unknown until two widths are drawn; `null` once they show that the width is not all that changes.
  let template: Template | null | undefined;
  return async (chart, { id, width }) => {
    const log = collectLogger();
    if (template) {
      log.warnings.push(...template.warnings);
      return drawRuntime(withWidth(template, width), { id, chart, locale, log });
    }
    const runtime = parseSpec(compileSpec(chart.spec, { id, log }), { id });
    if (template === undefined && first === undefined) {
      // Kept as it is now: the view about to be made of it may change it.
      const copy = copyOf(runtime);
      if (copy === undefined) template = null;
      else first = { width, runtime: copy, warnings: [...log.warnings] };
    } else if (template === undefined && first !== undefined && first.width !== width) {
      template = templateOf(first, { width, runtime, warnings: log.warnings });
    }
    return drawRuntime(runtime, { id, chart, locale, log });
  };
}

/** The template two parses make, or `null` when they differ by more than their width. */
function templateOf(
  a: { width: number; runtime: vega.Runtime; warnings: string[] },
  b: { width: number; runtime: vega.Runtime; warnings: readonly string[] },
): Template | null {
  if (a.warnings.join('\n') !== b.warnings.join('\n')) return null;
  const paths = widthPaths(a.runtime, b.runtime, [a.width, b.width]);
  return paths === undefined ? null : { runtime: a.runtime, paths, warnings: a.warnings };
}

/**
 * Where two parses differ, if they differ only by holding `widths[0]` in the first where the second
 * holds `widths[1]`; `undefined` as soon as anything else differs, shapes included.
 */
function widthPaths(a: unknown, b: unknown, [widthA, widthB]: [number, number]): Path[] | undefined {
  const paths: Path[] = [];
  const path: Path = [];
  const walk = (x: unknown, y: unknown): boolean => {
    if (x === y) return true;
    if (Array.isArray(x) && Array.isArray(y)) {
      return x.length === y.length && x.every((item, i) => within(i, item, y[i]));
    }
    // Own properties only: the first parse is a copy, where vega-parser's `Entry`s became plain objects.
    if (isPlainObject(x) && isPlainObject(y)) {
      const keys = Object.keys(x);
      return keys.length === Object.keys(y).length && keys.every((key) => Object.hasOwn(y, key) && within(key, x[key], y[key]));
    }
    if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
    if (x === widthA && y === widthB) {
      paths.push([...path]);
      return true;
    }
    return false;
  };
  const within = (key: string | number, x: unknown, y: unknown): boolean => {
    path.push(key);
    const same = walk(x, y);
    path.pop();
    return same;
  };
  return walk(a, b) ? paths : undefined;
}

/** An object whose state is its own properties (a parse holds plain objects and vega-parser's `Entry`s), not a Date or a Map. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
}

/** A deep copy, or `undefined` for a parse holding what cannot be copied (a function, say). */
function copyOf(runtime: vega.Runtime): vega.Runtime | undefined {
  try {
    return structuredClone(runtime);
  } catch {
    return undefined;
  }
}

/** A fresh copy of the template's parse (a view may change what it is given), at `width`. */
function withWidth({ runtime, paths }: Template, width: number): vega.Runtime {
  const copy = structuredClone(runtime);
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce<unknown>(child, copy);
    const key = path.at(-1);
    if (key !== undefined && (isPlainObject(parent) || Array.isArray(parent))) Reflect.set(parent, key, width);
  }
  return copy;
}

function child(node: unknown, key: string | number): unknown {
  return isPlainObject(node) || Array.isArray(node) ? Reflect.get(node, key) : undefined;
}
