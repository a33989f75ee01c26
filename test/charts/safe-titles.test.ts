import { describe, expect, it } from 'vitest';
import { renderSVG } from '../../src/charts/render.js';
import { bar } from '../../src/charts/bar.js';
import { safeTitle, safeTitles } from '../../src/charts/safe-titles.js';
import { xmlText } from '../../src/charts/accessible-svg.js';

describe('safeTitles', () => {
  it('takes line breaks and backslashes out of encoding titles, at every level, and leaves data alone', () => {
    const spec = {
      data: { values: [{ 'a\\': 'x\ny' }] },
      layer: [{ mark: 'bar', encoding: { x: { field: 'a\\\\', title: 'one\r\ntwo\u2028three' }, y: { field: 'v', title: ['a\\', 'b'] }, tooltip: [{ field: 'a\nb' }] } }],
    };
    expect(safeTitles(spec)).toEqual({
      data: { values: [{ 'a\\': 'x\ny' }] },
      layer: [{ mark: 'bar', encoding: { x: { field: 'a\\\\', title: 'one two three' }, y: { field: 'v', title: ['a∖', 'b'] }, tooltip: [{ field: 'a\nb', title: 'a b' }] } }],
    });
    expect(safeTitle('say \\"hi\\"\n')).toBe('say ∖"hi∖" ');
  });

  it('titles a field escaped for Vega-Lite as Vega-Lite means it, under the spec\'s title config', () => {
    const encoding = { x: { field: 'region\\.name' }, y: { field: 'pop\\.2020', aggregate: 'sum' }, color: { field: 'd\\[0\\]', timeUnit: 'utcyear' }, size: { field: 'pop\\.2020', aggregate: 'count' } };
    expect(safeTitles({ mark: 'bar', encoding })).toHaveProperty('encoding', {
      x: { field: 'region\\.name', title: 'region.name' },
      y: { field: 'pop\\.2020', aggregate: 'sum', title: 'Sum of pop.2020' },
      color: { field: 'd\\[0\\]', timeUnit: 'utcyear', title: 'd[0] (year)' },
      size: { field: 'pop\\.2020', aggregate: 'count', title: 'Count of Records' },
    });
    expect(safeTitles({ mark: 'bar', encoding, config: { fieldTitle: 'functional' } })).toHaveProperty('encoding.y.title', 'SUM(pop.2020)');
  });

  it('lets a chart whose axis titles hold a line break or a string-closing backslash render, with the text shown', async () => {
    const chart = bar([{ k: 'a', v: 1 }], { x: 'k', y: 'v', title: 'T', xTitle: 'first\nline', yTitle: "v\\\" + upper('injected') + \"", interactive: true });
    const { svg } = await renderSVG(chart, { id: 'titles' });
    expect(svg).toContain('first line');
    expect(svg).not.toContain('INJECTED');
  });
});

describe('xmlText', () => {
  it('replaces the characters XML forbids, and keeps tabs, line ends and astral characters', () => {
    expect(xmlText('a\u0000b\u0001\u000bc\ud800d\udc00\uffff\t\n\r😀')).toBe('a\uFFFDb\uFFFD\uFFFDc\uFFFDd\uFFFD\uFFFD\t\n\r😀');
  });
});
