import type { BrowserContext, Page } from 'playwright-core';

/** What a page said that a reader should never cause. */
export interface PageWatch {
  /** `console.error` messages, including the browser's own (a CSP violation, a failed load). */
  consoleErrors: string[];
  /** Uncaught exceptions. */
  pageErrors: string[];
}

/** Record a page's console errors and uncaught exceptions from now on. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { consoleErrors: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(`${page.url()}: ${error.message}`));
  return watch;
}

/** URLs that stay on the machine: files, the test's server on 127.0.0.1, and inline data. */
export function isLocal(url: string, origin: string): boolean {
  return url.startsWith('file://') || url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url);
}

/**
 * Abort every request of the context (pages and their frames) that would leave the machine, and
 * return the list of those attempted: a test fails when it is not empty.
 */
export async function keepOffline(context: BrowserContext, origin: string): Promise<string[]> {
  const escaped: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url, origin)) return route.continue();
    escaped.push(url);
    return route.abort('blockedbyclient');
  });
  return escaped;
}
