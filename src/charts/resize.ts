/**
 * Render-time width: the same chart drawn at 320 px for a phone or 560 px for a page. Only a single
 * view can be resized (a composition's panels each have their own width).
 */

import type { TopLevelSpec } from 'vega-lite';
import type { Chart } from './chart.js';
import { footer, headline } from './frame.js';
import { asSpec, isRecord, singleView } from './spec-units.js';

/**
 * The spec at a new plotting width, or `undefined` when it is not a single view. For a framed chart,
 * pass the chart too: its headline and source line are broken into lines again for the new width.
 */
export function resize(spec: TopLevelSpec, width: number, chart?: Chart): TopLevelSpec | undefined {
  const json: Record<string, unknown> = { ...spec };
  const view = singleView(json);
  if (view === undefined) return undefined;
  const config = isRecord(json['config']) ? json['config'] : {};
  const viewConfig = isRecord(config['view']) ? config['view'] : {};
  const resized: Record<string, unknown> = { ...view, width };
  if (chart?.source !== undefined && view !== json) resized['title'] = footer(chart.source, { width });
  const body = view === json ? resized : { vconcat: [resized] };
  const title = chart !== undefined ? { title: headline({ title: chart.title, subtitle: chart.subtitle, width }) } : {};
  return asSpec({ ...json, ...body, ...title, config: { ...config, view: { ...viewConfig, continuousWidth: width } } });
}
