/**
 * Placing dated annotation labels along a time axis so that they do not overlap: each label goes on
 * the highest free row, and labels near the right edge hang to the left of their rule.
 */

import { textWidth } from './text-metrics.js';
/** One label to place: where its rule is, in pixels from the left of the plot, and its text. */
export interface StaggerItem {
  position: number;
  text: string;
}

/** Where a label goes: its row (0 at the top) and which side of its rule it sits. */
export interface Placement {
  level: number;
  align: 'left' | 'right';
}

/** Options for {@link stagger}. */
export interface StaggerOptions {
  /** Plot width in pixels. */
  width: number;
  /** Label font size in pixels. */
  fontSize: number;
  /** Gap between a label and its rule, and between two labels on a row. Default 4. */
  gap?: number;
}

/**
 * Place labels on rows, in the order given (callers sort by date). Widths are measured as Vega lays
 * text out headless (see `text-metrics.ts`), so what does not overlap here does not overlap in the SVG.
 *
 * @example
 * stagger([{position: 10, text: 'Flag-off'}, {position: 30, text: 'Arrival'}], {width: 560, fontSize: 12})
 * // → [{level: 0, align: 'left'}, {level: 1, align: 'left'}]
 */
export function stagger(items: readonly StaggerItem[], { width, fontSize, gap = 4 }: StaggerOptions): Placement[] {
  const rows: [number, number][][] = [];
  return items.map(({ position, text }) => {
    const extent = textWidth(text, fontSize) + gap;
    const align = position + extent > width && position - extent >= 0 ? 'right' : 'left';
    const span: [number, number] = align === 'left' ? [position, position + extent] : [position - extent, position];
    let level = rows.findIndex((row) => row.every(([start, end]) => span[1] + gap <= start || end + gap <= span[0]));
    if (level === -1) level = rows.push([]) - 1;
    rows[level]?.push(span);
    return { level, align };
  });
}
