import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { copydesk } from './build-cli.js';

/** Build the first report with the CLI, then read it as a reader would (jsdom). */
describe('the Haiti MSS report', () => {
  let out = '';
  let document: Document;
  let build: ReturnType<typeof copydesk>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'copydesk-haiti-'));
    // From scratch: the charts drawn, not read from a cache of earlier builds (test/cli/cache.test.ts).
    build = copydesk(['build', 'haiti-mss', '--out', out, '--no-cache']);
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
    document = new JSDOM(readFileSync(join(out, 'haiti-mss', 'index.html'), 'utf8')).window.document;
  });

  const text = () => document.body.textContent?.replace(/\s+/g, ' ') ?? '';

  it('prints each step with its time', () => {
    for (const step of ['load', 'facts', 'checks', 'charts', 'html', 'pngs', 'write']) expect(build.stdout).toMatch(new RegExp(`haiti-mss\\s+${step}\\s.*\\d+(\\.\\d+ s| ms)`));
  });

  it('writes the page, the charts, the data and the facts', () => {
    const dir = join(out, 'haiti-mss');
    for (const file of ['index.html', 'facts.json', 'claims.json', 'embeds.html', 'data/contingents.csv', 'data/fx-usd-kes.csv']) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(document.querySelector('a[href="embeds.html"]')).not.toBeNull();
    const charts = [...document.querySelectorAll('figure[id^="chart-"]')].map((figure) => figure.id.replace('chart-', ''));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const id of charts) {
      expect(existsSync(join(dir, 'charts', `${id}.svg`)), id).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'charts', `${id}.vl.json`), 'utf8')).$schema).toMatch(/vega-lite/);
      for (const file of [`charts/${id}.png`, `charts/${id}@2x.png`, `charts/${id}.html`, `data/${id}.csv`]) expect(existsSync(join(dir, file)), file).toBe(true);
    }
  });

  it('shows 817 officers in three contingents with the article\'s dates', () => {
    expect(text()).toMatch(/817/);
    const rows = [...document.querySelectorAll('#contingent-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['First', '400', 'departed Kenya', 'June 25, 2024'],
      ['Second', '200', 'landed in Port-au-Prince', 'July 16, 2024'],
      ['Third', '217', 'departed Kenya', 'January 18, 2025'],
    ]);
    expect(text()).toContain('June 24, 2024');
  });

  it('shows the paused funding in dollars and in shillings at the CBK rate of 8 May 2025', () => {
    expect(text()).toMatch(/\$13 million/);
    expect(text()).toMatch(/sh1\.68 billion/);
    expect(text()).toMatch(/129\.27/);
  });

  it('links every interpolated number to its provenance', () => {
    const links = [...document.querySelectorAll('a.fact')];
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) {
      const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
      expect(target, link.textContent ?? '').not.toBeNull();
      expect(target?.querySelector('pre code')?.textContent, link.textContent ?? '').toBeTruthy();
    }
    const facts = JSON.parse(readFileSync(join(out, 'haiti-mss', 'facts.json'), 'utf8')) as { id: string; value: number; sources: { rows: number[] }[] }[];
    const total = facts.find((fact) => fact.value === 817);
    expect(total?.sources[0]?.rows).toEqual([0, 1, 2]);
  });

  it('gives every chart a title and alt text', () => {
    for (const svg of document.querySelectorAll('figure svg')) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('title')?.textContent?.trim()).toBeTruthy();
      expect(svg.querySelector('desc')?.textContent?.trim().length).toBeGreaterThan(20);
    }
  });

  it('shows a fact-check section with the contradicted conversion', () => {
    const section = document.getElementById('fact-check');
    expect(section).not.toBeNull();
    expect(section?.textContent).toMatch(/contradicted/i);
    expect(section?.textContent).toMatch(/17\.71 billion/);
  });

  it('runs no script and loads nothing from the network', () => {
    expect(document.querySelectorAll('script:not([type="application/json"])').length).toBe(0);
    const urls = [...document.querySelectorAll('[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href'));
    expect(urls).toEqual([]);
  });
});
