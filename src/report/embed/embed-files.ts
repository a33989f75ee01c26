/**
 * Everything a report writes so that its charts can be published on their own: PNGs at 1x and 2x, an
 * embed page per chart, the embeds index, and the vendored Vega files when a chart is interactive.
 */

import type { Chart } from '../../charts/chart.js';
import { isCopydeskError } from '../../errors.js';
import * as msg from '../../messages/embed.js';
import type { RenderedSVG } from '../../charts/render.js';
import type { OutputFile } from '../write-output.js';
import { startChartPNGs, type ChartPNGs } from './chart-pngs.js';
import { renderEmbedPage } from './embed-page.js';
import { renderEmbedsIndex, type EmbedsIndexEntry } from './embeds-index.js';
import { embedSnippet, type EmbedSnippetOptions } from './snippet.js';
import { renderVariants, VARIANT_WIDTHS, type ResponsiveChart } from './variants.js';
import type { WidthDrawer } from './width-drawer.js';
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
  /** What remembers its embed drawings, when not the files' own (`noMemo` for a chart drawn from a file by URL). */
  memo?: Memo;
  /** Its embed drawings, when drawn already (see {@link chartVariants}); default: drawn here. */
  variants?: ResponsiveChart;
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

/** The build's warning for a chart whose PNGs resvg could not draw, with the error's hint (what to do) when it has one. */
function pngsFailed(id: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return msg.pngsFailed(id, reason, isCopydeskError(error) ? error.hint : undefined);
}

/** Options for {@link chartVariants}. */
export interface ChartVariantsOptions {
  /** Locale of the alt text. */
  locale: string;
  /** Target widths. Default `VARIANT_WIDTHS`. */
  widths?: readonly number[];
  /** Remembers drawings between builds, when the chart has no memo of its own; default none. */
  memo?: Memo;
  /** A drawer that drew the chart in its frame (see `WidthDrawer.framed`); the caller closes it. */
  drawer?: WidthDrawer;
}

/** A chart's embed drawings (see `renderVariants`), remembered by its memo. */
export function chartVariants(
  { id, chart, rendered, memo: chartMemo }: RenderedChart,
  { locale, widths = VARIANT_WIDTHS, memo = noMemo, drawer }: ChartVariantsOptions,
): Promise<ResponsiveChart> {
  return (chartMemo ?? memo)(['variants', id, chart, widths, locale, rendered.width], () =>
    renderVariants(chart, { id, widths, locale, ownWidth: rendered.width, ...(drawer !== undefined ? { drawer } : {}) }));
}

/** A report's embed pages, rendered, and its PNGs, perhaps still drawing (see {@link startEmbedFiles}). */
export interface PendingEmbedFiles {
  /** Wait for the PNGs, then every file: PNGs, embed pages, vendored scripts, the embeds index. */
  finish(): Promise<EmbedFiles>;
}

/**
 * Render the embed files of a report's charts, in memory, up to the PNGs: the variants and embed
 * pages are drawn here while the PNG renderer's process draws the PNGs, and `finish` waits for them.
 * A build renders its report page in between, so that the PNGs are drawn while it works rather than
 * while it waits. The files come out in the same order whichever PNG is done first. A chart whose
 * PNGs cannot be drawn (resvg refused or crashed on its SVG) gets a warning instead of them, and an
 * embed code and index entry that do not refer to them: the build goes on.
 */
export async function startEmbedFiles({ report, charts, widths = VARIANT_WIDTHS, memo = noMemo }: EmbedFilesOptions): Promise<PendingEmbedFiles> {
  const started = charts.map((chart) => ({ ...chart, pngs: chart.pngs ?? startChartPNGs(chart.rendered, { memo }) }));
  const pages: { id: string; title: string; html: string; live: boolean; snippet: EmbedSnippetOptions; pngs: Promise<ChartPNGs> }[] = [];
  const warnings: string[] = [];
  const vendor = charts.some(({ chart }) => chart.interactive === true) ? vendorFiles({ report: report.slug }) : undefined;
  for (const entry of started) {
    const { id, chart, rendered, pngs } = entry;
    const { variants, warnings: drawn } = entry.variants ?? await chartVariants(entry, { locale: report.locale, widths, memo });
    drawn.forEach((warning) => warnings.push(`chart "${id}": ${warning}`));
    const live = chart.interactive === true && vendor !== undefined;
    const page = renderEmbedPage({ id, chart, variants, report, ...(live ? { vendorScripts: vendor.scripts } : {}) });
    const middle = variants[Math.floor(variants.length / 2)] ?? rendered;
    const snippet = {
      slug: report.slug, id, title: chart.title, alt: rendered.alt,
      imageWidth: rendered.width, imageHeight: rendered.height, height: middle.height + TEXT_HEIGHT,
    };
    pages.push({ id, title: chart.title, html: page.html, live, snippet, pngs });
  }
  const finish = async (): Promise<EmbedFiles> => {
    const drawn = await Promise.allSettled(pages.map(({ pngs }) => pngs));
    const files: OutputFile[] = [];
    const entries: EmbedsIndexEntry[] = [];
    for (const [i, { id, title, html, live, snippet }] of pages.entries()) {
      const pngs = drawn[i]!;
      if (pngs.status === 'fulfilled') files.push({ path: `charts/${id}.png`, contents: pngs.value.png }, { path: `charts/${id}@2x.png`, contents: pngs.value.png2x });
      else warnings.push(pngsFailed(id, pngs.reason));
      files.push({ path: `charts/${id}.html`, contents: html });
      const png = pngs.status === 'fulfilled';
      entries.push({ id, title, snippet: embedSnippet({ ...snippet, image: png }), interactive: live, png });
    }
    if (vendor !== undefined) files.push(...vendor.files);
    if (charts.length > 0) files.push({ path: 'embeds.html', contents: renderEmbedsIndex({ report, entries }).html });
    return { files, warnings };
  };
  return { finish };
}
