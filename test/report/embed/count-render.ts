/**
 * The renderer's steps with a count of the calls the width drawer makes (renderSVG's own, inside
 * its module, are not counted): for `vi.mock` of `src/charts/render.js`.
 */

import type * as render from '../../../src/charts/render.js';

/** Calls counted: Vega-Lite compilations and views made (and kept) by the caller. */
export interface RenderCounts {
  compiled: number;
  views: number;
}

/** The module, with `compileSpec` and `openView` counting into `counts`. */
export function countRender(original: typeof render, counts: RenderCounts): typeof render {
  return {
    ...original,
    compileSpec: (...args) => {
      counts.compiled += 1;
      return original.compileSpec(...args);
    },
    openView: (...args) => {
      counts.views += 1;
      return original.openView(...args);
    },
  };
}
