/**
 * The newsroom theme: one Vega-Lite `config` shared by every chart. Built to be read on a phone
 * (320 px): no text under 11 px, a colour-blind-safe palette, text colours that pass WCAG AA on white.
 */

import type { Config } from 'vega-lite';

/** Okabe–Ito categorical palette (distinguishable with the common colour-vision deficiencies), blue first. */
export const PALETTE: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

/** Text and rule colours. Every text colour has a contrast ratio of at least 4.5:1 on white (WCAG AA). */
export const INK = {
  /** Headlines (17.4:1). */
  title: '#1a1a1a',
  /** Labels and annotations (12.6:1). */
  text: '#333333',
  /** Subtitles, axis labels, source lines (7.0:1). */
  muted: '#595959',
  /** Axis domains and ticks: graphics, 3:1 is enough (3.3:1). */
  rule: '#8c8c8c',
  /** Gridlines: decorative, kept faint on purpose. */
  grid: '#e6e6e6',
} as const;

/** Font stack: DejaVu Sans first (installed where charts are rendered to PNG), then system sans fonts. */
export const FONT = '"DejaVu Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Font sizes in pixels; none is below 11 so that a chart stays legible on a 320 px screen. */
export const FONT_SIZE = { title: 18, subtitle: 13, label: 12, source: 11 } as const;

/** Default size of the plotting area. */
export const DEFAULT_WIDTH = 560;
export const DEFAULT_HEIGHT = 300;

/** Options for {@link theme}. */
export interface ThemeOptions {
  /** Width of continuous views in pixels. Default 560. */
  width?: number;
  /** Height of continuous views in pixels. Default 300. */
  height?: number;
  /** CSS font stack. Default {@link FONT}. */
  font?: string;
}

/**
 * The newsroom theme as a Vega-Lite config. Pass it as a spec's `config`, or to `renderSVG` as
 * `config` to theme a spec written elsewhere.
 *
 * @example
 * const spec = {...gallerySpec, config: theme({width: 320})};
 */
export function theme({ width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, font = FONT }: ThemeOptions = {}): Config {
  const label = { labelFontSize: FONT_SIZE.label, labelColor: INK.muted, titleFontSize: FONT_SIZE.label, titleColor: INK.text };
  return {
    font,
    background: 'white',
    // A fixed width: `width: 'container'` needs a DOM to measure, which headless rendering has not.
    view: { continuousWidth: width, continuousHeight: height, stroke: null },
    title: {
      anchor: 'start',
      fontSize: FONT_SIZE.title,
      fontWeight: 'bold',
      color: INK.title,
      subtitleFontSize: FONT_SIZE.subtitle,
      subtitleColor: INK.muted,
      subtitlePadding: 6,
      offset: 14,
    },
    axis: {
      ...label,
      titleFontWeight: 'normal',
      titlePadding: 8,
      domainColor: INK.rule,
      tickColor: INK.rule,
      gridColor: INK.grid,
      labelLimit: 180,
    },
    legend: { ...label, titleFontWeight: 'normal', orient: 'top', symbolType: 'circle' },
    header: { ...label, labelFontSize: FONT_SIZE.label, titleFontWeight: 'normal' },
    range: { category: [...PALETTE] },
    mark: { color: PALETTE[0] },
    line: { strokeWidth: 2 },
    point: { filled: true, size: 60 },
    text: { fontSize: FONT_SIZE.label, color: INK.text },
    rule: { color: INK.text },
  };
}
