/**
 * The finishing touches on Vega's SVG: a name and description for assistive technology, and ids
 * that are unique to the chart, so that several charts can sit inline in one HTML page.
 */

import { element } from './vega-markup.js';

/** Options for {@link accessibleSVG}. */
export interface AccessibleSVGOptions {
  /** Chart id: prefixes every id in the SVG. */
  id: string;
  /** The chart's name (its headline). */
  title: string;
  /** Its alt text. */
  description: string;
}

/** A chart id made safe for XML ids and `url(#…)` references. */
export function idPrefix(id: string): string {
  return `chart-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * Give Vega's SVG `role="img"`, a `<title>` and a `<desc>` it is labelled by, and rename its
 * clip-path and gradient ids after the chart. Vega numbers those with a process-wide counter, so
 * without renaming the same chart renders differently depending on what was drawn before it, and
 * two charts on one page can share an id.
 */
export function accessibleSVG(svg: string, { id, title, description }: AccessibleSVGOptions): string {
  const prefix = idPrefix(id);
  const scoped = scopeIds(xmlText(svg), prefix);
  const root = /^<svg\b[^>]*>/.exec(scoped);
  if (root === null) return scoped;
  const [titleId, descId] = [`${prefix}-title`, `${prefix}-desc`];
  // The prefix is [A-Za-z0-9_-] only, so these attributes need no escaping.
  const open = root[0].replace(/^<svg/, `<svg role="img" aria-labelledby="${titleId} ${descId}"`);
  const labels = element('title', { id: titleId }, xmlText(title)) + element('desc', { id: descId }, xmlText(description));
  return open + labels + scoped.slice(root[0].length);
}

// Characters XML 1.0 forbids even escaped: C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text an SVG file may hold: characters XML forbids become U+FFFD. Vega writes labels and titles as
 * they are, and one NUL pasted into a title would make the file unreadable to every SVG parser
 * (the PNG renderer, a browser opening the chart alone).
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Rename every `id="…"` (and its `url(#…)` references) to `<prefix>-<name><n>`, numbered in order of appearance. */
export function scopeIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (id === undefined || names.has(id)) continue;
    const kind = id.replace(/\d+$/, '');
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    names.set(id, `${prefix}-${kind}${n}`);
  }
  if (names.size === 0) return svg;
  return svg.replace(/(\sid=")([^"]+)(")|(url\(#)([^)]+)(\))/g, (match, ...groups: (string | undefined)[]) => {
    const [idOpen, idName, idClose, urlOpen, urlName, urlClose] = groups;
    const name = idName ?? urlName;
    const renamed = name !== undefined ? names.get(name) : undefined;
    if (renamed === undefined) return match;
    return idName !== undefined ? `${idOpen}${renamed}${idClose}` : `${urlOpen}${renamed}${urlClose}`;
  });
}
