/**
 * The escape hatch, for a Vega-Lite spec of every other kind, put in the newsroom frame (title, source line, theme) and
 * made a {@link Chart} so that a report renders, describes and credits it like the others.
 */

import type { Config, TopLevelSpec } from 'vega-lite';
import { SpecError } from '../errors.js';
import * as msg from '../messages/charts.js';
import type { Chart, ChartOptions } from './chart.js';
import { makeChart } from './chart.js';
import { footer, headline, VEGA_LITE_SCHEMA } from './frame.js';
import { asSpec, isRecord } from './spec-units.js';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, theme } from './theme.js';

/** Options for {@link rawChart}. `width` and `height` size views the spec leaves unsized (or sizes `'container'`). */
export interface RawChartOptions extends ChartOptions {
  /** The rows the chart draws, for the CSV download. Default: the spec's inline `data.values`. */
  data?: Record<string, unknown>[];
}

// Properties Vega-Lite accepts only on the outermost spec: they move out when the spec is nested.
const TOP_LEVEL = ['$schema', 'config', 'autosize', 'padding', 'background', 'datasets', 'usermeta', 'title', 'description'];

/**
 * A chart from a hand-written spec. The spec's own config wins over the theme, section by section;
 * its title is replaced by `title`/`subtitle`. With a `source`, the spec becomes the one panel of a
 * `vconcat` whose footer is the source line, as the builders do. Vega-Lite animates (the `time`
 * channel) only top-level views, so an animated spec cannot take a source line: that throws.
 *
 * @example
 * rawChart({data: {values: rows}, mark: 'area', encoding: {…}}, {title: 'Rates since April', source: 'Source: CBK'});
 */
export function rawChart(spec: TopLevelSpec, options: RawChartOptions): Chart {
  const { title, subtitle, source, width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, data } = options;
  const json: Record<string, unknown> = { ...spec, ...fixedSize(spec, { width, height }) };
  if (source !== undefined && isRecord(json['encoding']) && 'time' in json['encoding']) {
    throw new SpecError(title, msg.animatedFooter(), { hint: msg.animatedFooterHint() });
  }
  const config = mergeConfig(theme({ width, height }), isRecord(json['config']) ? json['config'] : {});
  const body = source === undefined ? { ...json } : nest(json, { title: footer(source, { width }) });
  const framed: Record<string, unknown> = { ...body, $schema: VEGA_LITE_SCHEMA, title: headline({ title, subtitle, width }), config };
  return makeChart(asSpec(framed), data ?? inlineValues(json), options);
}

/**
 * The spec as the one panel of a `vconcat`, with `panel` merged into it. Top-level properties stay
 * at the top, and so do variable parameters (signals), which Vega-Lite only reads there; selection
 * parameters go down with the view they select in.
 */
function nest(json: Record<string, unknown>, panel: Record<string, unknown>): Record<string, unknown> {
  const params = Array.isArray(json['params']) ? json['params'] : [];
  const variables = params.filter((param) => !(isRecord(param) && 'select' in param));
  const selections = params.filter((param) => isRecord(param) && 'select' in param);
  const inner = Object.fromEntries(Object.entries(json).filter(([key]) => !TOP_LEVEL.includes(key) && key !== 'params'));
  const outer = Object.fromEntries(Object.entries(json).filter(([key]) => TOP_LEVEL.includes(key)));
  return {
    ...outer,
    ...(variables.length > 0 ? { params: variables } : {}),
    vconcat: [{ ...inner, ...(selections.length > 0 ? { params: selections } : {}), ...panel }],
  };
}

/** `'container'` sizes replaced by pixels: there is no container to measure when rendering headless. */
function fixedSize(spec: TopLevelSpec, size: { width: number; height: number }): { width?: number; height?: number } {
  const json: Record<string, unknown> = { ...spec };
  return {
    ...(json['width'] === 'container' ? { width: size.width } : {}),
    ...(json['height'] === 'container' ? { height: size.height } : {}),
  };
}

/** Section-wise merge: `own.axis` is laid over `base.axis`, not instead of it. */
function mergeConfig(base: Config, own: Record<string, unknown>): Config {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const under = merged[key];
    merged[key] = isRecord(under) && isRecord(value) ? { ...under, ...value } : value;
  }
  return merged;
}

function inlineValues(spec: Record<string, unknown>): Record<string, unknown>[] {
  const data = spec['data'];
  return isRecord(data) && Array.isArray(data['values']) ? data['values'].filter(isRecord) : [];
}
