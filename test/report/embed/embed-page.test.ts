import { describe, expect, it } from 'vitest';
import { renderEmbedPage } from '../../../src/report/embed/embed-page.js';
import { renderVariants } from '../../../src/report/embed/variants.js';
import { cspOf, inlineHashes, parse, tinyBar } from './helpers.js';

const report = { slug: 'haiti-mss', title: 'Kenya has sent 817 officers', byline: 'Data desk', date: '2025-05-09', locale: 'en-US' };

async function page({ interactive = false } = {}) {
  const chart = tinyBar({ interactive, notes: 'Counts as the article gives them.' });
  const { variants } = await renderVariants(chart, { id: 'bars', widths: [264, 464] });
  const rendered = renderEmbedPage({ id: 'bars', chart, variants, report, ...(interactive ? { vendorScripts: ['vendor/vega-6.4.0.min.js', 'vendor/vega-embed-7.3.0.min.js'] } : {}) });
  return { chart, variants, rendered, document: parse(rendered.html) };
}

describe('renderEmbedPage', () => {
  it('prints the title, subtitle, source, notes, byline and a link to the chart’s data', async () => {
    const { chart, document } = await page();
    expect(document.title).toBe(chart.title);
    expect(document.querySelector('h1')?.textContent).toBe(chart.title);
    expect(document.querySelector('.subtitle')?.textContent).toBe(chart.subtitle);
    expect(document.querySelector('.source')?.textContent).toContain('Source: Kenyans.co.ke');
    expect(document.querySelector('.notes')?.textContent).toBe('Counts as the article gives them.');
    expect(document.querySelector('.byline')?.textContent).toMatch(/^Data desk · May 9, 2025 · From the report “Kenya has sent 817 officers”$/);
    const data = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Get the data');
    expect(data?.getAttribute('href')).toBe('../data/bars.csv');
    expect(document.querySelector('a[href="../index.html#chart-bars"]')).not.toBeNull();
    expect(document.documentElement.getAttribute('lang')).toBe('en-US');
  });

  it('holds one accessible drawing per width and a hidden table of the numbers', async () => {
    const { chart, variants, document } = await page();
    const drawings = [...document.querySelectorAll('.chart .variant')];
    expect(drawings.map((drawing) => drawing.className)).toEqual(variants.map((_, i) => `variant variant-${i}`));
    for (const drawing of drawings) {
      const svg = drawing.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      const [title, desc] = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
      expect(title).toBe(chart.title);
      expect(desc?.length).toBeGreaterThan(20);
    }
    const rows = [...document.querySelectorAll('.visually-hidden table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual(chart.data.map((row) => [String(row['contingent']), String(row['officers'])]));
  });

  it('allows exactly its inline script and style by hash, and nothing from elsewhere', async () => {
    const { rendered, document } = await page();
    const csp = cspOf(document);
    const { scripts, styles } = inlineHashes(document);
    expect(scripts.length).toBe(1);
    expect(csp['script-src']).toEqual(scripts);
    expect(csp['style-src']).toEqual(styles);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(document.querySelectorAll('script[src]').length).toBe(0);
    expect(rendered.csp).toBe(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
  });

  it('loads the vendored Vega files when interactive, with the specs to draw live, under the same strict policy', async () => {
    const { variants, document } = await page({ interactive: true });
    expect([...document.querySelectorAll('script[src]')].map((script) => [script.getAttribute('src'), script.hasAttribute('defer')])).toEqual([
      ['../vendor/vega-6.4.0.min.js', true], ['../vendor/vega-embed-7.3.0.min.js', true],
    ]);
    const specs = JSON.parse(document.getElementById('copydesk-embed-specs')?.textContent ?? '[]') as { slot: string; spec: Record<string, unknown> }[];
    expect(specs.map(({ slot }) => document.getElementById(slot)?.className)).toEqual(variants.map((_, i) => `variant variant-${i}`));
    // As JSON: Vega tags the inline rows it drew with symbol keys, which JSON leaves out.
    expect(specs.map(({ spec }) => spec)).toEqual(variants.map((variant) => JSON.parse(JSON.stringify(variant.spec))));
    const csp = cspOf(document);
    const { scripts } = inlineHashes(document);
    expect(scripts.length).toBe(2);
    expect(csp['script-src']).toEqual(["'self'", ...scripts]);
    expect(Object.values(csp).flat().join(' ')).not.toMatch(/unsafe/);
  });
});
