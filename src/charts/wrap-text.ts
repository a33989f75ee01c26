/**
 * Line breaking for titles and source lines. Vega draws a title on one line however long it is, so a
 * headline that fits 560 px runs off a 320 px screen unless it is broken into lines beforehand.
 */

/** Options for {@link wrapText}. */
export interface WrapTextOptions {
  /** Width available, in pixels. */
  width: number;
  /** Font size in pixels. */
  fontSize: number;
  /**
   * Average glyph width as a fraction of the font size. Default 0.8: the estimate Vega lays text
   * out with when it has no canvas to measure, so lines fit the box Vega reserves for them (real
   * glyphs are narrower, around 0.6 em, so lines err on the short side).
   */
  glyphWidth?: number;
}

/**
 * Break `text` at spaces into lines that fit `width`. One line comes back as a string, several as an
 * array (the form Vega-Lite titles take). A word longer than a line gets a line of its own.
 *
 * @example
 * wrapText('Kenya sent 817 officers in three contingents', {width: 260, fontSize: 18})
 * // → ['Kenya sent 817', 'officers in three', 'contingents'] (18 characters a line)
 */
export function wrapText(text: string, { width, fontSize, glyphWidth = 0.8 }: WrapTextOptions): string | string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * glyphWidth)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.length === 1 ? (lines[0] ?? '') : lines;
}
