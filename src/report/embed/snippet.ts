/**
 * The embed code of a chart, as a newsroom pastes it into a CMS: a responsive `<iframe>`, a
 * `<noscript>` image for readers without scripts, and the host script that sizes the frame.
 */

import { escape } from '../html.js';
import { EMBED_ATTRIBUTE, HOST_SCRIPT } from './host-script.js';

/** Options for {@link embedSnippet}. */
export interface EmbedSnippetOptions {
  /** Report slug and chart id: together they name the frame on a page that embeds several reports. */
  slug: string;
  id: string;
  /** The frame's accessible name (the chart's title). */
  title: string;
  /** Alt text of the fallback image. */
  alt: string;
  /** Size of the fallback image (`charts/<id>.png`), in pixels. */
  imageWidth: number;
  imageHeight: number;
  /** Height of the frame before the page reports its own, in pixels. */
  height: number;
  /** Where the report's folder is published, ending in `/`. Default `''`: relative to the report's folder. */
  base?: string;
  /**
   * Whether the chart has its PNGs, for readers without scripts. Default true. Without them (resvg
   * could not draw the chart) the code has no `<noscript>` image, and those readers get the frame at
   * its first height.
   */
  image?: boolean;
}

/** An embed code, and the inline code in it (a page that shows the code live allows that by hash). */
export interface EmbedSnippet {
  html: string;
  /** The host script. */
  scripts: string[];
  /** The `<noscript>` style, applied only where scripts are off (a CSP still applies to it then). */
  styles: string[];
}

/**
 * The embed code. The frame carries no `style` attribute (a strict host CSP would refuse it): the host
 * script sets its width, border and height through the CSSOM. Without scripts, the `<noscript>` style
 * hides the frame, which could not be sized, and the PNG shows instead, at 1x and 2x (when the chart has
 * its PNGs: see `image`).
 *
 * @example
 * embedSnippet({slug: 'haiti-mss', id: 'deployment', title: '…', alt: '…', imageWidth: 630, imageHeight: 412, height: 520,
 *   base: 'https://example.org/haiti-mss/'})
 */
export function embedSnippet({ slug, id, title, alt, imageWidth, imageHeight, height, base = '', image = true }: EmbedSnippetOptions): EmbedSnippet {
  const name = `${slug}/${id}`;
  const url = (file: string) => escape(`${base}charts/${file}`);
  // `name` is a slug and a cell id ([A-Za-z0-9_-] and one "/"), safe inside a CSS string.
  const selector = (tag: string) => `${tag}[${EMBED_ATTRIBUTE}="${name}"]`;
  const style = `${selector('iframe')} { display: none; } ${selector('img')} { max-width: 100%; height: auto; }`;
  const html = [
    `<iframe src="${url(`${id}.html`)}" title="${escape(title)}" width="100%" height="${Math.round(height)}" scrolling="no" ${EMBED_ATTRIBUTE}="${escape(name)}"></iframe>`,
    ...(image ? [`<noscript><style>${style}</style>`
      + `<img src="${url(`${id}.png`)}" srcset="${url(`${id}.png`)} 1x, ${url(`${id}@2x.png`)} 2x" width="${Math.round(imageWidth)}" height="${Math.round(imageHeight)}" alt="${escape(alt)}" ${EMBED_ATTRIBUTE}="${escape(name)}"></noscript>`] : []),
    `<script>${HOST_SCRIPT}</script>`,
  ].join('\n');
  return { html, scripts: [HOST_SCRIPT], styles: image ? [style] : [] };
}
