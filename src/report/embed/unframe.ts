/**
 * A chart's spec without its frame: no headline, no source line. An embed page prints those as HTML
 * text, which wraps at any width and is read as a heading, so the chart under them carries neither.
 */

import type { TopLevelSpec } from 'vega-lite';
import { asSpec, isRecord } from '../../charts/spec-units.js';

/**
 * The spec with its top-level title removed and, in the framed form (a `vconcat` of one view whose
 * bottom title is the source line), the view's title removed too. Anything else is left as it was.
 *
 * @example
 * unframe(bar(rows, {x: 'name', y: 'officers', title: '…', source: '…'}).spec) // the bars, no words around them
 */
export function unframe(spec: TopLevelSpec): TopLevelSpec {
  const { title: _title, ...rest }: Record<string, unknown> = { ...spec };
  const panels = rest['vconcat'];
  if (Array.isArray(panels) && panels.length === 1 && isRecord(panels[0])) {
    const { title: _footer, ...view } = panels[0];
    return asSpec({ ...rest, vconcat: [view] });
  }
  return asSpec(rest);
}
