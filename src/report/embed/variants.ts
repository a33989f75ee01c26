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
import { widthDrawer, type WidthDrawer } from './width-drawer.js';

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
  /**
   * SVG width of the chart drawn at its own width, framed (the build's `charts/<id>.svg`), when the
   * caller has one: the margin around its plot is the first guess at the margin of the drawings,
   * which saves a drawing made only to measure it. Default: that drawing is made, unframed.
   */
  ownWidth?: number;
  /**
   * The drawer to draw with: one that drew the chart in its frame already (see `WidthDrawer.framed`),
   * whose view draws the widths too when it can. The caller closes it. Default: a drawer of its own.
   */
  drawer?: WidthDrawer;
}

/** The drawings of a chart, narrowest first, and what the renderer warned about. */
export interface ResponsiveChart {
  variants: ChartVariant[];
  warnings: string[];
}

/**
 * Draw a chart, unframed, at each target width. Vega sizes the plotting area, not the SVG (axes,
 * labels and legends come on top), so each target is reached by guessing the plot width from the
 * drawings made so far, and drawing again if the guess overflows or falls short by more than 4 px.
 * Drawings that come out no wider than the previous one are dropped. A composition (not a single
 * view) cannot be resized: it gets one drawing, at its own width.
 */
export async function renderVariants(chart: Chart, options: RenderVariantsOptions): Promise<ResponsiveChart> {
  const { id, widths = VARIANT_WIDTHS, minPlotWidth = MIN_PLOT_WIDTH, minTextPx = MIN_TEXT_PX, locale = 'en-US', ownWidth } = options;
  if (options.drawer !== undefined) return drawVariants(chart, { id, widths, minPlotWidth, minTextPx, locale, ownWidth, drawer: options.drawer });
  const drawer = widthDrawer({ locale });
  try {
    return await drawVariants(chart, { id, widths, minPlotWidth, minTextPx, locale, ownWidth, drawer });
  } finally {
    drawer.close();
  }
}

async function drawVariants(
  chart: Chart,
  { id, widths, minPlotWidth, minTextPx, locale, ownWidth, drawer }: Required<Omit<RenderVariantsOptions, 'ownWidth' | 'drawer'>> & { ownWidth: number | undefined; drawer: WidthDrawer },
): Promise<ResponsiveChart> {
  const warnings = new Set<string>();
  const draw = async (plotWidth: number | undefined): Promise<ChartVariant> => {
    const resized = plotWidth === undefined ? undefined : resize(chart.spec, plotWidth, chart);
    const spec = unframe(resized ?? chart.spec);
    const rendered = plotWidth === undefined || resized === undefined
      ? await renderSVG({ ...chart, spec }, { id: `${id}-${plotWidth ?? 'own'}`, locale })
      : await drawer.draw({ ...chart, spec }, { id: `${id}-${plotWidth}`, width: plotWidth });
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
  // The caller's drawing is at the built width only when the view sets one.
  const own: Sample = ownWidth !== undefined && typeof view['width'] === 'number' ? { plotWidth: builtWidth, width: ownWidth } : await drawSample(draw, builtWidth);
  const samples: Sample[] = [own];
  const variants: ChartVariant[] = [];
  for (const target of widths) {
    const variant = await reach(target, { draw, samples, minPlotWidth });
    const previous = variants.at(-1);
    if (previous === undefined || variant.width > previous.width) variants.push(variant);
  }
  return { variants, warnings: [...warnings] };
}

/** A plot width tried and the SVG width it gave; with the drawing, unless the width came from elsewhere. */
interface Sample {
  plotWidth: number;
  width: number;
  drawn?: ChartVariant;
}

type Drawn = Required<Sample>;

async function drawSample(draw: (plotWidth: number) => Promise<ChartVariant>, plotWidth: number): Promise<Drawn> {
  const drawn = await draw(plotWidth);
  return { plotWidth, width: drawn.width, drawn };
}

/**
 * A drawing as close to `target` as a few tries get, preferring one that fits. Each try is guessed
 * from every drawing of the chart so far (`samples`, which it adds to): most charts keep the same
 * margin at every width and need one drawing per target.
 */
async function reach(
  target: number,
  { draw, samples, minPlotWidth, tries = 4 }: { draw: (plotWidth: number) => Promise<ChartVariant>; samples: Sample[]; minPlotWidth: number; tries?: number },
): Promise<ChartVariant> {
  const step = async (): Promise<{ sample: Drawn; again: boolean }> => {
    const plotWidth = Math.max(minPlotWidth, guess(target, samples));
    const known = samples.findIndex((sample) => sample.plotWidth === plotWidth);
    const drawn = samples[known]?.drawn;
    if (drawn !== undefined) return { sample: { plotWidth, width: drawn.width, drawn }, again: true };
    const sample = await drawSample(draw, plotWidth);
    // The drawing replaces a width known only from elsewhere (the framed chart's).
    samples.splice(known === -1 ? samples.length : known, known === -1 ? 0 : 1, sample);
    return { sample, again: false };
  };
  let { sample: best, again } = await step();
  // A plot width drawn before gives the same drawing again, and then the same guess: nothing more to learn.
  for (let i = 1; i < tries && !again && !fits(best.width, target); i += 1) {
    const next = await step();
    again = next.again;
    if (closer(next.sample.width, best.width, target)) best = next.sample;
  }
  return best.drawn;
}

/** Whether a drawing `width` wide is close enough to `target`: not over it, nor more than 4 px under. */
function fits(width: number, target: number): boolean {
  return width <= target && target - width <= 4;
}

/**
 * The plot width likely to give an SVG `target` wide. Between the plot widths that gave an SVG just
 * narrower and just wider, in proportion; otherwise the nearest sample's margin kept (a plot grows
 * by what the SVG must grow, axes and legends staying the same).
 */
function guess(target: number, samples: readonly Sample[]): number {
  let below: Sample | undefined;
  let above: Sample | undefined;
  // The widest plot that fits and the narrowest that does not: the two nearest the target's plot
  // width, even where the SVG's width stays put while the plot grows (kept wide by a legend, say).
  for (const sample of samples) {
    if (sample.width <= target && (below === undefined || sample.plotWidth > below.plotWidth)) below = sample;
    if (sample.width > target && (above === undefined || sample.plotWidth < above.plotWidth)) above = sample;
  }
  if (below !== undefined && above !== undefined) {
    const slope = (above.width - below.width) / (above.plotWidth - below.plotWidth);
    // A single view's SVG widens by at most what its plot does (marks and labels move in proportion, the
    // rest stays; facets by `column` are drawn, not guessed): steeper, a width given from elsewhere is wrong.
    const believed = below.drawn !== undefined && above.drawn !== undefined ? slope > 0 : slope > 0 && slope <= MAX_GIVEN_SLOPE;
    if (believed) return Math.round(below.plotWidth + (target - below.width) / slope);
  }
  const near = samples.reduce((a, b) => (Math.abs(b.width - target) < Math.abs(a.width - target) ? b : a));
  return Math.round(near.plotWidth + (target - near.width));
}

/** Steepest growth of the SVG's width per pixel of plot width believed of a width given from elsewhere (1, give or take). */
const MAX_GIVEN_SLOPE = 1.5;

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
