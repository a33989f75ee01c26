import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HEIGHT_REPORTER } from '../../../src/report/embed/height-reporter.js';
import { EMBED_ATTRIBUTE, HEIGHT_MESSAGE, HEIGHT_REQUEST, HOST_SCRIPT, MAX_HEIGHT } from '../../../src/report/embed/host-script.js';

/** A host page with two copydesk frames, the host script run in it. */
function host() {
  const dom = new JSDOM(`<!doctype html><body><iframe ${EMBED_ATTRIBUTE}="r/a"></iframe><iframe ${EMBED_ATTRIBUTE}="r/b"></iframe><iframe></iframe></body>`, { runScripts: 'outside-only' });
  const window = dom.window;
  const frames = [...window.document.querySelectorAll('iframe')];
  const requests: unknown[] = [];
  for (const frame of frames) frame.contentWindow?.addEventListener('message', (event) => requests.push(event.data));
  window.eval(HOST_SCRIPT);
  const post = (data: unknown, source: unknown) => window.dispatchEvent(new window.MessageEvent('message', { data, source: source as Window }));
  return { window, frames, requests, post };
}

describe('the host script', () => {
  it('frames each copydesk iframe borderless at full width', () => {
    const { frames } = host();
    expect(frames.map((frame) => [frame.style.border, frame.style.minWidth])).toEqual([['0px', '100%'], ['0px', '100%'], ['', '']]);
  });

  it('sets the height of the frame whose window sent it, and of no other', () => {
    const { frames, post } = host();
    post({ [HEIGHT_MESSAGE]: { id: 'r/b', height: 412.3 } }, frames[0]!.contentWindow);
    expect(frames.map((frame) => frame.style.height)).toEqual(['413px', '', '']);
  });

  it('ignores messages from elsewhere, malformed heights, and caps runaway ones', () => {
    const { window, frames, post } = host();
    post({ [HEIGHT_MESSAGE]: { height: 300 } }, window);
    post({ [HEIGHT_MESSAGE]: { height: 300 } }, frames[2]!.contentWindow);
    post({ [HEIGHT_MESSAGE]: { height: '300' } }, frames[1]!.contentWindow);
    post({ [HEIGHT_MESSAGE]: { height: -5 } }, frames[1]!.contentWindow);
    post('copydesk', frames[1]!.contentWindow);
    expect(frames.map((frame) => frame.style.height)).toEqual(['', '', '']);
    post({ [HEIGHT_MESSAGE]: { height: 1e9 } }, frames[1]!.contentWindow);
    expect(frames[1]!.style.height).toBe(`${MAX_HEIGHT}px`);
  });

  it('listens once however many times it is pasted, and asks every frame for its height', async () => {
    const { window, frames, requests, post } = host();
    window.eval(HOST_SCRIPT);
    let calls = 0;
    const style = frames[0]!.style;
    const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(style), 'height')!.set!;
    Object.defineProperty(style, 'height', { set(value: string) { calls += 1; set.call(style, value); }, configurable: true });
    post({ [HEIGHT_MESSAGE]: { height: 100 } }, frames[0]!.contentWindow);
    expect(calls).toBe(1);
    await new Promise((done) => setTimeout(done, 20));
    // Two pastes, two copydesk frames each time; the third frame is not asked.
    expect(requests).toEqual([{ [HEIGHT_REQUEST]: true }, { [HEIGHT_REQUEST]: true }, { [HEIGHT_REQUEST]: true }, { [HEIGHT_REQUEST]: true }]);
  });
});

describe('the height reporter', () => {
  /** An embed page framed in a host, the reporter run in it; what it posts to the host is recorded. */
  function framed() {
    const dom = new JSDOM('<!doctype html><body><iframe></iframe></body>', { runScripts: 'outside-only' });
    const frame = dom.window.document.querySelector('iframe')!;
    const inner = frame.contentWindow!;
    inner.document.documentElement.setAttribute('data-embed-id', 'r/a');
    // jsdom's postMessage leaves `event.source` null, so every message the host gets is recorded.
    const posted: unknown[] = [];
    dom.window.addEventListener('message', (event) => posted.push(event.data));
    (inner as unknown as { eval(code: string): void }).eval(HEIGHT_REPORTER);
    return { dom, inner, posted };
  }
  const settle = () => new Promise((done) => setTimeout(done, 20));

  it('posts its id and height to the host once, and marks itself framed', async () => {
    const { inner, posted } = framed();
    await settle();
    expect(posted).toEqual([{ [HEIGHT_MESSAGE]: { id: 'r/a', height: 0 } }]);
    expect(inner.document.documentElement.classList.contains('framed')).toBe(true);
  });

  it('posts again when its host asks, and only then', async () => {
    const { dom, inner, posted } = framed();
    await settle();
    const { MessageEvent } = inner as unknown as { MessageEvent: typeof globalThis.MessageEvent };
    inner.dispatchEvent(new MessageEvent('message', { data: { [HEIGHT_REQUEST]: true }, source: dom.window as unknown as Window }));
    inner.dispatchEvent(new MessageEvent('message', { data: { [HEIGHT_REQUEST]: true }, source: inner }));
    await settle();
    expect(posted.length).toBe(2);
  });

  it('does nothing on a page that is not framed', () => {
    const dom = new JSDOM('<!doctype html><body></body>', { runScripts: 'outside-only' });
    dom.window.eval(HEIGHT_REPORTER);
    expect(dom.window.document.documentElement.classList.contains('framed')).toBe(false);
  });
});
