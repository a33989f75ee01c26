/** The page checker finds what it is there to find (so that a clean report from it means something). */
import { describe, expect, it } from 'vitest';
import { checkCsp, inspectPage, parsePage, shapeOf } from './page-safety.js';

const CSP = "default-src 'none'; script-src 'none'; base-uri 'none'";
const page = (body: string, csp = CSP) => `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><title>t</title></head><body>${body}</body></html>`;
const twin = parsePage(page('<p>plain <a href="https://example.com/">link</a></p><script type="application/json" id="d">{"a":1}</script>'), 'html');
const inspect = (body: string, csp?: string) =>
  inspectPage('x.html', parsePage(page(body, csp), 'html'), { allowed: shapeOf(twin), base: 'file:///out/x/index.html', html: true }).map((f) => f.problem);

describe('inspectPage', () => {
  it('passes the twin itself and Markdown emphasis', () => {
    expect(inspect('<p>plain <a href="https://example.com/">link</a> <strong>b</strong></p><script type="application/json" id="d">{"a":1}</script>')).toEqual([]);
  });

  it('finds handlers, unexpected elements and attributes, and URLs that run code', () => {
    expect(inspect('<p><img src=x onerror="top.__pwned=1"></p>')).toEqual([
      'unexpected element <img> (html:img)',
      'unexpected attribute html:img@src="x"',
      'event handler html:img@onerror="top.__pwned=1"',
    ]);
    expect(inspect('<p><a href=" java&#x09;script:top.__pwned=1">x</a></p>')).toEqual(['URL with scheme javascript: in html:a@href=" java\tscript:top.__pwned=1"']);
    expect(inspect('<p><a href="data:text/html,x">x</a></p>')).toEqual(['URL with scheme data: in html:a@href="data:text/html,x"']);
    expect(inspect('<svg><script>1</script></svg>')).toEqual(expect.arrayContaining(['unexpected element <svg> (svg:svg)', 'unexpected element <script> (svg:script)']));
  });

  it('finds JSON that broke out of its script, inline scripts the policy does not list, and a weak policy', () => {
    expect(inspect('<script type="application/json" id="d">{"a":"</script><script>top.__pwned=1</script>')).toEqual(expect.arrayContaining([
      '<script type="application/json" id="d"> does not hold JSON: the data broke out',
      'inline script not approved by the policy: top.__pwned=1',
    ]));
    expect(checkCsp("default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; base-uri 'none'")).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      'the policy allows eval',
    ]);
    expect(checkCsp(undefined)).toEqual(['no Content-Security-Policy']);
  });
});
