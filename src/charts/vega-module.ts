/**
 * vega, imported the first time a chart is drawn rather than with the library. It is half of what
 * importing copydesk costs, and much of the library never draws: `copydesk check`, facts, pushdown
 * (which uses the packages vega is made of), and a build whose charts are all remembered (see
 * `diskMemo`). Vega-Lite's compiler does not need it either.
 */

import type * as Vega from 'vega';
import { installTextMetrics } from './text-metrics.js';

let loaded: typeof Vega | undefined;
let loading: Promise<typeof Vega> | undefined;

/** vega, with its text measured as copydesk's charts are laid out (see `installTextMetrics`). */
export function loadVega(): Promise<typeof Vega> {
  loading ??= import('vega').then((vega) => {
    installTextMetrics(vega);
    loaded = vega;
    return vega;
  });
  return loading;
}

/** vega, for the steps that follow an awaited {@link loadVega} and cannot await it themselves. */
export function loadedVega(): typeof Vega {
  if (loaded === undefined) throw new Error('vega was used before loadVega() had loaded it; see src/charts/vega-module.ts');
  return loaded;
}
