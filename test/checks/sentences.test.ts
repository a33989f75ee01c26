import { describe, expect, it } from 'vitest';
import { sentenceAt, sentences } from '../../src/checks/sentences.js';

describe('sentences', () => {
  it('splits paragraphs into sentences with their offsets, never across a line break', () => {
    const text = 'Kenya’s Haiti Mission\nThe officers left on June 25. They landed a day later.\n\nU.S Secretary Rubio spoke.';
    const list = sentences(text);
    expect(list.map((s) => s.text)).toEqual(['Kenya’s Haiti Mission', 'The officers left on June 25.', 'They landed a day later.', 'U.S Secretary Rubio spoke.']);
    for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentenceAt(list, { start: 25, end: 30 })?.text).toBe('The officers left on June 25.');
    expect(sentenceAt(list, { start: 40, end: 60 })).toBeUndefined();
  });

  it('does not split at the decimal point of an amount', () => {
    expect(sentences('More than $13 million(sh17.71 billion) was paused. It hurt.').map((s) => s.text)).toEqual([
      'More than $13 million(sh17.71 billion) was paused.',
      'It hurt.',
    ]);
  });
});
