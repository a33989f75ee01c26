/**
 * The standalone embed page of one chart (`charts/<id>.html`): what an `<iframe>` shows. Title,
 * subtitle, the chart drawn for the reader's width, source line, notes, byline, a "Get the data" link
 * and a table of the numbers for screen readers. Static by default; an interactive chart loads the
 * vendored Vega files and is redrawn live, with tooltips.
 */

import type { Chart } from '../../charts/chart.js';
import { documentHead, escape, jsonForScript } from '../html.js';
import * as msg from '../../messages/embed.js';
import { contentSecurityPolicy } from './csp.js';
import { renderDataTable } from './data-table.js';
import { EMBED_CSS, variantCSS } from './embed-css.js';
import { HEIGHT_REPORTER } from './height-reporter.js';
import { INTERACTIVE_LOADER, SPECS_ID } from './interactive-loader.js';
import type { ChartVariant } from './variants.js';
import { formatDate } from '../../facts/format-date.js';

/** Options for {@link renderEmbedPage}. */
export interface EmbedPageOptions {
  /** Chart id: names its files (`../data/<id>.csv`). */
  id: string;
  chart: Chart;
  /** The chart's drawings, narrowest first (see `renderVariants`). */
  variants: readonly ChartVariant[];
  /** The report it belongs to: its title (linked), byline and date. */
  report: { slug: string; title: string; byline?: string; date?: string; locale: string };
  /**
   * Paths of the vendored Vega scripts relative to the report's folder, in load order; given, the
   * chart is redrawn live. Default none: a static page.
   */
  vendorScripts?: readonly string[];
}

/** The page's HTML and what its CSP allows, for tests and the embeds index. */
export interface EmbedPage {
  html: string;
  /** Inline scripts, by their exact text. */
  scripts: string[];
  /** Inline styles, by their exact text. */
  styles: string[];
  csp: string;
}

/** Render a chart's embed page. Pages live in `charts/`, so links to the report's files start with `../`. */
export function renderEmbedPage({ id, chart, variants, report, vendorScripts = [] }: EmbedPageOptions): EmbedPage {
  const live = vendorScripts.length > 0;
  const style = `${EMBED_CSS}\n${variantCSS(variants)}`;
  const scripts = [HEIGHT_REPORTER, ...(live ? [INTERACTIVE_LOADER] : [])];
  const csp = contentSecurityPolicy({ scripts, styles: [style], selfScripts: live });
  const slot = (i: number) => `chart-${id}-${i}`;
  const drawings = variants.map((variant, i) => `<div class="variant variant-${i}" id="${escape(slot(i))}">${variant.svg}</div>`).join('\n');
  const specs = live ? `<script type="application/json" id="${SPECS_ID}">${jsonForScript(variants.map((variant, i) => ({ slot: slot(i), spec: variant.spec })))}</script>\n` : '';
  const vendor = vendorScripts.map((path) => `<script src="../${escape(path)}" defer></script>\n`).join('');
  const credit = [
    report.byline ? escape(report.byline) : '',
    report.date ? `<time datetime="${escape(report.date)}">${escape(formatDate(Date.parse(`${report.date}T00:00:00Z`), { locale: report.locale }))}</time>` : '',
    `<a href="../index.html#chart-${escape(id)}" target="_blank" rel="noopener">${escape(msg.fullReport(report.title))}</a>`,
  ].filter(Boolean).join(' · ');
  const source = [chart.source ? escape(chart.source) : '', `<a href="../data/${escape(id)}.csv" download>${escape(msg.getTheData())}</a>`].filter(Boolean).join(' · ');
  const html = `<!doctype html>
<html lang="${escape(report.locale)}" data-embed-id="${escape(`${report.slug}/${id}`)}">
${documentHead({ title: chart.title, csp: csp, css: style })}
<body>
<main>
<h1>${escape(chart.title)}</h1>
${chart.subtitle ? `<p class="subtitle">${escape(chart.subtitle)}</p>\n` : ''}<div class="chart">
${drawings}
</div>
${renderDataTable(chart.data, { title: chart.title, locale: report.locale })}
<footer>
${chart.notes ? `<p class="notes">${escape(chart.notes)}</p>\n` : ''}<p class="source">${source}</p>
<p class="byline">${credit}</p>
</footer>
</main>
${specs}${vendor}${scripts.map((script) => `<script>${script}</script>`).join('\n')}
</body>
</html>
`;
  return { html, scripts, styles: [style], csp };
}
