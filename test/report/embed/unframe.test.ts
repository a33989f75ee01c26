import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { unframe } from '../../../src/report/embed/unframe.js';
import { tinyBar } from './helpers.js';

describe('unframe', () => {
  it('drops the headline and the source line of a framed chart, and keeps the view', () => {
    const spec = tinyBar().spec as unknown as { title: unknown; vconcat: Record<string, unknown>[]; config: unknown };
    const { title: _footer, ...view } = spec.vconcat[0]!;
    const unframed = unframe(spec as unknown as TopLevelSpec) as unknown as Record<string, unknown>;
    expect(unframed['title']).toBeUndefined();
    expect(unframed['vconcat']).toEqual([view]);
    expect(unframed['config']).toEqual(spec.config);
  });

  it('drops the title of a single view, and leaves a composition’s panels alone', () => {
    const single = { title: 'T', mark: 'bar', data: { values: [] } } as unknown as TopLevelSpec;
    expect(unframe(single)).toEqual({ mark: 'bar', data: { values: [] } });
    const panels = { title: 'T', vconcat: [{ title: 'A', mark: 'bar' }, { title: 'B', mark: 'line' }] } as unknown as TopLevelSpec;
    expect(unframe(panels)).toEqual({ vconcat: [{ title: 'A', mark: 'bar' }, { title: 'B', mark: 'line' }] });
  });

  it('does not change the spec it is given', () => {
    const spec = tinyBar().spec;
    const copy = structuredClone(spec);
    unframe(spec);
    expect(spec).toEqual(copy);
  });
});
