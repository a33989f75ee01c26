/**
 * Responsive charts without a script: the same chart drawn at a few widths, one shown at a time by
 * container queries. Scaling one SVG from 1200 px down to 280 px would shrink its 12 px labels to 3 px;
 * drawing it again for each width keeps the theme's text sizes, and each drawing is only ever scaled
 * up (a little) or down to a floor where text stays legible.
 */

import type { TopLevelSpec } from 'vega-lite';
import type { Chart } from '../../charts/chart.js';
import { renderSVG, type RenderedSVG } from '../../charts/render.js';
import { resize } from '../../charts/resize.js';
import { asSpec, singleView } from '../../charts/spec-units.js';
import { DEFAULT_WIDTH } from '../../charts/theme.js';
import * as msg from '../../messages/embed.js';
import { unframe } from './unframe.js';

/**
 * Chart widths drawn, in CSS pixels: a 280 px phone less the page's 8 px margins, then steps of about
 * a third up to a desktop column. Between two steps a drawing is scaled up by at most the ratio of the
 * steps (1.3–1.4), and only the widest is stretched further.
 */
export const VARIANT_WIDTHS: readonly number[] = [264, 344, 464, 624, 864];
/** Smallest text a reader is shown, in CSS pixels: the theme's own floor. */
export const MIN_TEXT_PX = 11;
/** Narrowest plotting area drawn: below it bars and lines stop saying anything. */
export const MIN_PLOT_WIDTH = 120;

/** One drawing of a chart. */
export interface ChartVariant {
  /** Width and height of the SVG, in pixels. */
  width: number;
  height: number;
  /** The SVG: `role="img"`, titled and described, ids scoped to the variant. */
  svg: string;
  /** The Vega-Lite spec it was drawn from, with the alt text as its `description`: what vega-embed draws live. */
  spec: TopLevelSpec;
  /** Smallest font size in the SVG, in pixels. */
  minFontSize: number;
  /**
   * Narrowest the SVG may be shown, in pixels, so that its smallest text stays at {@link MIN_TEXT_PX};
   * a container narrower than this scrolls sideways rather than shrink the text further.
   */
  minWidth: number;
}

/** Options for {@link renderVariants}. */
export interface RenderVariantsOptions {
  /** Chart id: names the chart in errors and prefixes the ids inside each SVG. */
  id: string;
  /** Target SVG widths. Default {@link VARIANT_WIDTHS}. */
  widths?: readonly number[];
  /** Default {@link MIN_PLOT_WIDTH}. */
  minPlotWidth?: number;
  /** Default {@link MIN_TEXT_PX}. */
  minTextPx?: number;
  /** Locale of the alt text. Default `'en-US'`. */
  locale?: string;
}

/** The drawings of a chart, narrowest first, and what the renderer warned about. */
export interface ResponsiveChart {
  variants: ChartVariant[];
  warnings: string[];
}

/**
 * Draw a chart, unframed, at each target width. Vega sizes the plotting area, not the SVG (axes,
 * labels and legends come on top), so each target is reached by a few drawings, adjusting the plot
 * width by the difference each time. Drawings that come out no wider than the previous one are dropped.
 * A composition (not a single view) cannot be resized: it gets one drawing, at its own width.
 */
export async function renderVariants(chart: Chart, options: RenderVariantsOptions): Promise<ResponsiveChart> {
  const { id, widths = VARIANT_WIDTHS, minPlotWidth = MIN_PLOT_WIDTH, minTextPx = MIN_TEXT_PX, locale = 'en-US' } = options;
  const warnings = new Set<string>();
  const draw = async (plotWidth: number | undefined): Promise<ChartVariant> => {
    const spec = unframe(plotWidth === undefined ? chart.spec : resize(chart.spec, plotWidth, chart) ?? chart.spec);
    const rendered = await renderSVG({ ...chart, spec }, { id: `${id}-${plotWidth ?? 'own'}`, locale });
    rendered.warnings.forEach((warning) => warnings.add(warning));
    return variantOf(rendered, { spec, minTextPx });
  };
  const view = singleView(chart.spec);
  if (view === undefined) {
    warnings.add(msg.notResizable(id));
    return { variants: [await draw(undefined)], warnings: [...warnings] };
  }
  // A view sized by the theme rather than by itself has the theme's width.
  const builtWidth = typeof view['width'] === 'number' ? view['width'] : DEFAULT_WIDTH;
  const variants: ChartVariant[] = [];
  let margin = (await draw(builtWidth)).width - builtWidth;
  for (const target of widths) {
    const variant = await reach(target, { draw, guess: Math.max(minPlotWidth, Math.round(target - margin)), minPlotWidth });
    margin = variant.width - variant.plotWidth;
    const previous = variants.at(-1);
    if (previous === undefined || variant.width > previous.width) variants.push(variant.drawn);
  }
  return { variants, warnings: [...warnings] };
}

/** A drawing as close to `target` as a few tries get, preferring one that fits. */
async function reach(
  target: number,
  { draw, guess, minPlotWidth, tries = 4 }: { draw: (plotWidth: number) => Promise<ChartVariant>; guess: number; minPlotWidth: number; tries?: number },
): Promise<{ drawn: ChartVariant; width: number; plotWidth: number }> {
  let plotWidth = guess;
  const first = await draw(plotWidth);
  let best = { drawn: first, width: first.width, plotWidth };
  let last = best;
  for (let i = 1; i < tries && !(last.width <= target && target - last.width <= 4); i += 1) {
    const next = Math.max(minPlotWidth, Math.round(plotWidth + (target - last.width)));
    if (next === plotWidth) break;
    plotWidth = next;
    const drawn = await draw(plotWidth);
    last = { drawn, width: drawn.width, plotWidth };
    if (closer(last.width, best.width, target)) best = last;
  }
  return best;
}

/** Whether width `a` is a better fit to `target` than `b`: fitting beats overflowing, then nearer wins. */
function closer(a: number, b: number, target: number): boolean {
  if ((a <= target) !== (b <= target)) return a <= target;
  return Math.abs(target - a) < Math.abs(target - b);
}

function variantOf(rendered: RenderedSVG, { spec, minTextPx }: { spec: TopLevelSpec; minTextPx: number }): ChartVariant {
  const minFontSize = smallestFont(rendered.svg);
  const shrink = Math.min(1, minTextPx / minFontSize);
  return {
    width: rendered.width,
    height: rendered.height,
    svg: rendered.svg,
    spec: asSpec({ ...spec, description: rendered.alt }),
    minFontSize,
    minWidth: Math.ceil(rendered.width * shrink),
  };
}

/** The smallest `font-size` in an SVG, in pixels (Vega writes `font-size="12px"`); `Infinity` with no text. */
export function smallestFont(svg: string): number {
  const sizes = [...svg.matchAll(/font-size="([\d.]+)(?:px)?"/g)].map((match) => Number(match[1]));
  return Math.min(...sizes.filter((size) => size > 0));
}
