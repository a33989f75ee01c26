import fc from 'fast-check';
import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { bar } from '../../src/charts/bar.js';
import { columnName, drawnColumns, fieldText, vlField } from '../../src/charts/field-name.js';
import { renderSVG } from '../../src/charts/render.js';
import { barHeights, drawnMarks } from './drawn-marks.js';

// Names with every character Vega reads in a path, and some it does not.
const names = fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', '.', '[', ']', '\\', "'", '"', '(', '%'), minLength: 1, maxLength: 8 });

describe('vlField', () => {
  it('escapes dots, brackets, backslashes and quotes', () => {
    expect(vlField('pop.2020')).toBe('pop\\.2020');
    expect(vlField('Q1.2024[adj]')).toBe('Q1\\.2024\\[adj\\]');
    expect(vlField('rate (%)[1]')).toBe('rate (%)\\[1\\]');
    expect(vlField('a\\b')).toBe('a\\\\b');
    expect(vlField(`'quoted' it's "Q1"`)).toBe(`\\'quoted\\' it\\'s \\"Q1\\"`);
    expect(vlField('officers')).toBe('officers');
  });

  it('gives a field that vega reads as the column, whatever its name', () => {
    fc.assert(fc.property(names, (name) => {
      expect(columnName(vlField(name))).toBe(name);
      // vega's own accessor, as its transforms and encoders build it, reads the column's value.
      expect(vega.field(vlField(name))({ [name]: 42 })).toBe(42);
    }), { numRuns: 500, seed: 11 });
  });
});

describe('columnName', () => {
  it('reads the escapes of a flat field, and gives no column for a nested path or a broken one', () => {
    expect(columnName('pop\\.2020')).toBe('pop.2020');
    expect(columnName('officers')).toBe('officers');
    expect(columnName('a.b')).toBeUndefined();
    expect(columnName('a[0]')).toBeUndefined();
    expect(columnName('a]')).toBeUndefined();
    expect(columnName('')).toBeUndefined();
  });
});

describe('fieldText', () => {
  it('writes a field as Vega-Lite names it in a default title, without its escapes', () => {
    expect(fieldText('pop\\.2020')).toBe('pop.2020');
    expect(fieldText('a\\.b.c')).toBe('a.b.c');
    expect(fieldText('a]')).toBe('a]');
  });
});

describe('drawnColumns', () => {
  const rows = [{ 'pop.2020': 1, 'a\\b': 2, 'a∖b': 3 }];

  it('leaves rows without a backslash in a column name as they are', () => {
    const drawn = drawnColumns(rows, ['pop.2020']);
    expect(drawn.rows).toBe(rows);
    expect([drawn.key('pop.2020'), drawn.field('pop.2020')]).toEqual(['pop.2020', 'pop\\.2020']);
  });

  it('draws a column with a backslash under a stand-in name, clear of the other columns', () => {
    const drawn = drawnColumns(rows, ['pop.2020', 'a\\b', 'a∖b']);
    expect(drawn.rows).toEqual([{ 'pop.2020': 1, 'a∖b∖': 2, 'a∖b': 3 }]);
    expect(drawn.field('a\\b')).toBe('a∖b∖');
    expect(rows).toEqual([{ 'pop.2020': 1, 'a\\b': 2, 'a∖b': 3 }]);
  });
});

describe('a chart over any column names', () => {
  it('draws the bars it draws over plain names', async () => {
    const values = [120, 45, 80];
    const chartOf = (category: string, value: string) =>
      bar(values.map((v, i) => ({ [category]: `c${i}`, [value]: v })), { x: category, y: value, title: 'Any names', horizontal: false });
    const plain = await renderSVG(chartOf('k', 'v'), { id: 'plain' });
    expect(barHeights(plain.svg)).toEqual([300, 112.5, 200]);
    await fc.assert(fc.asyncProperty(names, names, async (category, value) => {
      fc.pre(category !== value);
      const { svg, warnings } = await renderSVG(chartOf(category, value), { id: 'named' });
      expect(drawnMarks(svg)).toEqual(drawnMarks(plain.svg));
      expect(warnings).toEqual([]);
    }), { numRuns: 25, seed: 5 });
  });
});
