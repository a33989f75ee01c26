/**
 * Which build of copydesk is running: a digest of its sources and of the dependency versions it was
 * bundled with, written in by `npm run build`. A result remembered on disk (see `diskMemo`) is only
 * reused by the build that computed it.
 */

import { installedPackage } from './installed-package.js';

// Replaced by `npm run build` (esbuild's `define`); absent when the sources run as they are (tests, tsx).
declare const __COPYDESK_BUILD__: string | undefined;

/**
 * The build's id, with the versions of what it loads from `node_modules` at run time (the PNG
 * renderer) and of the JavaScript engine; `undefined` when running from the sources, whose code
 * changes without a build.
 */
export function buildId(): string | undefined {
  if (typeof __COPYDESK_BUILD__ !== 'string') return undefined;
  return [__COPYDESK_BUILD__, `v8 ${process.versions.v8}`, `resvg ${installedPackage('@resvg/resvg-js')?.version ?? 'unknown'}`].join(' · ');
}
