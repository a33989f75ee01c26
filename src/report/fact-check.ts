import type { LedgerEntry, Verdict } from '../checks/verdict.js';
import { VERDICTS } from '../checks/verdict.js';
import type { FactCheckCell } from './cells.js';
import { escape } from './html.js';
import { renderMarkdown } from './markdown.js';

/** Options for {@link renderFactCheck}. */
export interface FactCheckOptions {
  locale: string;
  /** The article the claims were found in; when given, it is shown with every claim marked. */
  article?: string;
  /** How an interpolated fact in the intro is printed. */
  renderFact?: Parameters<typeof renderMarkdown>[1]['renderFact'];
}

const VERDICT_WORDS: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  incomplete: 'Incomplete',
  unverifiable: 'Not checked',
};

/** The anchor of a ledger row. */
export const claimAnchor = (index: number) => `claim-${index + 1}`;

function verdictBadge(verdict: Verdict): string {
  return `<span class="verdict verdict-${verdict}">${escape(VERDICT_WORDS[verdict])}</span>`;
}

function summary(ledger: readonly LedgerEntry[]): string {
  const counts = VERDICTS.map((verdict) => [verdict, ledger.filter((entry) => entry.verdict === verdict).length] as const)
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${verdictBadge(verdict)} ${n}`);
  return `<p class="sans ledger-summary">${ledger.length} claims: ${counts.join(' · ')}</p>`;
}

/** At most `chars` characters of `text` next to the claim, cut at a word boundary. */
function around(text: string, chars: number, side: 'before' | 'after'): string {
  if (text.length <= chars) return text;
  if (side === 'before') {
    const cut = text.slice(-chars);
    return `…${cut.slice(cut.indexOf(' ') + 1)}`;
  }
  const cut = text.slice(0, chars);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The claim's words marked in their sentence, shortened to the words around them (the full text is in the annotated article). */
function sentenceWithClaim(entry: LedgerEntry, context = 70): string {
  const { sentence, text } = entry.claim;
  if (!sentence) return '';
  const at = sentence.indexOf(text);
  if (at < 0) return escape(around(sentence, context * 2, 'after'));
  const before = around(sentence.slice(0, at), context, 'before');
  const after = around(sentence.slice(at + text.length), context, 'after');
  return `${escape(before)}<mark class="claim claim-${entry.verdict}">${escape(text)}</mark>${escape(after)}`;
}

function ledgerRow(entry: LedgerEntry, index: number): string {
  const expected = entry.expected?.text ?? (entry.resolved ? `${entry.resolved.text} (resolved)` : '—');
  return `<tr id="${claimAnchor(index)}" class="verdict-row-${entry.verdict}">`
    + `<td><strong>${escape(entry.claim.text)}</strong></td>`
    + `<td class="sentence">${sentenceWithClaim(entry)}</td>`
    + `<td>${verdictBadge(entry.verdict)}</td>`
    + `<td>${escape(expected)}</td>`
    + `<td>${escape(entry.explanation)}</td></tr>`;
}

/**
 * The article with each claim marked by its verdict and linked to its ledger row. Claims without a
 * span (written by hand, not found in the text) are left out; overlapping spans keep the first.
 */
export function annotateArticle(article: string, ledger: readonly LedgerEntry[]): string {
  const marks = ledger
    .map((entry, index) => ({ entry, index, span: entry.claim.span }))
    .filter((m): m is typeof m & { span: NonNullable<typeof m.span> } => m.span !== undefined && m.span.end > m.span.start)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let html = '';
  let at = 0;
  for (const { entry, index, span } of marks) {
    if (span.start < at) continue;
    html += escape(article.slice(at, span.start));
    html += `<mark class="claim claim-${entry.verdict}" title="${escape(VERDICT_WORDS[entry.verdict])}: ${escape(entry.explanation)}"><a href="#${claimAnchor(index)}">${escape(article.slice(span.start, span.end))}</a></mark>`;
    at = span.end;
  }
  html += escape(article.slice(at));
  return html.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${p}</p>`).join('\n');
}

/** The "Fact check" section: summary, ledger table, and the annotated article. */
export function renderFactCheck(cell: FactCheckCell, ledger: readonly LedgerEntry[], { article, renderFact = (f) => escape(f.text) }: FactCheckOptions): string {
  const title = `<h2>${escape(cell.title ?? 'Fact check')}</h2>`;
  const intro = cell.intro ? renderMarkdown(cell.intro, { renderFact }) : '';
  if (ledger.length === 0) return `<section class="ledger">${title}${intro}<p>No claims were declared for this report.</p></section>`;
  const table = `<div class="table-wrap"><table class="ledger-table"><thead><tr><th scope="col">Claim</th><th scope="col">Sentence</th><th scope="col">Verdict</th><th scope="col">Expected</th><th scope="col">Explanation</th></tr></thead><tbody>${ledger.map(ledgerRow).join('')}</tbody></table></div>`;
  const annotated = article
    ? `<details class="annotated" open><summary>The article, with every claim marked</summary><div class="article-text">${annotateArticle(article, ledger)}</div></details>`
    : '';
  return `<section class="ledger">${title}${intro}${summary(ledger)}${table}${annotated}</section>`;
}
