import { describe, expect, it } from 'vitest';
import { stagger } from '../../src/charts/stagger.js';

describe('stagger', () => {
  it('puts labels that do not collide on the top row', () => {
    expect(stagger([{ position: 0, text: 'Flag-off' }, { position: 300, text: 'Arrival' }], { width: 560, fontSize: 10 })).toEqual([
      { level: 0, align: 'left' },
      { level: 0, align: 'left' },
    ]);
  });

  it('drops a colliding label to the first free row, and reuses rows once clear', () => {
    const items = [
      { position: 0, text: 'Flag-off' }, // 0–42 (38 px of DejaVu Sans at 10 px, and the gap)
      { position: 30, text: 'Landing' }, // 30–74: collides
      { position: 40, text: 'Third contingent' }, // 40–135: collides with both
      { position: 120, text: 'Fourth' }, // clear of the top row: back on it
    ];
    expect(stagger(items, { width: 560, fontSize: 10 }).map((p) => p.level)).toEqual([0, 1, 2, 0]);
  });

  it('hangs a label left of its rule when it would run past the right edge', () => {
    expect(stagger([{ position: 540, text: 'Press release' }], { width: 560, fontSize: 10 })).toEqual([{ level: 0, align: 'right' }]);
  });
});
