import type * as Vega from 'vega';

/**
 * Text widths for headless rendering. Without a canvas, Vega guesses every character at 0.8 em,
 * which reserves half as much room again as DejaVu Sans (the theme's first font) needs: titles wrap
 * early and labels push charts wider than their column. These are DejaVu Sans's own advance widths
 * (thousandths of an em, printable ASCII from U+0020), measured once in Chromium. Fixed numbers, not
 * a font read at run time, so every machine lays charts out to the same bytes.
 */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
  634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
  733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
  712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
/** Characters outside printable ASCII: about an average letter; wide scripts get a full em. */
const OTHER = 650;
const WIDE = 1000;

function advance(code: number, table: readonly number[]): number {
  if (code >= 32 && code < 127) return table[code - 32] ?? OTHER;
  return code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)) ? WIDE : OTHER;
}

/** Width in pixels of `text` set in DejaVu Sans at `fontSize`. */
export function textWidth(text: string, fontSize: number, { bold = false }: { bold?: boolean } = {}): number {
  const table = bold ? BOLD : REGULAR;
  let total = 0;
  for (const char of text) total += advance(char.codePointAt(0) ?? 0, table);
  return (total * fontSize) / 1000;
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

function isBold(weight: number | string | undefined): boolean {
  return weight === 'bold' || weight === 'bolder' || (Number(weight) >= 600);
}

let installed = false;

/**
 * Make Vega lay text out with {@link textWidth} instead of its 0.8 em guess. Vega supports a
 * user-defined `textMetrics.width` for exactly this (vl-convert does the same). Idempotent.
 */
export function installTextMetrics(vega: typeof Vega): void {
  if (installed) return;
  // vega-typings do not declare `textMetrics`, which vega exports from vega-scenegraph.
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const value = text == null ? '' : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const width = textWidth(value, size, { bold: isBold(item.fontWeight) });
    return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
  installed = true;
}
