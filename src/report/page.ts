import type { Source } from '../data/dataset.js';
import type { Report } from './define-report.js';
import { documentHead, escape, safeUrl } from './html.js';
import { REPORT_CSS } from './styles.js';
import { formatDate } from '../facts/format-date.js';

/** The pieces of a report page, already rendered. */
export interface PageParts {
  report: Report;
  /** The cells' HTML, in order. */
  body: string;
  /** The "How we got these numbers" list items. */
  factEntries: readonly string[];
  /** Downloads: data files written beside the page. */
  downloads: readonly { href: string; label: string }[];
  /** Extra markup at the end of `<body>` (machine-readable JSON). */
  tail?: string;
}

/** A strict policy: the page runs no script, loads nothing from the network, allows inline styles only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'none'; base-uri 'none'; form-action 'none'";

function renderSource(source: Source): string {
  const title = source.title ? `, “${escape(source.title)}”` : '';
  const url = source.url ? safeUrl(source.url) : undefined;
  const link = url ? ` <a href="${escape(url)}" rel="noopener noreferrer">${escape(url)}</a>` : '';
  const date = source.date ? `, ${escape(source.date)}` : '';
  return `<li>${escape(source.publication)}${title}${date}.${link}</li>`;
}

/** Assemble the full, self-contained HTML document. */
export function renderPage({ report, body, factEntries, downloads, tail = '' }: PageParts): string {
  const { title, dek, byline, date, locale, sources = [] } = report;
  const meta = [byline ? escape(byline) : '', date ? `<time datetime="${escape(date)}">${escape(formatDate(Date.parse(`${date}T00:00:00Z`), { locale }))}</time>` : '']
    .filter(Boolean).join(' · ');
  const factsSection = factEntries.length > 0
    ? `<section id="how-we-got-these-numbers" class="sans"><h2>How we got these numbers</h2><p>Every number in this report is computed from the data below. Each links here; open “How we got this” for the query and the source rows.</p><ol class="facts">${factEntries.join('')}</ol></section>`
    : '';
  const sourcesSection = sources.length > 0 ? `<section class="sources sans"><h2>Sources</h2><ul>${sources.map(renderSource).join('')}</ul></section>` : '';
  const downloadsSection = downloads.length > 0
    ? `<section class="downloads sans"><h2>Get the data</h2><ul>${downloads.map((d) => `<li><a href="${escape(d.href)}">${escape(d.label)}</a></li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="${escape(locale)}">
${documentHead({ title: title, csp: REPORT_CSP, css: REPORT_CSS })}
<body>
<main>
<header class="masthead"><div class="kicker">Data check</div><h1>${escape(title)}</h1>${dek ? `<p class="dek">${escape(dek)}</p>` : ''}${meta ? `<p class="byline">${meta}</p>` : ''}</header>
<article>
${body}
</article>
${factsSection}
${sourcesSection}
${downloadsSection}
<footer><p>Built with copydesk. Charts are static SVG; the page needs no network.</p></footer>
</main>
${tail}
</body>
</html>
`;
}
