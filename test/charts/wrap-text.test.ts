import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/charts/wrap-text.js';
import { textWidth } from '../../src/charts/text-metrics.js';

describe('wrapText', () => {
  it('keeps a line that fits as a string', () => {
    expect(wrapText('Officers in Haiti', { width: 560, fontSize: 18 })).toBe('Officers in Haiti');
  });

  it('breaks at spaces into the longest lines that fit the width in DejaVu Sans', () => {
    const words = 'Kenya has sent 817 police officers to Haiti in three contingents'.split(' ');
    const lines = wrapText(words.join(' '), { width: 240, fontSize: 18, bold: true });
    expect(Array.isArray(lines) && lines.join(' ')).toBe(words.join(' '));
    const list = lines as string[];
    list.forEach((line, i) => {
      expect(textWidth(line, 18, { bold: true })).toBeLessThanOrEqual(240);
      const next = list[i + 1]?.split(' ')[0];
      if (next) expect(textWidth(`${line} ${next}`, 18, { bold: true })).toBeGreaterThan(240);
    });
    // Bold is wider: the same words need more lines than in the regular weight.
    expect(list.length).toBeGreaterThan((wrapText(words.join(' '), { width: 240, fontSize: 18 }) as string[]).length - 1);
  });

  it('measures DejaVu Sans, not a fixed guess per character', () => {
    expect(textWidth('iiii', 10)).toBeCloseTo(11.12, 2);
    expect(textWidth('WWWW', 10)).toBeCloseTo(39.56, 2);
  });

  it('gives an overlong word a line of its own and collapses runs of spaces', () => {
    expect(wrapText('a  Multinational-Security-Support b', { width: 50, fontSize: 10 })).toEqual(['a', 'Multinational-Security-Support', 'b']);
  });

  it('returns an empty string for empty text', () => {
    expect(wrapText('  ', { width: 100, fontSize: 12 })).toBe('');
  });
});
