import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { requireChromium } from './chromium.js';

/** The repository (the CLI is run from here, so that `reports/haiti-mss.ts` is found). */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The first report: the one the browser tests open. */
export const SLUG = 'haiti-mss';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the built report (`<outDir>/<slug>/`). */
    outDir: string;
  }
}

/**
 * Once per run: fail at once without Chromium, then build the first report with the built CLI
 * (`npm run test:browser` builds `dist/` first) into a temporary folder the tests share.
 */
export default function setup(project: TestProject): () => void {
  requireChromium();
  const outDir = mkdtempSync(join(tmpdir(), 'copydesk-browser-'));
  const build = spawnSync(process.execPath, [join(ROOT, 'dist/cli/bin.js'), 'build', SLUG, '--out', outDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (build.status !== 0) throw new Error(`copydesk build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  project.provide('outDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
