/**
 * A chart drawn again at another width by the view that drew it, instead of by a new one. Making a
 * view (parsing the spec, generating its expressions, running every transform) is most of a
 * drawing's cost, and at another width only the scales, axes and layout change: set the signal that
 * holds the width, run again, draw. Vega keeps the marks it can across runs, and appends new ones,
 * where a new view would have made them in order; the axis and legend marks, whose ticks and entries
 * come anew at each width, are put back in that order; among the other marks, one that both kept and
 * gained items says the drawing cannot be trusted to match a new view's.
 */

import type * as vega from 'vega';
import { loadedVega } from '../../charts/vega-module.js';

/** What the scenegraph holds, as far as this module reads it. */
interface SceneMark {
  marktype: string;
  role?: string;
  items: SceneItem[];
}

interface SceneItem {
  datum?: object;
  /** A group's marks. */
  items?: SceneMark[];
  /** Its extent, horizontally. */
  bounds?: { x1: number; x2: number };
}

/**
 * A chart's compiled Vega spec with its width taken out, to compare with the same chart compiled at
 * another width: when the two are equal, the chart differs by the spec's own `width` alone, and its
 * view can be drawn again at another width by setting that signal. `undefined` when the spec's width
 * is not `width`, as for small multiples (whose width is a signal of its own, `child_width`, that a
 * view does not lay out again when it is set), or when a signal is updated by events (a timer, a
 * brush: see `hasHandlers`). Take it before parsing: Vega's parser writes into the spec.
 */
export function widthFree(spec: vega.Spec, width: number): string | undefined {
  if (spec.width !== width || hasHandlers(spec)) return undefined;
  return JSON.stringify({ ...spec, width: 0 });
}

/**
 * Whether a spec has signals updated by events (`on`), anywhere in it. In a view without a DOM no
 * pointer moves, but a timer fires, and a scale change fires the handlers of a brush: those would
 * carry the last drawing's state into the next, where a new view starts over.
 */
function hasHandlers(spec: vega.Spec): boolean {
  const walk = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(walk);
    if (typeof node !== 'object' || node === null) return false;
    const signals = (node as { signals?: unknown }).signals;
    if (Array.isArray(signals) && signals.some((signal) => typeof signal === 'object' && signal !== null && 'on' in signal)) return true;
    return Object.values(node).some(walk);
  };
  return walk(spec);
}

/**
 * Set the view's width and run it. True when the scenegraph is now the one a new view at
 * that width would have drawn (guide marks put back in order); false when a mark both kept items
 * and gained some, so that its order may differ: draw that width with a new view.
 */
export async function rewidth(view: vega.View, width: number): Promise<boolean> {
  const root = (view.scenegraph() as unknown as { root: SceneMark }).root;
  // The items drawn last time, by identity: an item Vega brings back for data it had filtered out
  // keeps its old number, but was not drawn last time, and it is appended like a new one.
  const drawn = new Set<SceneItem>();
  for (const mark of marksOf(root)) for (const item of mark.items) drawn.add(item);
  const before = boundsOf(root);
  const widthBefore = view.width();
  view.width(width);
  await view.runAsync();
  // A view whose bounds stayed put while its width changed kept the bounds of its content clipped at
  // the old width (a map at a fixed scale, reaching far past the plot), and would keep that width.
  let trusted = width === widthBefore || boundsOf(root) !== before;
  for (const mark of marksOf(root)) {
    if (/^(axis|legend)/.test(mark.role ?? '')) trusted = inTickOrder(mark) && trusted;
    else trusted = keptOrMade(mark, drawn) && trusted;
  }
  return trusted;
}

/** The horizontal extent of the view's root group, as text to compare. */
function boundsOf(root: SceneMark): string {
  const bounds = root.items[0]?.bounds;
  return bounds === undefined ? '' : `${bounds.x1} ${bounds.x2}`;
}

/**
 * Put a guide mark's items in the order a new view makes them: the order of their ticks or legend
 * entries, which Vega creates afresh at each run, numbering them as it goes. False when an item has
 * no numbered datum to order by.
 */
function inTickOrder(mark: SceneMark): boolean {
  const ids = new Map(mark.items.map((item) => [item, item.datum === undefined ? Number.NaN : idOf(item.datum)]));
  if ([...ids.values()].some(Number.isNaN)) return false;
  mark.items.sort((p, q) => ids.get(p)! - ids.get(q)!);
  return true;
}

/** Whether a mark's items were all drawn last time, or none of them. */
function keptOrMade(mark: SceneMark, drawn: ReadonlySet<SceneItem>): boolean {
  return mark.items.every((item) => drawn.has(item)) || mark.items.every((item) => !drawn.has(item));
}

/** Vega's id of a tuple (a datum or a scene item): they are numbered as they are made. */
function idOf(tuple: object): number {
  const id: unknown = loadedVega().tupleid(tuple);
  return typeof id === 'number' ? id : Number.NaN;
}

/** Every mark under `root`, itself included. */
function marksOf(root: SceneMark): SceneMark[] {
  const marks: SceneMark[] = [];
  const visit = (mark: SceneMark) => {
    marks.push(mark);
    for (const item of mark.items) item.items?.forEach(visit);
  };
  visit(root);
  return marks;
}
