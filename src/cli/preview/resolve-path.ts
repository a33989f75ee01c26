import { isAbsolute, join, normalize, relative } from 'node:path';

/**
 * Map a request path to a file under `root`, or `undefined` when it would leave `root` (`..`, its
 * percent-encoded forms, backslashes, NUL bytes, absolute paths). Directories map to `index.html`.
 */
export function resolveRequestPath(root: string, requestPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(requestPath.split(/[?#]/, 1)[0] ?? '/');
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path.split('/').some((part) => part === '..')) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  const inside = relative(root, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}
