import type { Fact, FactSource } from '../facts/fact.js';
import { escape } from './html.js';

/** The source rows of a fact: dataset, file lines and the sentences they come from. */
export function renderSources(sources: readonly FactSource[]): string {
  if (sources.length === 0) return '<p>Stated, not computed from a dataset.</p>';
  return sources.map(renderSource).join('');
}

function renderSource(source: FactSource): string {
  const lines = source.lines && source.lines.length > 0 ? `, line${source.lines.length === 1 ? '' : 's'} ${source.lines.join(', ')}` : '';
  const rows = `${source.rows.length} row${source.rows.length === 1 ? '' : 's'}`;
  const columns = source.columns && source.columns.length > 0 ? ` · columns ${source.columns.map((c) => `<code>${escape(c)}</code>`).join(', ')}` : '';
  const quotes = [...new Set(source.quotes ?? [])].map((q) => `<blockquote>${escape(q)}</blockquote>`).join('');
  return `<p>From <code>${escape(source.dataset)}</code> (<code>${escape(source.file)}</code>${escape(lines)}): ${rows}${columns}.</p>${quotes}`;
}

/** "How we got this": the computation, the rows, and the facts it was derived from (nested). */
export function renderHow(fact: Fact, { depth = 0 }: { depth?: number } = {}): string {
  const inputs = (fact.inputs ?? []).filter(() => depth < 4);
  const nested = inputs.length > 0
    ? `<ul>${inputs.map((input) => `<li><strong>${escape(input.label)}</strong>: ${escape(input.text)}${renderHow(input, { depth: depth + 1 })}</li>`).join('')}</ul>`
    : '';
  return `<pre><code>${escape(fact.how)}</code></pre>${renderSources(fact.sources)}${nested}`;
}

/** A collapsed disclosure with {@link renderHow} inside. */
export function renderHowDisclosure(fact: Fact, { summary = 'How we got this' }: { summary?: string } = {}): string {
  return `<details class="how"><summary>${escape(summary)}</summary>${renderHow(fact)}</details>`;
}
