import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderEmbedsIndex } from '../../../src/report/embed/embeds-index.js';
import { embedSnippet } from '../../../src/report/embed/snippet.js';
import { cspOf, inlineHashes, parse } from './helpers.js';

const snippet = (id: string) => embedSnippet({ slug: 'r', id, title: `Chart ${id}`, alt: `Alt text of ${id}`, imageWidth: 600, imageHeight: 400, height: 500 });
const entries = [{ id: 'one', title: 'Chart one', snippet: snippet('one'), interactive: true }, { id: 'two', title: 'Chart two', snippet: snippet('two') }];
const index = renderEmbedsIndex({ report: { title: 'A report', locale: 'en-US' }, entries });

describe('renderEmbedsIndex', () => {
  it('lists every chart with its embed code to copy, a preview made of that code, and its files', () => {
    const document = parse(index.html);
    const sections = [...document.querySelectorAll('main section')];
    expect(sections.map((section) => section.querySelector('h2')?.textContent)).toEqual(['Chart one', 'Chart two']);
    for (const [i, section] of sections.entries()) {
      const { id, snippet: code } = entries[i]!;
      const area = section.querySelector('textarea')!;
      expect(area.value).toBe(code.html);
      expect(section.querySelector(`label[for="${area.id}"]`)).not.toBeNull();
      expect(section.querySelector(`button[data-copy="${area.id}"]`)).not.toBeNull();
      expect(section.querySelector('.preview iframe')?.getAttribute('src')).toBe(`charts/${id}.html`);
      const files = [...section.querySelectorAll('.files a')].map((a) => a.getAttribute('href'));
      expect(files).toEqual([`charts/${id}.html`, `charts/${id}.png`, `charts/${id}@2x.png`, `charts/${id}.svg`, `charts/${id}.vl.json`, `data/${id}.csv`]);
    }
  });

  it('links no PNG for a chart without them, and says so', () => {
    const entry = { id: 'three', title: 'Chart three', snippet: embedSnippet({ slug: 'r', id: 'three', title: 'Chart three', alt: '', imageWidth: 600, imageHeight: 400, height: 500, image: false }), png: false };
    const section = parse(renderEmbedsIndex({ report: { title: 'A report', locale: 'en-US' }, entries: [entry] }).html).querySelector('section')!;
    expect([...section.querySelectorAll('.files a')].map((a) => a.getAttribute('href'))).toEqual(['charts/three.html', 'charts/three.svg', 'charts/three.vl.json', 'data/three.csv']);
    expect(section.querySelector('.files')?.textContent).toContain('No PNG (resvg could not draw this chart');
    expect(section.innerHTML).not.toContain('.png');
  });

  it('allows its inline scripts (its own and each pasted host script) and style by hash, and frames from the folder', () => {
    const document = parse(index.html);
    const csp = cspOf(document);
    const { scripts, styles } = inlineHashes(document);
    expect(scripts.length).toBe(entries.length + 1);
    expect(csp['script-src']).toEqual([...new Set(scripts)]);
    expect(csp['style-src']).toEqual(styles);
    expect(styles.length).toBe(entries.length + 1);
    expect(csp['frame-src']).toEqual(["'self'"]);
  });

  it('shows the codes with full addresses once its script runs', () => {
    const dom = new JSDOM(index.html, { url: 'https://example.org/stories/r/embeds.html', runScripts: 'dangerously' });
    const codes = [...dom.window.document.querySelectorAll('textarea')].map((area) => area.value);
    expect(codes[0]).toContain('src="https://example.org/stories/r/charts/one.html"');
    expect(codes[0]).toContain('srcset="https://example.org/stories/r/charts/one.png 1x, https://example.org/stories/r/charts/one@2x.png 2x"');
    expect(codes[1]).toContain('src="https://example.org/stories/r/charts/two.png"');
    expect(codes.join('')).not.toMatch(/"charts\//);
    expect([...dom.window.document.querySelectorAll('button[data-copy]')].every((button) => !(button as HTMLButtonElement).hidden)).toBe(true);
    dom.window.close();
  });
});
