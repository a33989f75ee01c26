import { createHash } from 'node:crypto';
import { escape } from '../../report/html.js';

/** Where pages listen for rebuilds (Server-Sent Events). */
export const EVENTS_PATH = '/__copydesk/events';

/**
 * The client the preview adds to every page: reload on each rebuild, keeping the reader's scroll
 * position across the reload.
 */
export const LIVE_RELOAD_SCRIPT = `(() => {
  const key = 'copydesk-scroll:' + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    addEventListener('load', () => scrollTo(0, Number(saved)));
  }
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('reload', () => {
    sessionStorage.setItem(key, String(scrollY));
    location.reload();
  });
})();`;

const SCRIPT_HASH = `'sha256-${createHash('sha256').update(LIVE_RELOAD_SCRIPT).digest('base64')}'`;

/** Allow exactly the live-reload script (by hash) and its event stream in a page's CSP. */
export function previewPolicy(policy: string): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const named = (name: string) => directives.findIndex((d) => d.split(/\s+/)[0] === name);
  const add = (name: string, source: string) => {
    const at = named(name);
    if (at < 0) directives.push(`${name} ${source}`);
    else directives[at] = `${directives[at]!.replace(/\s'none'/, '')} ${source}`;
  };
  add('script-src', SCRIPT_HASH);
  add('connect-src', "'self'");
  return directives.join('; ');
}

/** The error overlay shown above the last good page. */
export function renderOverlay(message: string): string {
  return `<div id="copydesk-overlay" role="alert" style="position:sticky;top:0;z-index:9999;margin:0;padding:1rem 1.2rem;background:#fff4f4;border-bottom:4px solid #b3261e;color:#1a1a1a;font:14px/1.5 system-ui,sans-serif">`
    + `<strong style="color:#b3261e">The build failed.</strong> The last good version is shown below; fix the error and save to rebuild.`
    + `<pre style="white-space:pre-wrap;margin:.6rem 0 0;font:13px/1.45 ui-monospace,monospace">${escape(message)}</pre></div>`;
}

/** A page for when the very first build failed and there is nothing good to show. */
export function renderErrorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Build failed</title></head><body>${renderOverlay(message)}</body></html>`;
}

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)/i;

/** Add the live-reload client (and the error overlay, if any) to a served HTML page. */
export function injectPreview(html: string, { error }: { error?: string | undefined } = {}): string {
  let page = CSP_META.test(html)
    ? html.replace(CSP_META, (_, open: string, policy: string, close: string) => `${open}${escape(previewPolicy(policy.replace(/&#39;/g, "'")))}${close}`)
    : html;
  if (error !== undefined) page = page.replace(/<body[^>]*>/i, (body) => `${body}${renderOverlay(error)}`);
  const script = `<script>${LIVE_RELOAD_SCRIPT}</script>`;
  return page.includes('</body>') ? page.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${script}</body>`) : `${page}${script}`;
}
