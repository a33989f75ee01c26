/**
 * One chart drawn at many plot widths, for the embed variants, doing the width-independent work once.
 * Compiling, parsing and making a view (its expressions generated, its transforms run) are most of a
 * drawing's cost, and at another width only the width changes. So the first two widths are compiled
 * and compared: if every difference is the width, and compiling warned alike, the view that drew the
 * first is kept and drawn again at each later width (see `rewidth`). Anything else, and every width
 * is drawn afresh.
 *
 * The first drawing can be the chart in its frame, at its own width (the report's SVG): its view,
 * made with the frame switched by a parameter (see `switchableFrame`), then draws the widths without
 * the frame, when the chart compiled at the first of them differs by its width alone. A report's
 * chart then takes one view for all its drawings instead of two.
 */

import type * as vega from 'vega';
import type { Chart } from '../../charts/chart.js';
import { collectLogger, type CollectedLog } from '../../charts/collect-logger.js';
import { compileSpec, drawRuntime, drawView, openView, parseSpec, renderSVG, type RenderedSVG } from '../../charts/render.js';
import { resize } from '../../charts/resize.js';
import { singleView } from '../../charts/spec-units.js';
import { FRAME_PARAM, switchableFrame } from '../../charts/switchable-frame.js';
import { altText } from '../../charts/alt-text.js';
import { rewidth, widthFree } from './rewidth.js';

/** Options for {@link widthDrawer}. */
export interface WidthDrawerOptions {
  /** Locale of the alt text. Default `'en-US'`. */
  locale?: string;
  /** Loads data given by URL. Default: Vega's loader. */
  loader?: vega.Loader;
}

/**
 * Draws a chart whose spec has been set to a plot width (by `resize`): the same drawing as
 * `renderSVG(chart, {id, locale})`.
 */
export type DrawAtWidth = (chart: Chart, { id, width }: { id: string; width: number }) => Promise<RenderedSVG>;

/** A drawing function for the widths of one chart, and the view it keeps between drawings. */
export interface WidthDrawer {
  /**
   * Draw the chart in its frame at its own width, first: the same drawing as
   * `renderSVG(chart, {id, locale})`, in the drawer's locale. Its view is kept for the widths drawn
   * next when it can draw them.
   */
  framed(chart: Chart, { id }: { id: string }): Promise<RenderedSVG>;
  /** Draw the chart without its frame at a plot width (its spec resized and unframed). */
  draw: DrawAtWidth;
  /** Let go of the view kept between drawings. Call it when done, drawings failed or not. */
  close(): void;
}

/** The first width drawn: its compilation without the width (see `sameButWidth`), what drawing it warned about, its alt text. */
interface First {
  width: number;
  key: string | undefined;
  warnings: string[];
  alt: string;
  /** The chart drawn in its frame (by {@link WidthDrawer.framed}), whose view hides the frame for the widths after it. */
  framed?: Chart;
}

/**
 * A drawer for the widths of one chart; it remembers what the first drawings had in common, so give
 * it only specs that differ by their width (one chart, resized and unframed).
 *
 * @example
 * const drawer = widthDrawer({locale: 'en-US'});
 * try {
 *   for (const width of [254, 334]) await drawer.draw({...chart, spec: unframe(resize(chart.spec, width, chart))}, {id: `c-${width}`, width});
 * } finally {
 *   drawer.close();
 * }
 */
export function widthDrawer({ locale = 'en-US', loader }: WidthDrawerOptions = {}): WidthDrawer {
  let first: First | undefined;
  // The view kept, from the first drawing until the second shows whether it can be drawn again.
  let kept: vega.View | undefined;
  // Whether the kept view can be drawn at other widths, once two widths are compiled.
  let again: boolean | undefined;
  // Whether the kept view is the framed drawing's, whose frame is hidden for the widths.
  let switchable = false;

  const close = () => {
    kept?.finalize();
    kept = undefined;
    switchable = false;
  };
  /** Draw with a new view, kept for the next width when `keep`. */
  const drawAnew = async (chart: Chart, { id, vgSpec, log, keep }: { id: string; vgSpec: vega.Spec; log: CollectedLog; keep: boolean }) => {
    close();
    if (!keep) return drawRuntime(await parseSpec(vgSpec, { id }), { id, chart, loader, locale, log });
    const view = await openView(await parseSpec(vgSpec, { id }), { id, loader, log });
    kept = view;
    return drawView(view, { id, chart, locale, log });
  };
  /** Draw the kept view again at `width`, or anew when Vega's marks came out in another order. */
  const drawAgain = async (chart: Chart, { id, width, view }: { id: string; width: number; view: vega.View }) => {
    const log = collectLogger();
    log.warnings.push(...(first?.warnings ?? []));
    view.logger(log.logger);
    const unframe = switchable;
    // The frame's titles go (and the room they took) with the width, in the same run.
    if (unframe) view.signal(FRAME_PARAM, false);
    if (await rewidth(view, width)) {
      // What the first drawing warned about (transforms that warned then do not run again), and anything new.
      const rendered = await drawView(view, { id, chart, locale, log, unframed: unframe, ...(first ? { alt: first.alt } : {}) });
      return { ...rendered, warnings: [...new Set(rendered.warnings)] };
    }
    const fresh = collectLogger();
    return drawAnew(chart, { id, vgSpec: compileSpec(chart.spec, { id, log: fresh }), log: fresh, keep: true });
  };

  const framed: WidthDrawer['framed'] = async (chart, { id }) => {
    close();
    first = undefined;
    again = undefined;
    const spec = singleView(chart.spec) === undefined ? undefined : switchableFrame(chart.spec);
    if (spec === undefined) return renderSVG(chart, { id, locale, ...(loader !== undefined ? { loader } : {}) });
    const log = collectLogger();
    const vgSpec = compileSpec(spec, { id, log });
    const width = typeof vgSpec.width === 'number' ? vgSpec.width : Number.NaN;
    const key = sameButWidth(vgSpec, width, log.warnings);
    const view = await openView(await parseSpec(vgSpec, { id }), { id, loader, log });
    kept = view;
    switchable = true;
    const rendered = await drawView(view, { id, chart, locale, log });
    first = { width, key, warnings: [...rendered.warnings], alt: rendered.alt, framed: chart };
    return rendered;
  };

  /** After a framed drawing: whether its view draws the chart at `width` too (compiled there, it differs by the width alone). */
  const framedAgain = (framedChart: Chart, { id, width }: { id: string; width: number }): boolean => {
    if (first?.key === undefined) return false;
    // Resized to its own width, a spec whose view says its width as a number, the theme's default
    // width the same, is unchanged: at another width the two numbers are all that differs, and
    // Vega-Lite writes a view's width into the Vega spec as it is (no chart of its gallery compiles
    // otherwise: see the width drawer's conformance test). No need to compile it to see.
    if (JSON.stringify(resize(framedChart.spec, first.width)) === JSON.stringify(framedChart.spec)) return true;
    const resized = resize(framedChart.spec, width);
    const spec = resized === undefined ? undefined : switchableFrame(resized);
    if (spec === undefined) return false;
    const log = collectLogger();
    return sameButWidth(compileSpec(spec, { id, log }), width, log.warnings) === first.key;
  };

  const draw: DrawAtWidth = async (chart, { id, width }) => {
    if (kept !== undefined && again) return drawAgain(chart, { id, width, view: kept });
    if (first?.framed !== undefined) {
      // The framed drawing's view draws the widths too, or none of them: from here the chart is drawn as if it had not been.
      again = first.width !== width && framedAgain(first.framed, { id, width });
      if (again && kept !== undefined) {
        first = { ...first, alt: altText(chart, { locale }) };
        return drawAgain(chart, { id, width, view: kept });
      }
      close();
      first = undefined;
      again = undefined;
    }
    const log = collectLogger();
    const vgSpec = compileSpec(chart.spec, { id, log });
    if (first === undefined) {
      const key = sameButWidth(vgSpec, width, log.warnings);
      const rendered = await drawAnew(chart, { id, vgSpec, log, keep: true });
      first = { width, key, warnings: [...rendered.warnings], alt: rendered.alt };
      return rendered;
    }
    if (again === undefined && kept !== undefined && first.width !== width) {
      again = first.key !== undefined && first.key === sameButWidth(vgSpec, width, log.warnings);
      if (again) return drawAgain(chart, { id, width, view: kept });
    }
    return drawAnew(chart, { id, vgSpec, log, keep: false });
  };
  return { framed, draw, close };
}

/**
 * What two compilations of the chart must share to be drawn by one view: the Vega spec without its
 * width (`widthFree`), and what compiling warned about. Taken before parsing, which writes into the spec.
 */
function sameButWidth(vgSpec: vega.Spec, width: number, warnings: readonly string[]): string | undefined {
  const free = widthFree(vgSpec, width);
  return free === undefined ? undefined : JSON.stringify([free, warnings]);
}
