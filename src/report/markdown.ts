import { Marked, type Tokens } from 'marked';
import { escape, safeUrl } from './html.js';
import { TOKEN_CLOSE, TOKEN_OPEN, type Markdown } from './md.js';
import type { Fact } from '../facts/fact.js';

/**
 * One Marked instance for all prose: raw HTML in Markdown is shown as text, never passed through, and
 * links keep only safe URLs. Reporters paste from a CMS; nothing they paste may run as script.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escape(text);
    },
    link({ href, title, tokens }: Tokens.Link): string {
      const inner = this.parser.parseInline(tokens);
      const url = safeUrl(href);
      if (url === undefined) return inner;
      const titleAttr = title ? ` title="${escape(title)}"` : '';
      return `<a href="${escape(url)}"${titleAttr} rel="noopener noreferrer">${inner}</a>`;
    },
    image({ text }: Tokens.Image): string {
      // Reports are self-contained: a remote image would need the network. Show its alt text instead.
      return escape(text);
    },
  },
});

/** How an interpolated fact is printed in the HTML. */
export type FactRenderer = (fact: Fact) => string;

const TOKEN = new RegExp(`${TOKEN_OPEN}(\\d+)${TOKEN_CLOSE}`, 'g');

/** Render Markdown to HTML, printing each interpolated fact with `renderFact`. */
export function renderMarkdown(markdown: Markdown, { inline = false, renderFact }: { inline?: boolean; renderFact: FactRenderer }): string {
  const html = inline ? marked.parseInline(markdown.source) : marked.parse(markdown.source);
  if (typeof html !== 'string') throw new TypeError('Markdown rendering must be synchronous');
  return html.replace(TOKEN, (_, index: string) => {
    const fact = markdown.facts[Number(index)];
    return fact === undefined ? '' : renderFact(fact);
  });
}
