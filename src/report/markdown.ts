import { Marked, type Tokens } from 'marked';
import { escape, safeUrl } from './html.js';
import { TOKEN_CLOSE, TOKEN_OPEN, type Markdown } from './md.js';
import type { Fact } from '../facts/fact.js';

/**
 * Block rules with large regular expressions, and a test that every text each one matches passes:
 * its first characters (its first two lines for a table; for a setext heading, an underline before
 * the paragraph's first blank line). V8 compiles a regular expression the first time it runs, and
 * marked tries every block rule at every block: compiling these cost a report about 30 ms before its
 * first paragraph, most of its Markdown's time. Tried only where they could match, the rules a report
 * does not use are never compiled; where they could, marked's own rule decides, as before.
 */
const COULD_MATCH: Readonly<Record<string, (src: string) => boolean>> = {
  blockquote: (src) => /^ {0,3}>/.test(src),
  html: (src) => /^ {0,3}</.test(src),
  def: (src) => /^ {0,3}\[/.test(src),
  fences: (src) => /^ {0,3}(?:`{3}|~{3})/.test(src),
  table: (src) => /^[^\n]*\n {0,3}(?:\| *)?:?-/.test(src),
  lheading: (src) => {
    const blank = src.search(/\n\s*\n/);
    return /\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/.test(blank === -1 ? src : src.slice(0, blank + 1));
  },
};

/**
 * Marked's block tokenizer, each rule above tried only where it could match (`false` hands the text
 * to marked's own rule; nothing, to the next rule). Lexes every text as marked does: see its test.
 */
export const quickBlockTokenizer: Readonly<Record<string, (src: string) => false | undefined>> = Object.fromEntries(
  Object.entries(COULD_MATCH).map(([rule, could]) => [rule, (src: string) => (could(src) ? false : undefined)]),
);

/**
 * One Marked instance for all prose: raw HTML in Markdown is shown as text, never passed through, and
 * links keep only safe URLs. Reporters paste from a CMS; nothing they paste may run as script.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  tokenizer: quickBlockTokenizer,
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
