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
      { position: 0, text: 'Flag-off' }, // 0–68
      { position: 30, text: 'Landing' }, // 30–90: collides
      { position: 50, text: 'Third' }, // 50–94: collides with both
      { position: 120, text: 'Fourth' }, // clear of all: back on the top row
    ];
    expect(stagger(items, { width: 560, fontSize: 10 }).map((p) => p.level)).toEqual([0, 1, 2, 0]);
  });

  it('hangs a label left of its rule when it would run past the right edge', () => {
    expect(stagger([{ position: 540, text: 'Press release' }], { width: 560, fontSize: 10 })).toEqual([{ level: 0, align: 'right' }]);
  });
});
