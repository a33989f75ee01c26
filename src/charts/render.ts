/**
 * Headless rendering: Vega-Lite → Vega → SVG text, in Node, without a canvas or a DOM. A short
 * pipeline of named steps (resolve → compile → draw → label) in the manner of Vega-Lite's compiler.
 */

import type * as vega from 'vega';
import { compile, type Config, type TopLevelSpec } from 'vega-lite';
import { SpecError } from '../errors.js';
import * as msg from '../messages/charts.js';
import { accessibleSVG } from './accessible-svg.js';
import { altText } from './alt-text.js';
import { isChart, type Chart } from './chart.js';
import { withoutEmptyTitles } from './switchable-frame.js';
import { collectLogger, type CollectedLog } from './collect-logger.js';
import { pushdownChart } from './pushdown/pushdown-chart.js';
import { resize } from './resize.js';
import { isRecord } from './spec-units.js';
import { loadVega } from './vega-module.js';

/** Options for {@link renderSVG}. */
export interface RenderOptions {
  /** Chart id: names the chart in errors and prefixes the ids inside the SVG. */
  id: string;
  /** Loads data given by URL. Default: Vega's loader (files relative to the working directory, or HTTP). */
  loader?: vega.Loader;
  /**
   * Plotting width in pixels, replacing the chart's; a builder's titles are broken into lines again.
   * Layout a builder fitted to its own width (annotation rows, bar label limits) stays as built, so
   * for a phone-sized chart prefer building it with `width`. Single views only; otherwise a warning.
   */
  width?: number;
  /**
   * Vega-Lite config applied under the spec's own, e.g. `theme()` to draw a spec written elsewhere in
   * the newsroom style. Charts from the builders carry the theme already. Default: none.
   */
  config?: Config;
  /** Locale of the generated alt text. Default `'en-US'`. */
  locale?: string;
  /**
   * Compute the spec's aggregations, bins, time units and filters ahead of time in Arquero and draw
   * only their result (see `pushdown`): the same drawing, far faster over big data; the alt text is
   * then written from the rows drawn. Default false (a report build pushes its charts down itself,
   * to publish the pushed-down spec too).
   */
  pushdown?: boolean;
}

/** A rendered chart. */
export interface RenderedSVG {
  /** Standalone SVG text with `role="img"`, `<title>` and `<desc>`. */
  svg: string;
  /** Size of the SVG in pixels. */
  width: number;
  height: number;
  /** The alt text written into `<desc>`. */
  alt: string;
  /** What Vega-Lite and Vega warned about, one line each; nothing is printed. */
  warnings: string[];
}

/**
 * Render a chart (or a bare Vega-Lite spec) to SVG. Throws a `SpecError` naming the chart when the
 * spec does not compile, when Vega reports an error while drawing, or when its data fails to load.
 *
 * @example
 * const {svg, warnings} = await renderSVG(chart, {id: 'contingents'});
 */
export async function renderSVG(input: Chart | TopLevelSpec, options: RenderOptions): Promise<RenderedSVG> {
  const { id, loader, width, config, locale = 'en-US', pushdown: push = false } = options;
  if (width !== undefined && !(width > 0)) throw new SpecError(id, msg.notPositive('width', width));
  const log = collectLogger();
  const framed = isChart(input);
  const given = framed ? input : asChart(input, id);
  const chart = push ? pushdownChart(given, { id }).chart : given;
  const spec = resolve(chart, { width, framed, log });
  const runtime = await parseSpec(compileSpec(spec, { id, config, log }), { id });
  return drawRuntime(runtime, { id, chart, loader, locale, log });
}

/** A bare spec seen as a chart: its title (or the id) as the name, its description as the alt text. */
function asChart(spec: TopLevelSpec, id: string): Chart {
  const json: Record<string, unknown> = { ...spec };
  const title = json['title'];
  const text = isRecord(title) ? title['text'] : title;
  const data = json['data'];
  const values = isRecord(data) && Array.isArray(data['values']) ? data['values'].filter(isRecord) : [];
  const description = json['description'];
  return {
    kind: 'chart',
    title: typeof text === 'string' ? text : Array.isArray(text) ? text.join(' ') : id,
    ...(typeof description === 'string' ? { alt: description } : {}),
    spec,
    data: values,
  };
}

/** The spec to draw: the chart's, at the requested width. A builder's chart gets its titles re-broken too. */
function resolve(chart: Chart, { width, framed, log }: { width: number | undefined; framed: boolean; log: CollectedLog }): TopLevelSpec {
  if (width === undefined) return chart.spec;
  const resized = resize(chart.spec, width, framed ? chart : undefined);
  if (resized === undefined) log.warnings.push(msg.widthIgnored(width));
  return resized ?? chart.spec;
}

/**
 * Vega-Lite to Vega, the second step of {@link renderSVG}. Exported, like the steps after it, for the
 * embed variants, which draw one chart at many widths; not part of the public API.
 */
export function compileSpec(spec: TopLevelSpec, { id, config, log }: { id: string; config?: Config | undefined; log: CollectedLog }): vega.Spec {
  try {
    return compile(spec, { logger: log.logger, ...(config !== undefined ? { config } : {}) }).spec;
  } catch (error) {
    throw new SpecError(id, msg.compileFailed(reason(error)), { hint: msg.compileFailedHint(), cause: error });
  }
}

/** Vega spec to Vega's runtime description, the dataflow a view is made from (vega loaded on first use). */
export async function parseSpec(vgSpec: vega.Spec, { id }: { id: string }): Promise<vega.Runtime> {
  const vega = await loadVega();
  try {
    return vega.parse(vgSpec);
  } catch (error) {
    throw new SpecError(id, msg.renderFailed(reason(error)), { hint: msg.renderFailedHint(), cause: error });
  }
}

/** The last steps of {@link renderSVG}: run the dataflow, draw, and label the SVG for assistive technology. */
export async function drawRuntime(
  runtime: vega.Runtime,
  { id, chart, loader, locale, log }: { id: string; chart: Chart; loader?: vega.Loader | undefined; locale: string; log: CollectedLog },
): Promise<RenderedSVG> {
  const view = await openView(runtime, { id, loader, log });
  try {
    return await drawView(view, { id, chart, locale, log });
  } finally {
    view.finalize();
  }
}

/**
 * A headless view of a parsed spec, logging to `log`; the caller finalizes it. Exported for the embed
 * variants, which keep one view and draw it again at each width.
 */
export async function openView(runtime: vega.Runtime, { id, loader, log }: { id: string; loader?: vega.Loader | undefined; log: CollectedLog }): Promise<vega.View> {
  const vega = await loadVega();
  try {
    return new vega.View(runtime, { renderer: 'none', logger: log.logger, ...(loader !== undefined ? { loader } : {}) });
  } catch (error) {
    throw new SpecError(id, msg.renderFailed(reason(error)), { hint: msg.renderFailedHint(), cause: error });
  }
}

/**
 * Run a view and draw it: the labelled SVG, or a `SpecError` when its data failed to load or Vega
 * logged an error to `log` (which must be the view's logger). `alt` saves writing the alt text again;
 * `unframed` says the view's frame is switched off (see `switchableFrame`).
 */
export async function drawView(
  view: vega.View,
  { id, chart, locale, log, alt = altText(chart, { locale }), unframed = false }: { id: string; chart: Chart; locale: string; log: CollectedLog; alt?: string; unframed?: boolean },
): Promise<RenderedSVG> {
  const drawn = await svgOf(view, { id, log });
  // A view whose frame is switched off still writes its (empty) title groups; the chart drawn without a frame has none.
  const svg = unframed ? withoutEmptyTitles(drawn) : drawn;
  const { width, height } = svgSize(svg);
  return { svg: accessibleSVG(svg, { id, title: chart.title, description: alt }), width, height, alt, warnings: log.warnings };
}

async function svgOf(view: vega.View, { id, log }: { id: string; log: CollectedLog }): Promise<string> {
  try {
    const svg = await view.toSVG();
    const [loadFailure] = log.loadFailures;
    if (loadFailure !== undefined) throw new SpecError(id, msg.loadFailed(loadFailure), { hint: msg.loadFailedHint() });
    // Vega logs dataflow errors and carries on drawing; a chart drawn past an error is not one to publish.
    const [error] = log.errors;
    if (error !== undefined) throw new SpecError(id, msg.renderFailed(error), { hint: msg.renderFailedHint() });
    return svg;
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError(id, msg.renderFailed(reason(error)), { hint: msg.renderFailedHint(), cause: error });
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Width and height from Vega's root `<svg width=… height=…>`. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? Number.NaN);
  return { width: read('width'), height: read('height') };
}
