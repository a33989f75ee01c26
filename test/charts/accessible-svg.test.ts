import { beforeAll, describe, expect, it } from 'vitest';
import { accessibleSVG, idPrefix, scopeIds } from '../../src/charts/accessible-svg.js';
import { loadVega } from '../../src/charts/vega-module.js';

// accessibleSVG labels what vega has just drawn, with vega's markup writer: vega is loaded by then.
beforeAll(async () => {
  await loadVega();
});

const vegaSVG =
  '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="100" height="50" viewBox="0 0 100 50">' +
  '<g clip-path="url(#clip7)"><path fill="url(#gradient_3)"/></g>' +
  '<defs><linearGradient id="gradient_3"/><clipPath id="clip7"><rect/></clipPath><clipPath id="clip9"><rect/></clipPath></defs></svg>';

describe('accessibleSVG', () => {
  it('labels the SVG as an image by its title and description, escaped', () => {
    const svg = accessibleSVG('<svg class="marks" width="1" height="1"></svg>', { id: 'fx', title: 'KSh <17.71> & "more"', description: 'A & B' });
    expect(svg).toBe(
      '<svg role="img" aria-labelledby="chart-fx-title chart-fx-desc" class="marks" width="1" height="1">' +
        '<title id="chart-fx-title">KSh &lt;17.71&gt; &amp; "more"</title><desc id="chart-fx-desc">A &amp; B</desc></svg>',
    );
  });

  it('renumbers ids after the chart, with their references', () => {
    expect(scopeIds(vegaSVG, 'chart-a')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="100" height="50" viewBox="0 0 100 50">' +
        '<g clip-path="url(#chart-a-clip1)"><path fill="url(#chart-a-gradient_1)"/></g>' +
        '<defs><linearGradient id="chart-a-gradient_1"/><clipPath id="chart-a-clip1"><rect/></clipPath><clipPath id="chart-a-clip2"><rect/></clipPath></defs></svg>',
    );
  });

  it('gives the same SVG whatever Vega’s counters were', () => {
    const later = vegaSVG.replaceAll('clip7', 'clip107').replaceAll('clip9', 'clip109').replaceAll('gradient_3', 'gradient_40');
    expect(scopeIds(later, 'chart-a')).toBe(scopeIds(vegaSVG, 'chart-a'));
  });

  it('makes any chart id safe for XML ids', () => {
    expect(idPrefix('fx rate/2025 "x"')).toBe('chart-fx-rate-2025-x-');
  });
});
