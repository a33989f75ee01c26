import { describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../../src/cli/preview/resolve-path.js';

describe('resolveRequestPath', () => {
  const root = '/srv/out';

  it('maps paths under the root, directories to index.html', () => {
    expect(resolveRequestPath(root, '/haiti-mss/')).toBe('/srv/out/haiti-mss/index.html');
    expect(resolveRequestPath(root, '/haiti-mss/charts/a.svg?x=1')).toBe('/srv/out/haiti-mss/charts/a.svg');
    expect(resolveRequestPath(root, '/a%20b.csv')).toBe('/srv/out/a b.csv');
  });

  it.each([
    '/../package.json', '/..', '/haiti-mss/../../etc/passwd', '/%2e%2e/package.json', '/%2E%2E%2Fpackage.json',
    '/..%2f..%2fetc%2fpasswd', '/..%5c..%5cwindows', '/a\\..\\b', '/%00', '/%zz', '/foo/%2e%2e/%2e%2e/x',
  ])('refuses %s', (path) => {
    expect(resolveRequestPath(root, path)).toBeUndefined();
  });
});
