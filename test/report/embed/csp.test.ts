import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../../src/report/embed/csp.js';

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((directive) => {
  const [name, ...sources] = directive.split(' ');
  return [name, sources];
}));

describe('hashSource', () => {
  it('gives the hash source of the CSP specification’s example', () => {
    // CSP Level 3, §2.3.1 "Source lists": alert('Hello, world.'); is allowed by this hash.
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes the UTF-8 bytes of the text, whitespace included', () => {
    const text = 'const s = "é";\n';
    expect(hashSource(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
    expect(hashSource(text)).not.toBe(hashSource(text.trim()));
  });
});

describe('contentSecurityPolicy', () => {
  it('denies everything but hashed inline code and local images by default', () => {
    expect(directives(contentSecurityPolicy())).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'none'"],
      'style-src': ["'none'"],
      'img-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('allows each inline script and style by hash, once, and the page’s own scripts and frames on request', () => {
    const policy = directives(contentSecurityPolicy({ scripts: ['a()', 'b()', 'a()'], styles: ['p{}'], selfScripts: true, selfFrames: true }));
    expect(policy['script-src']).toEqual(["'self'", hashSource('a()'), hashSource('b()')]);
    expect(policy['style-src']).toEqual([hashSource('p{}')]);
    expect(policy['frame-src']).toEqual(["'self'"]);
  });

  it('never allows eval or inline code wholesale', () => {
    const policy = contentSecurityPolicy({ scripts: ['a()'], styles: ['p{}'], selfScripts: true, selfFrames: true });
    expect(policy).not.toMatch(/unsafe-(eval|inline|hashes)|frame-ancestors|\*/);
  });
});
