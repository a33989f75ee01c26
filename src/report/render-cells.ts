import type { Fact } from '../facts/fact.js';
import type { Chart } from '../charts/chart.js';
import type { Cell, ChartCell, FactBoxCell, NoteCell, ProseCell, TableCell, TableColumn } from './cells.js';
import { escape, jsonForScript } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderHow, renderHowDisclosure, renderSources } from './provenance.js';
import { formatValue, isNumeric } from './format-value.js';
import { tableOf } from './table-of.js';

/** What cell rendering needs from the build: fact ids, rendered charts, the fact-check section. */
export interface CellContext {
  locale: string;
  factId(fact: Fact): string | undefined;
  chartSVG(id: string): string;
  renderFactCheck(cell: Extract<Cell, { type: 'fact-check' }>): string;
}

/** An interpolated fact: its printed text, linked to its provenance at the foot of the page. */
export function renderFactLink(fact: Fact, context: CellContext): string {
  const id = context.factId(fact);
  const text = escape(fact.text);
  if (id === undefined) return `<span class="fact">${text}</span>`;
  return `<a class="fact" href="#fact-${escape(id)}" data-fact="${escape(id)}" title="${escape(fact.label)}">${text}</a>`;
}

function renderProse(cell: ProseCell | NoteCell, context: CellContext): string {
  const body = renderMarkdown(cell.text, { renderFact: (fact) => renderFactLink(fact, context) });
  if (cell.type === 'prose') return body;
  const title = cell.title ? `<h3>${escape(cell.title)}</h3>` : '';
  return `<aside class="note">${title}${body}</aside>`;
}

function renderFactBox(cell: FactBoxCell, context: CellContext): string {
  const title = cell.title ? `<h3>${escape(cell.title)}</h3>` : '';
  const items = cell.facts.map((fact) => {
    const id = context.factId(fact);
    return `<li><span class="value"${id ? ` data-fact="${escape(id)}"` : ''}>${escape(fact.text)}</span><span class="label">${escape(fact.label)}</span>${renderHowDisclosure(fact)}</li>`;
  });
  return `<section class="fact-box" aria-label="${escape(cell.title ?? 'Key figures')}">${title}<ul>${items.join('')}</ul></section>`;
}

function columnsOf(cell: TableCell, names: readonly string[]): [string, TableColumn][] {
  if (!cell.columns) return names.map((name) => [name, {}]);
  return Object.entries(cell.columns).map(([name, column]) => [name, typeof column === 'string' ? { label: column } : column]);
}

function renderTable(cell: TableCell, context: CellContext): string {
  const data = tableOf(cell.data);
  const columns = columnsOf(cell, data.columnNames());
  const rows = data.objects() as Record<string, unknown>[];
  const align = (name: string, column: TableColumn) => column.align ?? (rows.some((row) => isNumeric(row[name])) ? 'right' : 'left');
  const head = columns.map(([name, column]) => `<th scope="col"${align(name, column) === 'right' ? ' class="num"' : ''}>${escape(column.label ?? name)}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map(([name, column]) => {
    const value = row[name];
    const text = column.format ? column.format(value) : formatValue(value, context.locale);
    return `<td${align(name, column) === 'right' ? ' class="num"' : ''}>${escape(text)}</td>`;
  }).join('')}</tr>`).join('');
  const caption = cell.title ? `<caption>${escape(cell.title)}</caption>` : '';
  const note = cell.caption
    ? `<p class="sans caption">${renderMarkdown(typeof cell.caption === 'string' ? { kind: 'markdown', source: cell.caption, facts: [] } : cell.caption, { inline: true, renderFact: (fact) => renderFactLink(fact, context) })}</p>`
    : '';
  return `<div class="table-wrap"><table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${note}`;
}

function renderChartCell(cell: ChartCell, context: CellContext): string {
  const chart: Chart = cell.chart;
  // The source line is drawn inside the chart (so the SVG stands alone); the caption carries notes.
  const caption = chart.notes ? escape(chart.notes) : '';
  const sources = chart.sources && chart.sources.length > 0 ? renderSources(chart.sources) : '';
  const spec = `<pre><code>${escape(JSON.stringify(chart.spec, null, 2))}</code></pre>`;
  return `<figure id="chart-${escape(cell.id)}"><div class="chart">${context.chartSVG(cell.id)}</div>`
    + (caption ? `<figcaption>${caption}</figcaption>` : '')
    + `<details class="how"><summary>How we got this</summary>${sources}<p>The chart's Vega-Lite spec (<a href="charts/${escape(cell.id)}.vl.json">download</a>, <a href="data/${escape(cell.id)}.csv">data</a>):</p>${spec}</details></figure>`;
}

/** Render one cell to HTML, wrapped in a section anchored by its id. */
export function renderCell(cell: Cell, context: CellContext): string {
  let inner: string;
  switch (cell.type) {
    case 'prose':
    case 'note':
      inner = renderProse(cell, context);
      break;
    case 'facts':
      inner = renderFactBox(cell, context);
      break;
    case 'table':
      inner = renderTable(cell, context);
      break;
    case 'chart':
      inner = renderChartCell(cell, context);
      break;
    case 'fact-check':
      inner = context.renderFactCheck(cell);
      break;
  }
  return `<div class="cell cell-${cell.type}" id="${escape(cell.id)}">${inner}</div>`;
}

/** The appendix entry of one fact: value, label, and how we got it. Anchored as `fact-<id>`. */
export function renderFactEntry(id: string, fact: Fact): string {
  return `<li id="fact-${escape(id)}"><strong>${escape(fact.text)}</strong> — ${escape(fact.label)}${renderHow(fact)}</li>`;
}

/** Machine-readable facts embedded in the page for scripts and tests. */
export function renderFactsJSONScript(facts: unknown): string {
  return `<script type="application/json" id="copydesk-facts">${jsonForScript(facts)}</script>`;
}
