/**
 * Conformance, part 1: every Vega-Lite gallery spec renders through renderSVG, and without our theme
 * the SVG is the one plain Vega draws (once our labelling — role, title, desc, scoped ids — is
 * applied to Vega's output too).
 */

import * as vega from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { idPrefix, scopeIds } from '../../src/charts/accessible-svg.js';
import { renderSVG } from '../../src/charts/render.js';
import { galleryFiles, galleryLoader, readSpec, seedRandom } from './gallery.js';

const files = galleryFiles();
const loader = galleryLoader();

async function plainVega(file: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(readSpec(file)).spec), { renderer: 'none', loader, logLevel: vega.None });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Our SVG with our additions taken out again. */
function unlabelled(svg: string): string {
  return svg.replace(/ role="img" aria-labelledby="[^"]*"/, '').replace(/<title id="[^"]*">[^<]*<\/title>(<desc id="[^"]*">[^<]*<\/desc>|<desc id="[^"]*"\/>)/, '');
}

describe('the Vega-Lite gallery through renderSVG, without our theme', () => {
  it('holds the whole corpus', () => {
    expect(files.length).toBe(316);
  });

  it.each(files)('%s renders as plain Vega renders it', async (file) => {
    seedRandom();
    const ours = await renderSVG(readSpec(file), { id: file, loader });
    seedRandom();
    const plain = await plainVega(file);
    expect(ours.svg).toMatch(/^<svg role="img" aria-labelledby="chart-[\w-]+-title chart-[\w-]+-desc"/);
    expect(unlabelled(ours.svg)).toBe(scopeIds(plain, idPrefix(file)));
  });
});
