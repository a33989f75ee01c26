/** PNG export of a rendered chart, for social cards and documents that cannot take SVG. */

import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { DEJAVU_SANS, dejaVuSansFiles, setInDejaVuSans } from './dejavu-sans.js';
import { pngProcess } from './png-process.js';
import type { RenderedSVG } from './render.js';

/** Options for {@link renderPNG} and {@link renderPNGAsync}. */
export interface RenderPNGOptions {
  /** Pixel density: 2 draws a 560 px chart 1120 px wide. Default 2. */
  scale?: number;
  /** Font used where the SVG's fonts are missing. Default `'DejaVu Sans'`. */
  defaultFont?: string;
}

/**
 * Rasterise a chart's SVG with resvg, using the system's fonts (the theme's stack starts with DejaVu
 * Sans, which rendering machines have; an SVG set in it alone loads only its files, which draws the
 * same pixels faster). Returns the PNG file's bytes.
 *
 * resvg runs in this process: on the few SVGs it panics on (a clipped or translucent mark wholly
 * outside the picture), the process aborts. {@link renderPNGAsync}, which builds use, draws in a
 * process of its own and rejects instead.
 *
 * @example
 * await writeFile('contingents.png', renderPNG(rendered, {scale: 2}));
 */
export function renderPNG(svg: string | RenderedSVG, options: RenderPNGOptions = {}): Buffer {
  const text = svgText(svg);
  const { Resvg } = resvg();
  return new Resvg(text, resvgOptions(text, options)).render().asPng();
}

/** The SVG's markup, given as markup or as a rendered chart. */
function svgText(svg: string | RenderedSVG): string {
  return typeof svg === 'string' ? svg : svg.svg;
}

let binding: typeof import('@resvg/resvg-js') | undefined;

/**
 * resvg, loaded on first use: a build draws its PNGs in the PNG renderer's process, and loading the
 * native module (it asks Node for a whole diagnostic report to tell glibc from musl) would only slow
 * the main thread's start.
 */
function resvg(): typeof import('@resvg/resvg-js') {
  binding ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  return binding;
}

/**
 * {@link renderPNG} in a process of its own, which reads, draws and encodes the PNG, so the caller
 * goes on (drawing the next chart, say) meanwhile. The same bytes as `renderPNG`. Where resvg crashes
 * on the SVG (a panic in its Rust code aborts the process it runs in), only that process dies: the
 * promise rejects with a copydesk error naming the crash, and the next PNG starts a new process.
 *
 * @example
 * const [png, png2x] = await Promise.all([1, 2].map((scale) => renderPNGAsync(rendered, {scale})));
 */
export async function renderPNGAsync(svg: string | RenderedSVG, options: RenderPNGOptions = {}): Promise<Buffer> {
  const text = svgText(svg);
  return (await pngProcess().render(text, resvgOptions(text, options))).png;
}

/** A chart's PNGs at its size and at twice its size. */
export interface PNGPair {
  /** At the SVG's size: `renderPNG(svg, {scale: 1})`, give or take a shade on a few edges. */
  png: Buffer;
  /** At twice its size: `renderPNG(svg, {scale: 2})`. */
  png2x: Buffer;
}

/**
 * A chart's PNGs at 1x and 2x, in the PNG renderer's process as {@link renderPNGAsync}, for about
 * half the work of two drawings: resvg lays out the chart's text once, for the 2x drawing, and draws
 * the 1x from that drawing's tree. The 2x is `renderPNG(svg, {scale: 2})` byte for byte. The 1x is
 * `renderPNG(svg, {scale: 1})` but for the anti-aliasing of a few edges, as the tree's numbers are
 * written rounded: across Vega-Lite's gallery, half the charts came out byte for byte the same and
 * the rest differed in at most 0.13% of their bytes; the first report's charts, not at all.
 *
 * @example
 * const {png, png2x} = await renderPNGPairAsync(rendered);
 */
export async function renderPNGPairAsync(svg: string | RenderedSVG, options: Omit<RenderPNGOptions, 'scale'> = {}): Promise<PNGPair> {
  const text = svgText(svg);
  const { png, half } = await pngProcess().render(text, resvgOptions(text, { ...options, scale: 2 }), { half: true });
  if (half === undefined) throw new Error('the PNG renderer drew no 1x PNG');
  return { png: half, png2x: png };
}

/**
 * resvg's options. Loading the system's fonts reads every font file on the machine, for every PNG;
 * an SVG set in DejaVu Sans alone (the theme's font) gets just that font's files, which draws the
 * same pixels: resvg would pick those very files from the system's fonts.
 */
function resvgOptions(svg: string, { scale = 2, defaultFont = DEJAVU_SANS }: RenderPNGOptions): ResvgRenderOptions {
  const files = defaultFont === DEJAVU_SANS && setInDejaVuSans(svg) ? dejaVuSansFiles() : undefined;
  return {
    fitTo: { mode: 'zoom', value: scale },
    font: files === undefined ? { loadSystemFonts: true, defaultFontFamily: defaultFont } : { loadSystemFonts: false, fontFiles: files, defaultFontFamily: defaultFont },
  };
}
