import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/charts/wrap-text.js';

describe('wrapText', () => {
  it('keeps a line that fits as a string', () => {
    expect(wrapText('Officers in Haiti', { width: 560, fontSize: 18 })).toBe('Officers in Haiti');
  });

  it('breaks at spaces into lines of at most width / (0.8 em) characters', () => {
    // 260 / (18 × 0.8) → 18 characters a line.
    expect(wrapText('Kenya sent 817 officers in three contingents', { width: 260, fontSize: 18 })).toEqual(['Kenya sent 817', 'officers in three', 'contingents']);
  });

  it('gives an overlong word a line of its own and collapses runs of spaces', () => {
    expect(wrapText('a  Multinational-Security-Support b', { width: 50, fontSize: 10, glyphWidth: 0.5 })).toEqual(['a', 'Multinational-Security-Support', 'b']);
  });

  it('returns an empty string for empty text', () => {
    expect(wrapText('  ', { width: 100, fontSize: 12 })).toBe('');
  });
});
