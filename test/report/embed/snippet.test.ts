import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HOST_SCRIPT } from '../../../src/report/embed/host-script.js';
import { embedSnippet } from '../../../src/report/embed/snippet.js';

const options = { slug: 'haiti-mss', id: 'deployment', title: 'The "deployment" <step> by step', alt: 'Step chart of officers: 400, 600, 817.', imageWidth: 630, imageHeight: 412, height: 520.4 };

/** The snippet as a page with scripts on sees it, and as one with scripts off does. */
function parseBoth(html: string) {
  const on = new JSDOM(`<body>${html}</body>`, { runScripts: 'outside-only' }).window.document;
  const off = new JSDOM(`<body>${html}</body>`).window.document;
  return { on, off };
}

describe('embedSnippet', () => {
  it('is a responsive frame named after the chart, with the host script', () => {
    const { on } = parseBoth(embedSnippet(options).html);
    const frame = on.querySelector('iframe')!;
    expect([frame.getAttribute('src'), frame.title, frame.getAttribute('width'), frame.getAttribute('height'), frame.getAttribute('scrolling'), frame.getAttribute('data-copydesk-embed')])
      .toEqual(['charts/deployment.html', options.title, '100%', '520', 'no', 'haiti-mss/deployment']);
    // No style attribute: a host with a strict CSP would refuse it; the script sizes the frame.
    expect(frame.hasAttribute('style')).toBe(false);
    expect(on.querySelector('script')?.textContent).toBe(HOST_SCRIPT);
  });

  it('falls back to the PNG, at 1x and 2x, with the alt text, hiding the frame, when scripts are off', () => {
    const { off } = parseBoth(embedSnippet(options).html);
    const image = off.querySelector('noscript img')!;
    expect([image.getAttribute('src'), image.getAttribute('srcset'), image.getAttribute('alt'), image.getAttribute('width'), image.getAttribute('height')])
      .toEqual(['charts/deployment.png', 'charts/deployment.png 1x, charts/deployment@2x.png 2x', options.alt, '630', '412']);
    const style = off.querySelector('noscript style')?.textContent;
    expect(style).toContain('iframe[data-copydesk-embed="haiti-mss/deployment"] { display: none; }');
    expect(embedSnippet(options).styles).toEqual([style]);
  });

  it('has no image, and hides nothing, for a chart without PNGs: readers without scripts get the frame', () => {
    const snippet = embedSnippet({ ...options, image: false });
    const { off } = parseBoth(snippet.html);
    expect({ noscript: off.querySelector('noscript') !== null, img: off.querySelector('img') !== null, png: snippet.html.includes('.png') }).toEqual({ noscript: false, img: false, png: false });
    expect(off.querySelector('iframe')?.getAttribute('src')).toBe('charts/deployment.html');
    expect([snippet.scripts, snippet.styles]).toEqual([[HOST_SCRIPT], []]);
  });

  it('points at where the report is published when given a base', () => {
    const { off } = parseBoth(embedSnippet({ ...options, base: 'https://example.org/stories/haiti-mss/' }).html);
    expect(off.querySelector('iframe')?.getAttribute('src')).toBe('https://example.org/stories/haiti-mss/charts/deployment.html');
    expect(off.querySelector('noscript img')?.getAttribute('src')).toBe('https://example.org/stories/haiti-mss/charts/deployment.png');
  });
});
