import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { footer, headline } from '../../src/charts/frame.js';
import { rawChart } from '../../src/charts/raw-chart.js';
import { theme } from '../../src/charts/theme.js';
import { SpecError } from '../../src/errors.js';

const values = [{ day: '2025-04-24', rate: 129.54 }, { day: '2025-05-08', rate: 129.27 }];
const spec: TopLevelSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: 'Their title',
  description: 'Shilling per dollar.',
  config: { axis: { labelFontSize: 14 }, tick: { thickness: 3 } },
  params: [{ name: 'cutoff', value: 129.3 }, { name: 'pick', select: 'point' }],
  data: { values },
  mark: 'line',
  encoding: { x: { field: 'day', type: 'temporal' }, y: { field: 'rate', type: 'quantitative' } },
};

describe('rawChart', () => {
  it('replaces the title and lays the spec’s config over the theme, section by section', () => {
    const chart = rawChart(spec, { title: 'The shilling held steady' });
    const base = theme();
    expect(chart.spec).toEqual({
      ...spec,
      title: headline({ title: 'The shilling held steady' }),
      config: { ...base, axis: { ...base.axis, labelFontSize: 14 }, tick: { thickness: 3 } },
    });
    expect(chart.data).toEqual(values);
  });

  it('nests the spec under a source footer, keeping top-level properties and signals at the top', () => {
    const chart = rawChart(spec, { title: 'Rates', source: 'Source: CBK' });
    expect(chart.spec).toEqual({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: headline({ title: 'Rates' }),
      description: 'Shilling per dollar.',
      config: expect.objectContaining({ tick: { thickness: 3 } }),
      params: [{ name: 'cutoff', value: 129.3 }],
      vconcat: [
        {
          params: [{ name: 'pick', select: 'point' }],
          data: { values },
          mark: 'line',
          encoding: spec.encoding,
          title: footer('Source: CBK'),
        },
      ],
    });
  });

  it('gives a container-sized spec a fixed size, which headless rendering needs', () => {
    const responsive = { ...spec, width: 'container', height: 'container' } as TopLevelSpec;
    expect(rawChart(responsive, { title: 'Rates', width: 320, height: 200 }).spec).toMatchObject({ width: 320, height: 200 });
  });

  it('takes the download rows when given', () => {
    expect(rawChart(spec, { title: 'Rates', data: [{ a: 1 }] }).data).toEqual([{ a: 1 }]);
  });

  it('refuses a source line on an animated spec', () => {
    const animated = { ...spec, encoding: { ...spec.encoding, time: { field: 'day' } } } as TopLevelSpec;
    expect(() => rawChart(animated, { title: 'Rates', source: 'Source: CBK' })).toThrow(SpecError);
    expect(rawChart(animated, { title: 'Rates' }).spec).toHaveProperty('encoding.time');
  });
});
