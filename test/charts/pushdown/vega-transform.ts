/** Run vega transforms over rows with vega itself: the reference the pushdown pieces are checked against. */

import * as vega from 'vega';

/** The rows vega's dataflow yields for `values` through `transform`. */
export async function vegaTransform(values: readonly object[], transform: readonly Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  const spec = { data: [{ name: 'rows', values, transform }] } as unknown as vega.Spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none', logLevel: vega.None });
  try {
    await view.runAsync();
    return (view.data('rows') as Record<string, unknown>[]).map((row) => ({ ...row }));
  } finally {
    view.finalize();
  }
}
