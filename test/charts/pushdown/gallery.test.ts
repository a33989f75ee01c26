/**
 * Pushdown against the Vega-Lite gallery: every spec, its data inlined, is pushed down and — when
 * pushdown rewrites it — rendered both ways by plain vega. The SVGs must be the same; the counts of
 * specs pushed down, left as they are and differing are printed.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { galleryFiles, galleryLoader, readSpec } from '../gallery.js';
import { bothWays, firstDifference } from './both-ways.js';
import { inlineData } from './inline-data.js';

const files = galleryFiles();
const loader = galleryLoader();
const tally = { pushed: [] as string[], left: [] as string[], nothing: [] as string[], differing: [] as string[] };

describe('pushdown over the Vega-Lite gallery', () => {
  it.each(files)('%s draws the same SVG pushed down, or is left as it is', async (file) => {
    const spec = await inlineData(readSpec(file), loader);
    const { result, plain, pushed } = await bothWays(spec, { id: file, loader });
    if (!result.pushed) {
      (result.reason === undefined ? tally.nothing : tally.left).push(file);
      expect(result.spec).toBe(spec);
      return;
    }
    tally.pushed.push(file);
    if (pushed !== plain) tally.differing.push(file);
    expect(pushed === plain, firstDifference(plain, pushed)).toBe(true);
    expect(result.rowsOut).toBeLessThanOrEqual(result.rowsIn + 20);
  });

  it('pushes down the gallery\'s histograms, time-unit charts and aggregated bars', () => {
    const expected = ['histogram_bin_change.vl.json', 'line_mean_month.vl.json', 'bar_month_temporal.vl.json', 'stacked_bar_v.vl.json', 'bar_aggregate_transform.vl.json', 'line_timeunit_transform.vl.json'];
    expect(expected.filter((file) => !tally.pushed.includes(file))).toEqual([]);
  });

  afterAll(() => {
    console.log(`pushdown over ${files.length} gallery specs: ${tally.pushed.length} pushed down, ${tally.left.length + tally.nothing.length} left as they are `
      + `(${tally.nothing.length} with nothing to push down), ${tally.differing.length} differing${tally.differing.length > 0 ? `: ${tally.differing.join(', ')}` : ''}`);
  });
});
