import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/text-metrics.js';
import { loadedVega, loadVega } from '../../src/charts/vega-module.js';

describe('vega, loaded on first use', () => {
  it('is not there before loadVega, and says where to look', () => {
    expect(() => loadedVega()).toThrow(/before loadVega\(\) had loaded it/);
  });

  it('loads once, with text measured in DejaVu Sans rather than at 0.8 em a character', async () => {
    const [a, b] = await Promise.all([loadVega(), loadVega()]);
    expect(a).toBe(b);
    expect(loadedVega()).toBe(a);
    const { textMetrics } = a as unknown as { textMetrics: { width(item: object, text: string): number } };
    expect(textMetrics.width({ fontSize: 12 }, 'Kenya')).toBe(textWidth('Kenya', 12));
  });
});
