/**
 * What a chart draws, read from its SVG: the data marks (bars, lines, dots, rules, labels) with their
 * geometry, colour and text, their aria labels left out. Two charts over the same numbers under other
 * column names draw the same marks; a chart whose field reads nothing draws none, or empty ones.
 */

/** The data marks of an SVG, one string per element, in drawing order. */
export function drawnMarks(svg: string): string[] {
  const groups = [...svg.matchAll(/<g class="mark-(\w+) role-mark[^"]*"[^>]*>(.*?)<\/g>/gs)];
  return groups.flatMap(([, mark, body]) =>
    [...(body ?? '').matchAll(/<(path|line|text)\b([^>]*)>([^<]*)/g)].map(([, tag, attributes, text]) =>
      `${mark} ${tag}${(attributes ?? '').replace(/\saria-[\w-]+="[^"]*"/g, '')} ${text ?? ''}`.trim()),
  );
}

/** The heights of vertical bars (the `v` step of each bar's path). */
export function barHeights(svg: string): number[] {
  return drawnMarks(svg).filter((mark) => mark.startsWith('rect path')).map((mark) => Number(/v(-?[\d.]+)/.exec(mark)?.[1] ?? Number.NaN));
}
