/**
 * Line breaking for titles and source lines. Vega draws a title on one line however long it is, so a
 * headline that fits 560 px runs off a 320 px screen unless it is broken into lines beforehand.
 */

import { textWidth } from './text-metrics.js';

/** Options for {@link wrapText}. */
export interface WrapTextOptions {
  /** Width available, in pixels. */
  width: number;
  /** Font size in pixels. */
  fontSize: number;
  /** Measure bold glyphs (titles are bold). Default false. */
  bold?: boolean;
}

/**
 * Break `text` at spaces into lines that fit `width`, measured with the same glyph widths Vega lays
 * the text out with (see `text-metrics.ts`). One line comes back as a string, several as an array
 * (the form Vega-Lite titles take). A word longer than a line gets a line of its own.
 *
 * @example
 * wrapText('Kenya sent 817 officers in three contingents', {width: 260, fontSize: 18, bold: true})
 * // → ['Kenya sent 817 officers', 'in three contingents']
 */
export function wrapText(text: string, { width, fontSize, bold = false }: WrapTextOptions): string | string[] {
  const fits = (line: string) => textWidth(line, fontSize, { bold }) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (fits(`${line} ${word}`)) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.length === 1 ? (lines[0] ?? '') : lines;
}
