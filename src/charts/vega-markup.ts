/**
 * Vega's SVG markup writer, which escapes text and attribute values. Vega exports it (its SVG
 * renderer is built on it) but vega-typings does not declare it, so it is typed here once.
 */

import { loadedVega } from './vega-module.js';

/** Vega's markup builder: `open(tag, attrs).text(t).close()`, with escaping. */
export interface Markup {
  open(tag: string, ...attrs: Record<string, string | number | undefined>[]): Markup;
  text(text: string): Markup;
  close(): Markup;
  toString(): string;
}

/** A fresh markup builder (vega loaded: see `loadVega`). */
export function markup(): Markup {
  const exported: unknown = (loadedVega() as Record<string, unknown>)['markup'];
  if (typeof exported !== 'function') throw new Error('vega no longer exports markup(); see src/charts/vega-markup.ts');
  return (exported as () => Markup)();
}

/** One element with escaped text content: `<title id="…">A &amp; B</title>`. */
export function element(tag: string, attrs: Record<string, string>, text: string): string {
  return markup().open(tag, attrs).text(text).close().toString();
}
