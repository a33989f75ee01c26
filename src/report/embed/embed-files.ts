/**
 * Everything a report writes so that its charts can be published on their own: PNGs at 1x and 2x, an
 * embed page per chart, the embeds index, and the vendored Vega files when a chart is interactive.
 */

import type { Chart } from '../../charts/chart.js';
import type { RenderedSVG } from '../../charts/render.js';
import type { OutputFile } from '../write-output.js';
import { startChartPNGs, type ChartPNGs } from './chart-pngs.js';
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
  /** Its PNGs, when started already (see `startChartPNGs`); default: started here. */
  pngs?: Promise<ChartPNGs>;
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
 * Render the embed files of a report's charts, in memory. The PNGs are `renderPNG`'s, drawn on a
 * worker thread while the variants are drawn here, and put in their places at the end (the files come
 * out in the same order, whichever PNG is done first).
 */
export async function renderEmbedFiles({ report, charts, widths = VARIANT_WIDTHS, memo = noMemo }: EmbedFilesOptions): Promise<EmbedFiles> {
  const started = charts.map((chart) => ({ ...chart, pngs: chart.pngs ?? startChartPNGs(chart.rendered, { memo }) }));
  const pages: { id: string; html: string; pngs: Promise<ChartPNGs> }[] = [];
  const warnings: string[] = [];
  const vendor = charts.some(({ chart }) => chart.interactive === true) ? vendorFiles({ report: report.slug }) : undefined;
  const entries: EmbedsIndexEntry[] = [];
  for (const { id, chart, rendered, pngs } of started) {
    const { variants, warnings: drawn } = await memo(['variants', id, chart, widths, report.locale, rendered.width], () =>
      renderVariants(chart, { id, widths, locale: report.locale, ownWidth: rendered.width }));
    drawn.forEach((warning) => warnings.push(`chart "${id}": ${warning}`));
    const live = chart.interactive === true && vendor !== undefined;
    const page = renderEmbedPage({ id, chart, variants, report, ...(live ? { vendorScripts: vendor.scripts } : {}) });
    pages.push({ id, html: page.html, pngs });
    const middle = variants[Math.floor(variants.length / 2)] ?? rendered;
    const snippet = embedSnippet({
      slug: report.slug, id, title: chart.title, alt: rendered.alt,
      imageWidth: rendered.width, imageHeight: rendered.height, height: middle.height + TEXT_HEIGHT,
    });
    entries.push({ id, title: chart.title, snippet, interactive: live });
  }
  const files: OutputFile[] = (await Promise.all(pages.map(async ({ id, html, pngs }) => {
    const { png, png2x } = await pngs;
    return [{ path: `charts/${id}.png`, contents: png }, { path: `charts/${id}@2x.png`, contents: png2x }, { path: `charts/${id}.html`, contents: html }];
  }))).flat();
  if (vendor !== undefined) files.push(...vendor.files);
  if (charts.length > 0) files.push({ path: 'embeds.html', contents: renderEmbedsIndex({ report, entries }).html });
  return { files, warnings };
}
