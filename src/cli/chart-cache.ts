/**
 * Where the CLI keeps the charts it draws between runs (see `diskMemo`): `copydesk build` reads and
 * fills it, and `copydesk preview` starts from it.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildId } from '../report/build-id.js';
import { diskMemo } from '../report/disk-memo.js';
import type { Memo } from '../report/memo.js';

/**
 * The charts drawn by earlier builds, in `node_modules/.cache/copydesk/` (where build tools keep their
 * caches) when the working folder has a `node_modules`; none otherwise, or when running from the
 * sources, whose code changes without a build.
 */
export function chartCache(): Memo | undefined {
  const modules = join(process.cwd(), 'node_modules');
  const salt = buildId();
  if (salt === undefined || !existsSync(modules)) return undefined;
  return diskMemo({ dir: join(modules, '.cache', 'copydesk'), salt });
}
