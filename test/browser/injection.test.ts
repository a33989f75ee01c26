/**
 * No vector runs in a browser. The injection report (every vector of test/fixtures/injection/
 * vectors.json in every field; each vector sets `top.__pwned` or calls `alert` if it ever runs) is
 * built with the CLI, and Chromium opens every page it writes: the report, the embeds index, each
 * embed page (hovering its live chart, so that tooltips draw the vectors too) and each chart SVG
 * opened on its own. Pages are opened as published, and again with their Content-Security-Policy
 * removed, so that the escaping is tested on its own and the policy does not hide a hole in it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium } from './chromium.js';
import { ROOT } from './global-setup.js';
import { keepOffline, watchPage } from './guard.js';
import { serveStatic, type StaticServer } from './static-server.js';

const REPORT = join(ROOT, 'test/fixtures/injection/report.ts');
const SLUG = 'injection';

/** What a page showed of the vectors: a set sentinel, dialogs, handlers or script URLs in its DOM. */
interface Exposure { page: string; pwned: unknown[]; dialogs: string[]; handlers: string[]; urls: string[]; cspErrors: string[] }

/** Runs in the page: event-handler attributes and URLs with a scheme that runs code, in the DOM as built. */
function domFindings(): { handlers: string[]; urls: string[] } {
  const handlers: string[] = [];
  const urls: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) handlers.push(`${element.localName}@${attribute.name}`);
      if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attribute.name)) {
        let scheme = '';
        try {
          scheme = new URL(attribute.value, document.baseURI).protocol;
        } catch {
          scheme = 'unparsable:';
        }
        if (!['http:', 'https:', 'file:', 'mailto:'].includes(scheme)) urls.push(`${element.localName}@${attribute.name}=${attribute.value.slice(0, 60)}`);
      }
    }
  }
  return { handlers, urls };
}

describe('the injection report in Chromium', () => {
  let work = '';
  let browser: Browser;
  let server: StaticServer;
  let pages: string[] = [];

  beforeAll(async () => {
    requireChromium();
    work = mkdtempSync(join(tmpdir(), 'copydesk-browser-injection-'));
    const build = spawnSync(process.execPath, [join(ROOT, 'dist/cli/bin.js'), 'build', REPORT, '--out', join(work, 'published'), '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`copydesk build failed (exit ${build.status}):\n${build.stderr}`);
    const dir = join(work, 'published', SLUG);
    pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|svg)$/.test(file)).map((file) => file.split('\\').join('/')).sort();
    // The same files with the policy taken out of every page.
    cpSync(join(work, 'published'), join(work, 'unprotected'), { recursive: true });
    for (const file of pages.filter((path) => path.endsWith('.html'))) {
      const path = join(work, 'unprotected', SLUG, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, ''));
    }
    browser = await launchChromium();
    server = await serveStatic(work);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A context for a series of visits (pages are new each time; a context costs more than a page). */
  async function openContext(): Promise<{ context: BrowserContext; escaped: string[] }> {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    return { context, escaped: await keepOffline(context, server.origin) };
  }

  /** Open one page, let it run (and hover its charts), and report what the vectors managed. */
  async function visit({ context, escaped }: { context: BrowserContext; escaped: string[] }, url: string, label: string): Promise<Exposure & { escaped: string[]; pageErrors: string[] }> {
    const page: Page = await context.newPage();
    const watch = watchPage(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    // Live charts draw after load; hover a grid over each, so that tooltips render the data too.
    if (label.endsWith('.html') && (await page.locator('#copydesk-embed-specs').count()) > 0) {
      await page.waitForSelector('html[data-live]', { timeout: 15_000 });
      const box = await page.locator('.variant:visible').first().boundingBox();
      if (box) {
        for (let i = 1; i < 5; i++) for (let j = 1; j < 5; j++) await page.mouse.move(box.x + (box.width * i) / 5, box.y + (box.height * j) / 5);
      }
    }
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    const pwned: unknown[] = [];
    const findings = { handlers: [] as string[], urls: [] as string[] };
    for (const frame of page.frames()) {
      pwned.push(...(await frame.evaluate(() => [(window as unknown as { __pwned?: unknown }).__pwned]).catch(() => [])).filter((value) => value !== undefined));
      const found = await frame.evaluate(domFindings).catch(() => ({ handlers: [], urls: [] }));
      findings.handlers.push(...found.handlers);
      findings.urls.push(...found.urls);
    }
    const cspErrors = watch.consoleErrors.filter((message) => /Content Security Policy/i.test(message));
    await page.close();

    // What tried to leave the machine during this visit.
    return { page: label, pwned, dialogs, ...findings, cspErrors, escaped: escaped.splice(0), pageErrors: watch.pageErrors };
  }

  const clean = (label: string) => ({ page: label, pwned: [], dialogs: [], handlers: [], urls: [], cspErrors: [], escaped: [] });

  it('writes the pages to open', () => {
    expect(pages).toContain('index.html');
    expect(pages.filter((page) => page.endsWith('.svg')).length).toBeGreaterThanOrEqual(3);
  });

  it('sees a vector that does run (the check can fail)', async () => {
    writeFileSync(join(work, 'unprotected', 'control.html'), '<!doctype html><p><img src=x onerror="top.__pwned=1"><a href="javascript:alert(1)">x</a></p>');
    const session = await openContext();
    const { pwned, handlers, urls } = await visit(session, `${server.origin}/unprotected/control.html`, 'control.html');
    await session.context.close();
    expect({ pwned, handlers, urls }).toEqual({ pwned: [1], handlers: ['img@onerror'], urls: ['a@href=javascript:alert(1)'] });
  });

  for (const copy of ['published', 'unprotected'] as const) {
    it(`runs no vector on any page over HTTP (${copy === 'published' ? 'as published' : 'with the policy removed'})`, async () => {
      const session = await openContext();
      for (const file of pages) {
        const { pageErrors: _, ...exposure } = await visit(session, `${server.origin}/${copy}/${SLUG}/${file}`, file);
        // With the policy gone an injected inline script would run, and without one nothing is refused.
        expect(exposure).toEqual(clean(file));
      }
      await session.context.close();
    }, 240_000);
  }

  it('runs no vector on the report and the embeds index opened from the disk', async () => {
    const session = await openContext();
    for (const file of ['index.html', 'embeds.html'].filter((path) => pages.includes(path))) {
      const { pageErrors: _, ...exposure } = await visit(session, pathToFileURL(join(work, 'unprotected', SLUG, file)).href, file);
      expect(exposure).toEqual(clean(file));
    }
    await session.context.close();
  }, 240_000);
});
