import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium } from './chromium.js';
import { ROOT } from './global-setup.js';
import { keepOffline, watchPage } from './guard.js';
import { SHOTS } from './session.js';
import { repoFolders } from '../integration/build-cli.js';

const folder = repoFolders('preview-browser');

/**
 * The authoring loop in a real browser: open the preview, edit the report module, and the page
 * reloads by itself — at the same scroll position — with no console error and nothing leaving the machine.
 */
describe('copydesk preview in Chromium', () => {
  let child: ChildProcess;
  let browser: Browser;
  let base = '';
  let report = '';

  beforeAll(async () => {
    requireChromium();
    const dir = folder();
    cpSync(join(ROOT, 'reports', 'haiti-mss.ts'), join(dir, 'reports', 'haiti-mss.ts'));
    cpSync(join(ROOT, 'datasets', 'haiti-mss'), join(dir, 'datasets', 'haiti-mss'), { recursive: true });
    report = join(dir, 'reports', 'haiti-mss.ts');
    child = spawn(process.execPath, [resolve(ROOT, 'dist/cli/bin.js'), 'preview', 'haiti-mss'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
    for (let waited = 0; !/preview: \S+/.test(output) && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    base = /preview: (\S+)/.exec(output)?.[1] ?? '';
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGINT');
  });

  it('reloads the page by itself after the report module is edited, keeping the scroll position', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    const escaped = await keepOffline(context, new URL(base).origin);
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(base, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toContain('817 police officers');
    await page.evaluate(() => {
      (window as unknown as { beforeEdit: boolean }).beforeEdit = true;
      scrollTo(0, 1200);
    });
    // Give the event stream a moment to connect before the edit.
    await page.waitForTimeout(500);
    writeFileSync(report, readFileSync(report, 'utf8').replace("title: 'Kenya has sent 817", "title: 'Edited: Kenya has sent 817"));
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toMatch(/^Edited: /);
    expect(await page.evaluate(() => (window as unknown as { beforeEdit?: boolean }).beforeEdit)).toBeUndefined();
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(1000);
    await page.screenshot({ path: join(SHOTS, 'preview-after-edit.png') });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(escaped).toEqual([]);
    await context.close();
  }, 60_000);
});
