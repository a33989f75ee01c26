/**
 * A chart whose PNGs resvg crashes on (a panic that aborts the process it runs in) does not stop the
 * build: the report and the chart's other files are written, the build warns with the chart's id and
 * why, and no page refers to the PNGs that are missing.
 */

import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawChart } from '../../../src/charts/raw-chart.js';
import { chart } from '../../../src/report/cells.js';
import { defineReport } from '../../../src/report/define-report.js';
import { renderReport, type RenderedReport } from '../../../src/report/build-report.js';
import { parse, tinyBar } from './helpers.js';

/**
 * Dots on fixed scales, one of them far outside: the view clips it, and resvg-js 2.6.2 panics on a
 * semi-transparent mark lying wholly outside the picture.
 */
const outside = rawChart({
  data: { values: [{ x: 2, y: 3 }, { x: 50, y: 500 }] },
  mark: { type: 'circle', clip: true, opacity: 0.7 },
  encoding: { x: { field: 'x', type: 'quantitative', scale: { domain: [0, 10] } }, y: { field: 'y', type: 'quantitative', scale: { domain: [0, 10] } } },
} as TopLevelSpec, { title: 'Dots on fixed scales' });

/** Every URL a page refers to (`src`, `href`, each `srcset` entry), resolved against the page's own path in the report's folder. */
function references(path: string, html: string): string[] {
  const document = parse(html);
  const urls = [...document.querySelectorAll('[src], [href], [srcset]')].flatMap((element) => [
    element.getAttribute('src'), element.getAttribute('href'),
    ...(element.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(' ')[0]),
  ]);
  // The embeds index shows its codes as text too (a <textarea>): what they refer to counts the same.
  const codes = [...document.querySelectorAll('textarea')].map((area) => references(path, area.value));
  const local = urls.filter((url): url is string => !!url && !/^[a-z]+:|^#/.test(url));
  return [...local.map((url) => new URL(url, `file:///r/${path}`).pathname.slice('/r/'.length)), ...codes.flat()];
}

describe('a report with a chart resvg crashes on', () => {
  let rendered: RenderedReport;
  let warnings: string[];
  const paths = () => rendered.files.map((file) => file.path);
  const text = (path: string) => Buffer.from(rendered.files.find((file) => file.path === path)?.contents ?? '').toString('utf8');

  beforeAll(async () => {
    warnings = [];
    const report = defineReport({ slug: 'dots', title: 'Dots', cells: [chart('bars', tinyBar()), chart('outside', outside)] });
    rendered = await renderReport(report, { logger: { step() {}, warn: (message) => warnings.push(message) } });
  });

  it('warns, naming the chart, that its PNGs could not be drawn, why (resvg crashed, with its panic) and what to do', () => {
    const png = warnings.filter((warning) => warning.includes('PNG'));
    expect(png).toEqual([expect.stringMatching(/^chart "outside": its PNGs could not be drawn \(the PNG renderer crashed \((signal SIG[A-Z]+|exit code -?\d+)\): resvg panicked at \S*geom\.rs:27:\d+: .*\)\./)]);
    expect(png[0]).toMatch(/bug in resvg.*filter such rows out or widen the domain/);
    expect(rendered.warnings).toEqual(warnings);
  });

  it('writes the report and every file of both charts, but the PNGs of the one resvg crashes on', () => {
    const expected = ['index.html', 'embeds.html', ...['bars', 'outside'].flatMap((id) => [`charts/${id}.svg`, `charts/${id}.vl.json`, `charts/${id}.html`, `data/${id}.csv`])];
    expect(expected.filter((path) => !paths().includes(path))).toEqual([]);
    expect(paths().filter((path) => path.endsWith('.png')).sort()).toEqual(['charts/bars.png', 'charts/bars@2x.png']);
  });

  it('refers to no file it did not write, from the report, the embed pages or the embed codes', () => {
    const pages = paths().filter((path) => path.endsWith('.html'));
    const missing = pages.flatMap((page) => references(page, text(page)).filter((path) => !paths().includes(path)).map((path) => `${page} → ${path}`));
    expect(missing).toEqual([]);
    // The check sees the PNGs the other chart's code and files refer to.
    expect(references('embeds.html', text('embeds.html'))).toEqual(expect.arrayContaining(['charts/bars.png', 'charts/bars@2x.png']));
  });

  it('gives the crashed chart an embed code without the image, and says in the embeds index that it has no PNG', () => {
    const index = parse(text('embeds.html'));
    const section = index.querySelector('#embed-outside')!;
    expect(section.querySelector('.preview noscript')).toBeNull();
    expect(section.querySelector('.preview iframe')?.getAttribute('src')).toBe('charts/outside.html');
    expect(section.querySelector('.files')?.textContent).toContain('No PNG');
    expect(index.querySelector('#embed-bars .preview noscript')).not.toBeNull();
  });
});
