import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGINS, SHOTS, startSession, type Origin, type Session } from './session.js';

/** A news article that pastes embed codes between its paragraphs, as a CMS would. */
function hostPage(codes: readonly string[]): string {
  const paragraph = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>body { margin: 0; font: 17px/1.5 Georgia, serif; } article { max-width: 40rem; margin: 0 auto; padding: 0 12px; } .embed { margin: 1.5rem 0; }</style>
</head><body><article><h1>An article with charts</h1>${paragraph}
${codes.map((code) => `<div class="embed">\n${code}\n</div>${paragraph}`).join('\n')}
</article></body></html>`;
}

/** The embed codes as the embeds index shows them (full addresses), in order. */
async function embedCodes(session: Session, origin: Origin): Promise<string[]> {
  const { context, page } = await session.open();
  await page.goto(session.url(origin, 'embeds.html'), { waitUntil: 'load' });
  const codes = await page.locator('textarea.snippet').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
  await context.close();
  return codes;
}

/** For each copydesk frame: its height on the host, and the height and overflow of the page inside it. */
async function frameFits(page: Page): Promise<{ frame: number; content: number; overflow: number; width: number; slot: number }[]> {
  const handles = await page.locator('iframe[data-copydesk-embed]').elementHandles();
  return Promise.all(handles.map(async (handle) => {
    const frame = (await handle.contentFrame()) as Frame;
    const inside = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      overflow: document.documentElement.scrollHeight - window.innerHeight,
    }));
    const outside = await handle.evaluate((node) => {
      const element = node as HTMLIFrameElement;
      return {
        frame: element.getBoundingClientRect().height,
        width: element.getBoundingClientRect().width,
        slot: (element.parentElement as HTMLElement).getBoundingClientRect().width,
      };
    });
    return { ...inside, ...outside };
  }));
}

/**
 * The embed code at work: a host page at phone and desktop widths embeds every chart through the code
 * the index gives, and each frame takes the height of its page (no scrollbar, no gap).
 */
describe('embed codes on a host page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const origin of ORIGINS) {
    for (const width of [320, 1200]) {
      it(`sizes every frame to its content at ${width} px (${origin})`, async () => {
        const codes = await embedCodes(session, origin);
        expect(codes.length).toBe(session.charts.length);
        const file = `host-${width}-${origin}.html`;
        writeFileSync(join(session.dir, file), hostPage(codes));
        const { context, page, watch, escaped } = await session.open({ viewport: { width, height: 900 } });
        await page.goto(session.url(origin, file), { waitUntil: 'load' });
        await expect.poll(async () => (await frameFits(page)).every(({ frame, content }) => Math.abs(frame - content) <= 3), { timeout: 20_000 }).toBe(true);
        for (const fit of await frameFits(page)) {
          expect(Math.abs(fit.frame - fit.content), JSON.stringify(fit)).toBeLessThanOrEqual(3);
          // Nothing scrolls inside the frame, and the frame fills the column it is pasted in.
          expect(fit.overflow, JSON.stringify(fit)).toBeLessThanOrEqual(1);
          expect(Math.abs(fit.width - fit.slot), JSON.stringify(fit)).toBeLessThanOrEqual(1);
        }
        // Taller than the window, so that every frame is painted in the screenshot.
        await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(SHOTS, `host-${width}-${origin}.png`), fullPage: true });
        expect({ ...watch, escaped }).toEqual({ consoleErrors: [], pageErrors: [], escaped: [] });
        await context.close();
      });
    }
  }

  it('shows the static image instead when the host runs no script', async () => {
    const codes = await embedCodes(session, 'http');
    writeFileSync(join(session.dir, 'host-noscript.html'), hostPage(codes));
    const { context, page, escaped } = await session.open({ viewport: { width: 320, height: 900 }, javaScriptEnabled: false });
    await page.goto(session.url('http', 'host-noscript.html'), { waitUntil: 'load' });
    const frames = await page.locator('iframe[data-copydesk-embed]').evaluateAll((elements) => elements.map((element) => element.checkVisibility()));
    const images = await page.locator('img[data-copydesk-embed]').evaluateAll((elements) => elements.map((element) => {
      const image = element as HTMLImageElement;
      return { visible: image.checkVisibility(), loaded: image.complete && image.naturalWidth > 0, fits: image.getBoundingClientRect().width <= window.innerWidth, alt: image.alt.length > 20 };
    }));
    expect(frames).toEqual(session.charts.map(() => false));
    expect(images).toEqual(session.charts.map(() => ({ visible: true, loaded: true, fits: true, alt: true })));
    await page.screenshot({ path: join(SHOTS, 'host-320-noscript.png'), fullPage: true });
    expect(escaped).toEqual([]);
    await context.close();
  });
});
