/**
 * Field titles that cannot break Vega-Lite's expressions. Vega-Lite writes each encoded field's title
 * into the Vega expressions of the aria description and the tooltip (`"<title>: " + format(…)`),
 * escaping double quotes but not backslashes or line breaks. A title with a line break (text pasted
 * from a CMS) makes the chart fail to render; one ending in a backslash before a quote closes the
 * string early, and what follows is read as expression code, run at build time and in the browser.
 * So every title an encoding carries, and every field name that would become one, loses its line
 * breaks (to spaces) and its backslashes (to "∖", which reads the same). A field escaped for
 * Vega-Lite (`pop\.2020`) would be titled with its escapes showing: it gets the title Vega-Lite
 * means ("Sum of pop.2020"), written out.
 */

import { fieldText } from './field-name.js';
import { defaultTitle, type TitleConfig } from './pushdown/field-title.js';
import { isRecord } from './spec-units.js';

const UNSAFE = /[\\\r\n\u2028\u2029]/;

/** The text a title may hold: no line breaks, no backslashes. */
export function safeTitle(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replaceAll('\\', '∖');
}

/** A field definition's title made safe; a field whose name would be its title gets an explicit, safe one. */
function safeFieldDef(def: Record<string, unknown>, config: TitleConfig): Record<string, unknown> {
  const { title, field } = def;
  if (typeof title === 'string') return UNSAFE.test(title) ? { ...def, title: safeTitle(title) } : def;
  if (Array.isArray(title)) return { ...def, title: title.map((line) => (typeof line === 'string' ? safeTitle(line) : line)) };
  // Vega-Lite reads backslashes in a field name as escapes, but prints its default title with them.
  if (title === undefined && typeof field === 'string' && UNSAFE.test(field)) return { ...def, title: safeTitle(defaultTitle({ ...def, field: fieldText(field) }, config)) };
  return def;
}

function safeEncoding(encoding: Record<string, unknown>, config: TitleConfig): Record<string, unknown> {
  return Object.fromEntries(Object.entries(encoding).map(([channel, def]) => {
    if (Array.isArray(def)) return [channel, def.map((item) => (isRecord(item) ? safeFieldDef(item, config) : item))];
    return [channel, isRecord(def) ? safeFieldDef(def, config) : def];
  }));
}

/**
 * A copy of a Vega-Lite spec whose encodings, at every level (layers, concatenations, facets), carry
 * only safe titles (see {@link safeTitle}). Everything else is left as it is.
 */
export function safeTitles<T>(spec: T): T {
  const config = isRecord(spec) && isRecord(spec['config']) ? spec['config'] : {};
  return walk(spec, { fieldTitle: config['fieldTitle'], countTitle: config['countTitle'] }) as T;
}

function walk(node: unknown, config: TitleConfig): unknown {
  if (Array.isArray(node)) return node.map((item: unknown) => walk(item, config));
  if (!isRecord(node)) return node;
  // Inline data rows are data, not spec: they are left alone (and may be large).
  return Object.fromEntries(Object.entries(node).map(([key, value]) => {
    if (key === 'data' || key === 'datasets') return [key, value];
    if (key === 'encoding' && isRecord(value)) return [key, walk(safeEncoding(value, config), config)];
    return [key, walk(value, config)];
  }));
}
