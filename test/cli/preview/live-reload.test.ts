import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LIVE_RELOAD_SCRIPT, injectPreview, previewPolicy } from '../../../src/cli/preview/live-reload.js';

const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;none&#39;"></head><body><p>817</p></body></html>`;

describe('injectPreview', () => {
  it('allows exactly the live-reload script by its hash', () => {
    const hash = createHash('sha256').update(LIVE_RELOAD_SCRIPT).digest('base64');
    const policy = previewPolicy("default-src 'none'; script-src 'none'");
    expect(policy).toBe(`default-src 'none'; script-src 'sha256-${hash}'; connect-src 'self'`);
    const document = new JSDOM(injectPreview(page)).window.document;
    expect(document.querySelector('meta[http-equiv]')?.getAttribute('content')).toBe(policy);
    expect(document.querySelector('script')?.textContent).toBe(LIVE_RELOAD_SCRIPT);
  });

  it('shows the error above the last good page, escaped', () => {
    const document = new JSDOM(injectPreview(page, { error: 'error: 1 problem in data.csv:3:2 <img src=x>' })).window.document;
    const overlay = document.getElementById('copydesk-overlay');
    expect(overlay?.textContent).toContain('data.csv:3:2 <img src=x>');
    expect(overlay?.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain('817');
  });
});
