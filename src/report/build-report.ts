import { isCopydeskError, ReportError } from '../errors.js';
import type { Dataset } from '../data/dataset.js';
import { pushdownChart } from '../charts/pushdown/pushdown-chart.js';
import { ledgerToJSON } from '../checks/ledger.js';
import { VERDICTS, type LedgerEntry } from '../checks/verdict.js';
import { factsToJSON } from '../facts/facts-to-json.js';
import type { Report } from './define-report.js';
import type { Cell, ChartCell, FactCheckCell } from './cells.js';
import { DATASET_NAME } from '../data/sidecar.js';
import type { ColumnTable } from 'arquero';
import { isColumnTable } from '../data/is-column-table.js';
import { collectFacts } from './collect-facts.js';
import { ledgerOf } from './ledger-of.js';
import { toDownloadCSV } from './csv.js';
import { renderFactCheck } from './fact-check.js';
import { renderPage } from './page.js';
import { renderCell, renderFactEntry, renderFactLink, renderFactsJSONScript, type CellContext } from './render-cells.js';
import type { Fact } from '../facts/fact.js';
import { defaultClock, silentLogger, type BuildLogger, type Clock } from './logger.js';
import type { OutputFile } from './write-output.js';
import { startChartPNGs } from './embed/chart-pngs.js';
import { chartVariants, startEmbedFiles, type RenderedChart } from './embed/embed-files.js';
import { widthDrawer } from './embed/width-drawer.js';
import { noMemo, type Memo } from './memo.js';
import { loadsData } from '../charts/data-urls.js';
import * as msg from '../messages/report.js';

/** Options for {@link renderReport}. */
export interface RenderReportOptions {
  logger?: BuildLogger;
  clock?: Clock;
  /** Remembers rendered charts between builds (the preview passes one); default none. */
  memo?: Memo;
}

/** Everything a build produces, before it is written. */
export interface RenderedReport {
  slug: string;
  files: OutputFile[];
  ledger: readonly LedgerEntry[];
  warnings: readonly string[];
}

function datasetsOf(report: Report): Dataset[] {
  const all = [...(report.datasets ?? [])];
  for (const cell of report.cells) {
    if (cell.type === 'table' && !isColumnTable(cell.data)) all.push(cell.data);
  }
  return [...new Map(all.map((dataset) => [dataset.name, dataset])).values()];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Render a cell; what its own code throws (a table column's `format`, say) is named by report and cell. */
function renderCellOrThrow(slug: string, cell: Cell, context: CellContext): string {
  try {
    return renderCell(cell, context);
  } catch (error) {
    if (isCopydeskError(error)) throw new ReportError(slug, error.message, { cellId: cell.id, ...(error.hint ? { hint: error.hint } : {}), cause: error });
    throw new ReportError(slug, msg.cellFailed(error instanceof Error ? error.message : String(error)), { cellId: cell.id, cause: error });
  }
}

/**
 * Draw a chart: in its frame (the report's SVG; its PNGs started in the PNG renderer's process) and
 * at each embed width, by one view where it can (see `WidthDrawer.framed`).
 */
async function drawChart(id: string, chart: ChartCell['chart'], { locale, memo, chartMemo }: { locale: string; memo: Memo; chartMemo: Memo }): Promise<RenderedChart> {
  const drawer = widthDrawer({ locale });
  try {
    // In the report's locale, as the embed drawings: it writes the alt text's numbers and dates.
    const rendered = await chartMemo(['svg', id, chart, locale], () => drawer.framed(chart, { id }));
    const drawn: RenderedChart = { id, chart, rendered, pngs: startChartPNGs(rendered, { memo }), memo: chartMemo };
    return { ...drawn, variants: await chartVariants(drawn, { locale, drawer }) };
  } finally {
    drawer.close();
  }
}

/**
 * Build a report in memory: facts, fact check, charts, the HTML page and every file beside it.
 * Pure apart from the logger; {@link writeOutput} puts the files on disk.
 */
export async function renderReport(report: Report, { logger = silentLogger, clock = defaultClock, memo = noMemo }: RenderReportOptions = {}): Promise<RenderedReport> {
  const warnings: string[] = [];
  const warn = (message: string) => { warnings.push(message); logger.warn(message); };
  let started = clock();
  const lap = (step: Parameters<BuildLogger['step']>[0]['step'], detail: string) => {
    const now = clock();
    logger.step({ report: report.slug, step, detail, ms: now - started });
    started = now;
  };

  const facts = collectFacts(report);
  lap('facts', `${facts.entries.length} facts`);

  const ledger = ledgerOf(report);
  const verdicts = VERDICTS.map((verdict) => [verdict, ledger.filter((entry) => entry.verdict === verdict).length] as const).filter(([, n]) => n > 0);
  lap('checks', `${ledger.length} claims${ledger.length ? ` (${verdicts.map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}`);

  const chartCells = report.cells.filter((cell): cell is ChartCell => cell.type === 'chart');
  const svgs = new Map<string, string>();
  const files: OutputFile[] = [];
  const renderedCharts: RenderedChart[] = [];
  // Charts as published: aggregations computed ahead of time, only their result inlined (issue 6).
  const pushedCharts = new Map<string, ChartCell['chart']>();
  for (const [index, cell] of chartCells.entries()) {
    logger.progress?.({ report: report.slug, step: 'charts', done: index, total: chartCells.length, item: cell.id });
    try {
      const { chart, warnings: pushdownWarnings } = pushdownChart(cell.chart, { id: cell.id });
      pushdownWarnings.forEach(warn);
      pushedCharts.set(cell.id, chart);
      // A chart drawn from a file it names by URL is drawn afresh, embed drawings too: its spec does not
      // say when the file changed. Its PNGs are remembered by its SVG, which is enough.
      const chartMemo = loadsData(chart.spec) ? noMemo : memo;
      const drawn = await drawChart(cell.id, chart, { locale: report.locale, memo, chartMemo });
      const { rendered } = drawn;
      rendered.warnings.forEach((w) => warn(`chart "${cell.id}": ${w}`));
      svgs.set(cell.id, rendered.svg);
      renderedCharts.push(drawn);
      files.push({ path: `charts/${cell.id}.svg`, contents: rendered.svg });
      files.push({ path: `charts/${cell.id}.vl.json`, contents: json(chart.spec) });
      files.push({ path: `data/${cell.id}.csv`, contents: toDownloadCSV(chart.data) });
    } catch (error) {
      if (isCopydeskError(error)) throw new ReportError(report.slug, error.message, { cellId: cell.id, ...(error.hint ? { hint: error.hint } : {}), cause: error });
      throw new ReportError(report.slug, msg.chartFailed(cell.id), { cellId: cell.id, cause: error });
    }
  }
  // Embed pages (issue 4), built from the charts just rendered; their PNGs are drawn while the page is.
  const embeds = await startEmbedFiles({ report, charts: renderedCharts, memo });
  lap('charts', `${chartCells.length} charts`);

  const datasets = datasetsOf(report);
  const chartIds = new Set(chartCells.map((cell) => cell.id));
  for (const dataset of datasets) {
    // The name becomes a file name: a dataset built in code may carry any string.
    if (!DATASET_NAME.test(dataset.name)) throw new ReportError(report.slug, msg.badDatasetName(dataset.name));
    if (chartIds.has(dataset.name)) throw new ReportError(report.slug, msg.downloadClash(dataset.name), { cellId: dataset.name });
    files.push({ path: `data/${dataset.name}.csv`, contents: toDownloadCSV(dataset.table) });
  }
  const factsJSON = factsToJSON(facts.entries.map(({ id, fact }) => ({ ...fact, id })));
  const claimsJSON = ledgerToJSON(ledger);
  const context: CellContext = {
    locale: report.locale,
    factId: facts.id,
    chartSVG: (id: string) => svgs.get(id) ?? '',
    renderFactCheck: (cell: FactCheckCell) => renderFactCheck(cell, ledger, {
      locale: report.locale,
      ...(report.article === undefined ? {} : { article: report.article }),
      renderFact: (fact: Fact) => renderFactLink(fact, context),
    }),
  };
  const published = (cell: Cell): Cell => (cell.type === 'chart' ? { ...cell, chart: pushedCharts.get(cell.id) ?? cell.chart } : cell);
  const body = report.cells.map((cell) => renderCellOrThrow(report.slug, published(cell), context)).join('\n');
  const html = renderPage({
    report,
    body,
    factEntries: facts.entries.map(({ id, fact }) => renderFactEntry(id, fact)),
    downloads: [
      ...datasets.map((d) => ({ href: `data/${d.name}.csv`, label: `${d.meta.title ?? d.name} (CSV)` })),
      { href: 'facts.json', label: 'Every fact with its provenance (JSON)' },
      ...(ledger.length > 0 ? [{ href: 'claims.json', label: 'The fact-check ledger (JSON)' }] : []),
      ...(chartCells.length > 0 ? [{ href: 'embeds.html', label: 'Embed these charts in an article (codes, PNG and SVG)' }] : []),
    ],
    tail: renderFactsJSONScript(JSON.parse(factsJSON)),
  });
  files.unshift({ path: 'index.html', contents: html });
  files.push({ path: 'facts.json', contents: factsJSON });
  files.push({ path: 'claims.json', contents: json(claimsJSON) });
  lap('html', `${Math.round(html.length / 1024)} KB page`);

  // The PNGs and the embeds index, which tells which charts have them.
  const { files: embedFiles, warnings: embedWarnings } = await embeds.finish();
  embedWarnings.forEach(warn);
  files.push(...embedFiles);
  if (chartCells.length > 0) lap('pngs', `${embedFiles.filter((file) => file.path.endsWith('.png')).length} PNGs, ${files.length} files in all`);
  return { slug: report.slug, files, ledger, warnings };
}
