/**
 * Conformance, part 2: every Vega-Lite gallery spec, put in the newsroom frame by rawChart (theme,
 * wrapped title, source footer, the spec nested in a vconcat), still renders.
 */

import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/errors.js';
import { rawChart } from '../../src/charts/raw-chart.js';
import { renderSVG } from '../../src/charts/render.js';
import { galleryFiles, galleryLoader, readSpec } from './gallery.js';

// Vega-Lite animates (the `time` channel) only a top-level single view; nested in a vconcat, its
// timer signals go undefined. rawChart cannot add a footer to these and says so.
const ANIMATED = ['animated_gapminder.vl.json', 'animated_hop.vl.json'];

const files = galleryFiles();
const loader = galleryLoader();

describe('the Vega-Lite gallery framed by rawChart', () => {
  it.each(files.filter((file) => !ANIMATED.includes(file)))('%s renders in the newsroom frame', async (file) => {
    const chart = rawChart(readSpec(file), { title: `Gallery: ${file}`, source: 'Source: vega-datasets' });
    const { svg, width, height } = await renderSVG(chart, { id: file, loader });
    expect(svg).toContain('Source: vega-datasets');
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it.each(ANIMATED)('%s, animated, cannot take a source line', (file) => {
    expect(() => rawChart(readSpec(file), { title: 'Animated', source: 'Source: vega-datasets' })).toThrow(SpecError);
  });

  it.each(ANIMATED)('%s, animated, fails to render when nested anyway', async (file) => {
    const nested = { vconcat: [readSpec(file)] } as TopLevelSpec;
    const error = await renderSVG(nested, { id: file, loader }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ chartId: file });
  });

  it.each(ANIMATED)('%s, animated, renders framed without a source line', async (file) => {
    const { svg } = await renderSVG(rawChart(readSpec(file), { title: 'Animated' }), { id: file, loader });
    expect(svg).toContain('Animated');
  });
});
