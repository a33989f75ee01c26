/**
 * Where in a spec the view and its inline rows are: the spec itself (a unit or a layer), or the one
 * panel of a `vconcat` (the form copydesk's frame gives a chart with a source line), whose data may
 * sit at the top. Compositions of several views are not pushed down.
 */

import * as msg from '../../messages/pushdown.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The view of a spec and its data. */
export interface LocatedView {
  view: Json;
  /** The data the view draws: its own, or the top level's. */
  data: Json;
  /** The rows of that data. */
  values: readonly unknown[];
  /** The spec with `view` replaced (and the top level's data dropped, the view now carrying its own). */
  place(view: Json): Json;
}

/** Find the view and its inline rows, or say why the spec is not pushed down. */
export function locateView(spec: Json): LocatedView | { reason: string } {
  if ('params' in spec) return { reason: msg.hasParams() };
  const panels = spec['vconcat'];
  const nested = Array.isArray(panels) && panels.length === 1 && isRecord(panels[0]);
  const view = nested ? (panels[0] as Json) : spec;
  if (!('mark' in view) && !('layer' in view)) return { reason: msg.composition() };
  if ('params' in view) return { reason: msg.hasParams() };
  const data = isRecord(view['data']) ? view['data'] : nested && isRecord(spec['data']) ? spec['data'] : undefined;
  if (data === undefined) return { reason: msg.noData() };
  const values = data['values'];
  if (!Array.isArray(values)) return { reason: 'url' in data ? msg.urlData() : msg.notInline() };
  const place = (next: Json): Json => {
    if (!nested) return next;
    const { data: _top, ...top } = spec;
    return { ...top, vconcat: [next] };
  };
  return { view, data, values, place };
}
