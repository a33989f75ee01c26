/**
 * The embeds index (`embeds.html`): every chart of a report with its embed code, ready to copy, a live
 * preview made of that very code, and links to the chart's files.
 */

import { documentHead, escape } from '../html.js';
import * as msg from '../../messages/embed.js';
import { contentSecurityPolicy } from './csp.js';
import { EMBED_COLOURS, PAGE_MARGIN } from './embed-css.js';
import { COPY_ATTRIBUTE, EMBEDS_INDEX_SCRIPT } from './embeds-index-script.js';
import { EMBED_ATTRIBUTE } from './host-script.js';
import type { EmbedSnippet } from './snippet.js';
import { FONT } from '../../charts/theme.js';

/** One chart of the index. */
export interface EmbedsIndexEntry {
  id: string;
  title: string;
  /** Its embed code, with paths relative to the report's folder (see `embedSnippet`). */
  snippet: EmbedSnippet;
  interactive?: boolean;
  /** Whether the chart has its PNGs (resvg may not have drawn them). Default true; without them they are not linked. */
  png?: boolean;
}

/** Options for {@link renderEmbedsIndex}. */
export interface EmbedsIndexOptions {
  report: { title: string; locale: string };
  entries: readonly EmbedsIndexEntry[];
}

/** The page's HTML and what its CSP allows. */
export interface EmbedsIndex {
  html: string;
  scripts: string[];
  styles: string[];
  csp: string;
}

const CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: ${EMBED_COLOURS.paper}; color: ${EMBED_COLOURS.text}; font: 16px/1.5 ${FONT}; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem ${PAGE_MARGIN * 2}px 4rem; }
h1 { color: ${EMBED_COLOURS.title}; font-size: 1.6rem; line-height: 1.25; margin: 0 0 .6rem; }
h2 { color: ${EMBED_COLOURS.title}; font-size: 1.2rem; margin: 2.5rem 0 .4rem; }
a { color: ${EMBED_COLOURS.link}; }
.files { font-size: .9rem; color: ${EMBED_COLOURS.muted}; }
label { display: block; font-weight: 600; margin: .8rem 0 .2rem; }
textarea.snippet { width: 100%; min-height: 8rem; font: 12px/1.4 "DejaVu Sans Mono", ui-monospace, monospace; color: ${EMBED_COLOURS.title}; }
button { font: inherit; font-size: .9rem; padding: .2rem .8rem; }
.status { margin-left: .6rem; font-size: .9rem; color: ${EMBED_COLOURS.muted}; }
.preview { margin-top: 1rem; border: 1px dashed ${EMBED_COLOURS.rule}; }
.preview-label { font-size: .8rem; color: ${EMBED_COLOURS.muted}; margin: 1rem 0 .2rem; }
iframe[${EMBED_ATTRIBUTE}] { border: 0; }
`.trim();

function renderEntry({ id, title, snippet, interactive = false, png = true }: EmbedsIndexEntry): string {
  const file = (href: string, label: string) => `<a href="${escape(href)}">${escape(label)}</a>`;
  const files = [
    file(`charts/${id}.html`, msg.embedPage()),
    ...(png ? [file(`charts/${id}.png`, msg.png()), file(`charts/${id}@2x.png`, msg.png2x())] : [escape(msg.noPNG())]),
    file(`charts/${id}.svg`, msg.svg()),
    file(`charts/${id}.vl.json`, msg.vegaLite()),
    file(`data/${id}.csv`, msg.csv()),
  ].join(' · ');
  const area = `snippet-${id}`;
  const status = `status-${id}`;
  return `<section id="embed-${escape(id)}">
<h2>${escape(title)}</h2>
<p class="files">${escape(msg.files())}: ${files}${interactive ? ` — ${escape(msg.interactive())}` : ''}</p>
<label for="${escape(area)}">${escape(msg.embedCode(title))}</label>
<textarea class="snippet" id="${escape(area)}" readonly rows="7" spellcheck="false">${escape(snippet.html)}</textarea>
<button type="button" ${COPY_ATTRIBUTE}="${escape(area)}" data-status="${escape(status)}" data-done="${escape(msg.copied())}" data-failed="${escape(msg.copyFailed())}" hidden>${escape(msg.copy())}</button><span class="status" id="${escape(status)}" role="status"></span>
<p class="preview-label">${escape(msg.preview())}</p>
<div class="preview">
${snippet.html}
</div>
</section>`;
}

/**
 * Render the embeds index. It runs the embed codes it shows (the host script, once per code, as a
 * CMS page would) and its own script, all allowed by hash, as are the codes' `<noscript>` styles;
 * frames and images come from the folder.
 */
export function renderEmbedsIndex({ report, entries }: EmbedsIndexOptions): EmbedsIndex {
  const scripts = [...entries.flatMap(({ snippet }) => snippet.scripts), EMBEDS_INDEX_SCRIPT];
  const styles = [CSS, ...entries.flatMap(({ snippet }) => snippet.styles)];
  const csp = contentSecurityPolicy({ scripts, styles, selfFrames: true });
  const html = `<!doctype html>
<html lang="${escape(report.locale)}">
${documentHead({ title: msg.indexTitle(report.title), csp: csp, css: CSS })}
<body>
<main>
<h1>${escape(msg.indexTitle(report.title))}</h1>
<p>${escape(msg.indexIntro())}</p>
<noscript><p>${escape(msg.indexNoScript())}</p></noscript>
<p><a href="index.html">${escape(msg.backToReport())}</a></p>
${entries.map(renderEntry).join('\n')}
</main>
<script>${EMBEDS_INDEX_SCRIPT}</script>
</body>
</html>
`;
  return { html, scripts, styles, csp };
}
