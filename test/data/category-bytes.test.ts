import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CategoryBytes, viewOf } from '../../src/data/category-bytes.js';

/** The index `bytes` of `text` spell, the text set among other bytes. */
function indexOf(category: CategoryBytes, text: string): number {
  const cell = Buffer.from(text);
  return category.indexOf(viewOf(Buffer.concat([Buffer.from('xx'), cell, Buffer.from('yy')])), 2, 2 + cell.length);
}

describe('CategoryBytes', () => {
  it('finds each value, byte for byte, and nothing else', () => {
    const values = ['North', 'South', 'Ñorth', 'Nort', 'Northh', 'x'.repeat(70), `${'x'.repeat(69)}y`, '🙂', 'ab', 'abc', 'abcdefgh', 'abcdefghi', 'abcdefgx', 'abcdxfgh'];
    const category = new CategoryBytes(values);
    expect(values.map((value) => indexOf(category, value))).toEqual(values.map((_, index) => index));
    for (const text of ['', 'north', 'Nor', 'Northhh', 'South ', 'x'.repeat(71), 'y'.repeat(70), 'N', 'Ñ', '\uFEFFNorth', 'ax', 'abx', 'abcdefgi', 'abcdefghj', 'abcdefgy', 'abcxefgh', 'a']) expect(indexOf(category, text), text).toBe(-1);
  });

  it('spells no value that has no UTF-8 form', () => {
    const category = new CategoryBytes(['\uD800', 'a']);
    expect([indexOf(category, '\uFFFD'), indexOf(category, 'a')]).toEqual([-1, 1]);
  });

  it('agrees with a plain lookup on random values and texts', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'é'), maxLength: 14 }));
    fc.assert(fc.property(fc.uniqueArray(text.filter((value) => value !== ''), { minLength: 1, maxLength: 8 }), fc.array(text, { maxLength: 10 }), (values, texts) => {
      const category = new CategoryBytes(values);
      // Near misses: each value one character short, one longer, and with one character changed.
      const near = values.flatMap((value) => [value.slice(0, -1), `${value}x`, ...[...value].map((_, i) => [...value].map((c, j) => (i === j ? 'x' : c)).join(''))]);
      for (const candidate of [...values, ...texts, ...near]) expect(indexOf(category, candidate)).toBe(values.indexOf(candidate));
    }), { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20_251_129) });
  });
});
