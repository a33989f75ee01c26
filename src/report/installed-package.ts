/**
 * Installed packages, found as Node finds them from copydesk's own folder: where one lies (to copy
 * its browser build) and which version it is (to name the files copied, and what was drawn with it).
 */

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** An installed package: its folder and the version its `package.json` gives. */
export interface InstalledPackage {
  dir: string;
  version: string;
}

/**
 * The installed package `name`, up from its entry point to the `package.json` that names it;
 * `undefined` when it is not installed.
 */
export function installedPackage(name: string): InstalledPackage | undefined {
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    return undefined;
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
    if (pkg.name === name) return { dir, version: typeof pkg.version === 'string' ? pkg.version : 'unknown' };
  }
  return undefined;
}
