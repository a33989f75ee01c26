/**
 * The chart value every builder returns: a Vega-Lite spec with its data inlined, plus what a report
 * prints around it (title, source line, alt text) and where its numbers come from.
 */

import type { TopLevelSpec } from 'vega-lite';
import type { FactSource } from '../facts/fact.js';
import { safeTitles } from './safe-titles.js';

/** A chart, ready to render ({@link renderSVG}) or to embed as Vega-Lite. Plain data: JSON-serialisable. */
export interface Chart {
  kind: 'chart';
  /** Headline of the chart; also the SVG's `<title>`. */
  title: string;
  /** A line under the title: what is measured, in what unit. */
  subtitle?: string;
  /** Source line, printed under the chart ("Source: Kenyans.co.ke; Central Bank of Kenya"). */
  source?: string;
  /** Alt text written by the author; {@link altText} generates one when absent. */
  alt?: string;
  /** A note for the reader (how a value was derived, what is left out). */
  notes?: string;
  /** The Vega-Lite spec, theme included, data inlined as `values`. */
  spec: TopLevelSpec;
  /** The rows the chart draws, for a CSV download. */
  data: Record<string, unknown>[];
  /** The datasets and rows the chart's data comes from. */
  sources?: FactSource[];
  /** Whether the chart carries tooltips meant for an interactive embed. */
  interactive?: boolean;
}

/** Options every builder takes: the words around the chart and its size. */
export interface ChartOptions {
  /** Headline (required: a chart without one cannot be named to a screen-reader user). */
  title: string;
  subtitle?: string;
  /** Source line, drawn as a footer in the chart and kept on {@link Chart.source}. */
  source?: string;
  /** Alt text; generated from the spec and data when absent. */
  alt?: string;
  notes?: string;
  /** Provenance added to what the builder derives from a `Dataset`. */
  sources?: FactSource[];
  /** Add tooltips for an interactive embed. Default false. */
  interactive?: boolean;
  /** Width of the plotting area in pixels. Default 560 (`'container'` cannot be rendered headless). */
  width?: number;
  /** Height of the plotting area in pixels. Default 300 (bar charts size bands instead). */
  height?: number;
}

/** Whether a value is a {@link Chart} (rather than a bare Vega-Lite spec). */
export function isChart(value: unknown): value is Chart {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'chart';
}

/** Assemble a {@link Chart}, leaving out the optional fields that are not set. */
export function makeChart(
  spec: TopLevelSpec,
  data: Record<string, unknown>[],
  { title, subtitle, source, alt, notes, sources = [], interactive = false }: ChartOptions,
): Chart {
  return {
    kind: 'chart',
    title,
    ...(subtitle !== undefined ? { subtitle } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(alt !== undefined ? { alt } : {}),
    ...(notes !== undefined ? { notes } : {}),
    // Titles reach Vega expressions unescaped; the spec a chart carries (rendered, published, embedded) is the safe one.
    spec: safeTitles(spec),
    data,
    ...(sources.length > 0 ? { sources: unique(sources) } : {}),
    ...(interactive ? { interactive } : {}),
  };
}

/** Sources without repeats (two facts from the same rows name them once). */
function unique(sources: readonly FactSource[]): FactSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify(source);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
