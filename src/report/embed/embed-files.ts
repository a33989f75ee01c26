/**
 * Everything a report writes so that its charts can be published on their own: PNGs at 1x and 2x, an
 * embed page per chart, the embeds index, and the vendored Vega files when a chart is interactive.
 */

import type { Chart } from '../../charts/chart.js';
import type { RenderedSVG } from '../../charts/render.js';
import { renderPNG } from '../../charts/render-png.js';
import type { OutputFile } from '../write-output.js';
import { renderEmbedPage } from './embed-page.js';
import { renderEmbedsIndex, type EmbedsIndexEntry } from './embeds-index.js';
import { embedSnippet } from './snippet.js';
import { renderVariants, VARIANT_WIDTHS } from './variants.js';
import { vendorFiles } from './vendor.js';
import { noMemo, type Memo } from '../memo.js';

/** A chart of the report, as the build rendered it. */
export interface RenderedChart {
  id: string;
  chart: Chart;
  /** The framed SVG written to `charts/<id>.svg`: the PNGs are drawn from it. */
  rendered: RenderedSVG;
}

/** Options for {@link renderEmbedFiles}. */
export interface EmbedFilesOptions {
  report: { slug: string; title: string; byline?: string; date?: string; locale: string };
  charts: readonly RenderedChart[];
  /** Target widths of the embed drawings. Default `VARIANT_WIDTHS`. */
  widths?: readonly number[];
  /** Remembers PNGs and drawings between builds (the preview's); default none. */
  memo?: Memo;
}

/** The files, by path relative to the report's folder, and what the renderer warned about. */
export interface EmbedFiles {
  files: OutputFile[];
  warnings: string[];
}

/** Height an embed code gives its frame before the page reports its own: text around a mid-width drawing. */
const TEXT_HEIGHT = 150;

/**
 * Render the embed files of a report's charts, in memory. The PNGs use resvg with the system's fonts,
 * as `renderPNG` does: the theme's first font, DejaVu Sans, is the one the SVG names.
 */
export async function renderEmbedFiles({ report, charts, widths = VARIANT_WIDTHS, memo = noMemo }: EmbedFilesOptions): Promise<EmbedFiles> {
  const files: OutputFile[] = [];
  const warnings: string[] = [];
  const vendor = charts.some(({ chart }) => chart.interactive === true) ? vendorFiles({ report: report.slug }) : undefined;
  const entries: EmbedsIndexEntry[] = [];
  for (const { id, chart, rendered } of charts) {
    files.push({ path: `charts/${id}.png`, contents: await memo(['png', 1, rendered.svg], () => renderPNG(rendered, { scale: 1 })) });
    files.push({ path: `charts/${id}@2x.png`, contents: await memo(['png', 2, rendered.svg], () => renderPNG(rendered, { scale: 2 })) });
    const { variants, warnings: drawn } = await memo(['variants', id, chart, widths, report.locale], () => renderVariants(chart, { id, widths, locale: report.locale }));
    drawn.forEach((warning) => warnings.push(`chart "${id}": ${warning}`));
    const live = chart.interactive === true && vendor !== undefined;
    const page = renderEmbedPage({ id, chart, variants, report, ...(live ? { vendorScripts: vendor.scripts } : {}) });
    files.push({ path: `charts/${id}.html`, contents: page.html });
    const middle = variants[Math.floor(variants.length / 2)] ?? rendered;
    const snippet = embedSnippet({
      slug: report.slug, id, title: chart.title, alt: rendered.alt,
      imageWidth: rendered.width, imageHeight: rendered.height, height: middle.height + TEXT_HEIGHT,
    });
    entries.push({ id, title: chart.title, snippet, interactive: live });
  }
  if (vendor !== undefined) files.push(...vendor.files);
  if (charts.length > 0) files.push({ path: 'embeds.html', contents: renderEmbedsIndex({ report, entries }).html });
  return { files, warnings };
}
