/**
 * The frame every chart shares: headline and subtitle as the Vega-Lite title, the source line as a
 * footer inside the chart (so an exported SVG or PNG carries its credit), and the newsroom theme.
 */

import type { TopLevelSpec } from 'vega-lite';
import type { DataMixins, FacetedUnitSpec, Field, LayerSpec, TitleParams } from './vl-types.js';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, FONT_SIZE, INK, theme } from './theme.js';
import { wrapText } from './wrap-text.js';

/** The Vega-Lite schema every chart declares. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A single view: one mark, or layered marks over shared scales. */
export type ViewSpec = (FacetedUnitSpec<Field> & DataMixins) | LayerSpec<Field>;

/** Options for {@link frame}. */
export interface FrameOptions {
  title: string;
  subtitle?: string;
  source?: string;
  /** Width of the plotting area, used to break the title and source into lines. Default 560. */
  width?: number;
  /** Default height of continuous views (the theme's). Default 300. */
  height?: number;
}

/** The headline block: title and subtitle, broken into lines that fit `width`. */
export function headline({ title, subtitle, width = DEFAULT_WIDTH }: Pick<FrameOptions, 'title' | 'subtitle' | 'width'>): TitleParams<never> {
  const text = wrapText(title, { width, fontSize: FONT_SIZE.title, bold: true });
  return subtitle === undefined ? { text } : { text, subtitle: wrapText(subtitle, { width, fontSize: FONT_SIZE.subtitle }) };
}

/** The source line as a bottom title: Vega lays titles out below the axes, so it never collides with them. */
export function footer(source: string, { width = DEFAULT_WIDTH }: { width?: number } = {}): TitleParams<never> {
  return {
    text: wrapText(source, { width, fontSize: FONT_SIZE.source }),
    orient: 'bottom',
    anchor: 'start',
    fontSize: FONT_SIZE.source,
    fontWeight: 'normal',
    color: INK.muted,
    offset: 16,
  };
}

/**
 * Put a view in the newsroom frame. Without a source line the view stays a single (unit or layer)
 * spec; with one it becomes the only panel of a `vconcat`, because a single view has room for one
 * title and the headline takes it.
 */
export function frame(view: ViewSpec, { title, subtitle, source, width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT }: FrameOptions): TopLevelSpec {
  const head = { $schema: VEGA_LITE_SCHEMA, title: headline({ title, subtitle, width }) };
  const config = theme({ width, height });
  if (source === undefined) return { ...head, ...view, config };
  return { ...head, vconcat: [{ ...view, title: footer(source, { width }) }], config };
}
