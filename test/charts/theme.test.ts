import { describe, expect, it } from 'vitest';
import { INK, PALETTE, theme } from '../../src/charts/theme.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every `[path, value]` under a config whose key ends in "fontSize". */
function fontSizes(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (/fontsize$/i.test(key) ? [[`${path}.${key}`, v] as [string, unknown]] : fontSizes(v, `${path}.${key}`)));
}

/** Every colour a config gives to text. */
function textColours(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (/^(labelColor|titleColor|subtitleColor|color)$/.test(key) && typeof v === 'string' ? [v] : textColours(v)));
}

describe('theme', () => {
  it('sets no text under 11 px', () => {
    const sizes = fontSizes(theme());
    expect(sizes.length).toBeGreaterThan(5);
    for (const [path, size] of sizes) expect({ path, ok: typeof size === 'number' && size >= 11 }).toEqual({ path, ok: true });
  });

  it('writes text in colours with AA contrast on white', () => {
    const config = theme();
    const colours = new Set([...textColours({ title: config.title, axis: config.axis, legend: config.legend, header: config.header, text: config.text }), INK.title, INK.text, INK.muted]);
    for (const colour of colours) expect({ colour, ratio: contrast(colour, '#ffffff') >= 4.5 }).toEqual({ colour, ratio: true });
  });

  it('draws rules at 3:1 on white; only the yellow, kept last in the palette, nearly vanishes', () => {
    expect(contrast(INK.rule, '#ffffff')).toBeGreaterThanOrEqual(3);
    const weak = PALETTE.filter((colour) => contrast(colour, '#ffffff') < 2);
    expect(weak).toEqual(['#F0E442']);
  });

  it('uses the Okabe–Ito palette for categories', () => {
    expect(theme().range?.category).toEqual(['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000']);
  });

  it('has a fixed default width, and takes another', () => {
    expect(theme().view).toMatchObject({ continuousWidth: 560, continuousHeight: 300 });
    expect(theme({ width: 320, height: 200 }).view).toMatchObject({ continuousWidth: 320, continuousHeight: 200 });
  });
});
