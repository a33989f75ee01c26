import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium, requireChromium } from './chromium.js';
import { ROOT, SLUG } from './global-setup.js';
import { keepOffline, watchPage, type PageWatch } from './guard.js';
import { serveStatic, type StaticServer } from './static-server.js';

/** Where screenshots go (gitignored). */
export const SHOTS = resolve(ROOT, 'test-results');

/** How a page is opened: from the disk, or from a server on localhost. */
export type Origin = 'file' | 'http';
export const ORIGINS: readonly Origin[] = ['file', 'http'];

/** A browser, a local server over the built report, and helpers to open its pages offline. */
export interface Session {
  browser: Browser;
  server: StaticServer;
  /** Folder of the built report. */
  dir: string;
  /** Ids of the report's charts, from `charts/*.html`. */
  charts: string[];
  /** URL of a file of the report (`'embeds.html'`), from the disk or the server. */
  url(origin: Origin, path: string): string;
  /** A new page in its own context that may not leave the machine; `escaped` lists what tried. */
  open(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page; watch: PageWatch; escaped: string[] }>;
  close(): Promise<void>;
}

/** Start a session on the report built by the global setup. */
export async function startSession(): Promise<Session> {
  requireChromium();
  const outDir = inject('outDir');
  const dir = join(outDir, SLUG);
  const browser = await launchChromium();
  const server = await serveStatic(outDir);
  mkdirSync(SHOTS, { recursive: true });
  const charts = readdirSync(join(dir, 'charts')).filter((file) => file.endsWith('.html')).map((file) => file.slice(0, -'.html'.length)).sort();
  return {
    browser,
    server,
    dir,
    charts,
    url: (origin, path) => (origin === 'file' ? pathToFileURL(join(dir, path)).href : `${server.origin}/${SLUG}/${path}`),
    async open(options = {}) {
      const context = await browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
      const escaped = await keepOffline(context, server.origin);
      const page = await context.newPage();
      return { context, page, watch: watchPage(page), escaped };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
