/**
 * Conformance for the embed variants' drawer: every single-view spec of the Vega-Lite gallery, drawn
 * at several widths by one drawer (one view drawn again where it can be), comes out exactly as
 * renderSVG draws it at each width with a view of its own. And framed by rawChart, drawn in its frame
 * first (the view kept, its frame then hidden for the widths), as renderSVG draws each form.
 */

import * as vega from 'vega';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Chart } from '../../../src/charts/chart.js';
import { renderSVG, type RenderedSVG } from '../../../src/charts/render.js';
import { resize } from '../../../src/charts/resize.js';
import { rawChart } from '../../../src/charts/raw-chart.js';
import { unframe } from '../../../src/report/embed/unframe.js';
import { widthDrawer } from '../../../src/report/embed/width-drawer.js';
import { galleryFiles, galleryLoader, readSpec, seedRandom } from '../../charts/gallery.js';

// Count the compilations and the kept views the drawer asks for, to tell how each spec was drawn.
const counts = vi.hoisted(() => ({ compiled: 0, views: 0 }));
vi.mock('../../../src/charts/render.js', async (importOriginal) => (await import('./count-render.js')).countRender(await importOriginal(), counts));

const WIDTHS = [250, 420, 700];
const loader = galleryLoader();
const tally = { again: 0, partly: 0, afresh: 0, failing: 0 };
const framedTally = { again: 0, unchecked: 0, apart: 0, failing: 0 };

/** A gallery spec at `width` as a chart, or `undefined` when it is not a single view. */
function chartAt(file: string, width: number): Chart | undefined {
  const spec = resize(readSpec(file), width);
  return spec === undefined ? undefined : { kind: 'chart', title: file, spec, data: [] };
}

/** Before each drawing: the same random numbers (jitter, bootstrap) and gradient ids. */
function fresh(): void {
  seedRandom();
  vega.resetSVGDefIds();
}

describe('the Vega-Lite gallery through the embed variants\' width drawer', () => {
  afterAll(() => {
    console.log(`width drawer over the gallery's single views: ${tally.again} drawn again by one view, ${tally.partly} by a new view at some width, ${tally.afresh} compiled afresh at each width, ${tally.failing} failing alike both ways`);
  });

  it.each(galleryFiles().filter((file) => chartAt(file, WIDTHS[0]!) !== undefined))('%s', async (file) => {
    const expected: (RenderedSVG | string)[] = [];
    for (const width of WIDTHS) {
      fresh();
      expected.push(await renderSVG(chartAt(file, width)!, { id: `${file}-${width}`, loader }).catch((error: Error) => error.message));
    }
    counts.compiled = 0;
    counts.views = 0;
    const drawer = widthDrawer({ loader });
    const drawn: (RenderedSVG | string)[] = [];
    try {
      for (const width of WIDTHS) {
        fresh();
        drawn.push(await drawer.draw(chartAt(file, width)!, { id: `${file}-${width}`, width }).catch((error: Error) => error.message));
      }
    } finally {
      drawer.close();
    }
    drawn.forEach((rendered, i) => expect(rendered, `at ${WIDTHS[i]}`).toEqual(expected[i]));
    if (expected.some((rendered) => typeof rendered === 'string')) tally.failing += 1;
    else if (counts.views > 1) tally.partly += 1;
    else if (counts.compiled === WIDTHS.length) tally.afresh += 1;
    else tally.again += 1;
  });
});

const OWN_WIDTH = 480;

/** A gallery spec in the newsroom frame, or `undefined` when rawChart cannot frame it or it is not a single view. */
function framedChart(file: string): Chart | undefined {
  try {
    // At a width of its own, the theme's the same: as the chart builders make them.
    const spec = resize(readSpec(file), OWN_WIDTH);
    if (spec === undefined) return undefined;
    const chart = rawChart(spec, { title: `Gallery: ${file}`, subtitle: 'Drawn framed, then at each width', source: 'Source: vega-datasets', width: OWN_WIDTH });
    return resize(chart.spec, WIDTHS[0]!) === undefined ? undefined : chart;
  } catch {
    return undefined;
  }
}

/** The chart as the embed variants draw it at `width`: resized, unframed. */
const unframedAt = (chart: Chart, width: number): Chart => ({ ...chart, spec: unframe(resize(chart.spec, width, chart)!) });

describe('the Vega-Lite gallery, framed, through the width drawer after its framed drawing', () => {
  afterAll(() => {
    console.log(`width drawer over the gallery framed, after its framed drawing: ${framedTally.again} drawn at every width by the framed drawing's view (${framedTally.unchecked} of them compiled once), ${framedTally.apart} by views of their own at some widths, ${framedTally.failing} failing alike both ways`);
  });

  it.each(galleryFiles().filter((file) => framedChart(file) !== undefined))('%s', async (file) => {
    const chart = framedChart(file)!;
    const expected: (RenderedSVG | string)[] = [];
    fresh();
    expected.push(await renderSVG(chart, { id: file, loader }).catch((error: Error) => error.message));
    for (const width of WIDTHS) {
      fresh();
      expected.push(await renderSVG(unframedAt(chart, width), { id: `${file}-${width}`, loader }).catch((error: Error) => error.message));
    }
    counts.compiled = 0;
    counts.views = 0;
    const drawer = widthDrawer({ loader });
    const drawn: (RenderedSVG | string)[] = [];
    try {
      fresh();
      drawn.push(await drawer.framed(chart, { id: file }).catch((error: Error) => error.message));
      for (const width of WIDTHS) {
        fresh();
        drawn.push(await drawer.draw(unframedAt(chart, width), { id: `${file}-${width}`, width }).catch((error: Error) => error.message));
      }
    } finally {
      drawer.close();
    }
    drawn.forEach((rendered, i) => expect(rendered, i === 0 ? 'framed' : `at ${WIDTHS[i - 1]}`).toEqual(expected[i]));
    if (expected.some((rendered) => typeof rendered === 'string')) framedTally.failing += 1;
    else if (counts.views === 1 && counts.compiled <= 2) {
      framedTally.again += 1;
      if (counts.compiled === 1) framedTally.unchecked += 1;
    }
    else framedTally.apart += 1;
  });
});
