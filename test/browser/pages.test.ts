import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastProblems, shownChart, sizesOf } from './probes.js';
import { ORIGINS, SHOTS, startSession, type Session } from './session.js';

/**
 * The report, the embeds index and every embed page, opened as a reader opens them: from the disk and
 * from a web server, offline. Nothing may log an error or reach for the network, and every chart shows.
 */
describe('the built report in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has embed pages to open', () => {
    expect(session.charts.length).toBeGreaterThanOrEqual(3);
  });

  for (const origin of ORIGINS) {
    describe(`from ${origin === 'file' ? 'file://' : 'a localhost server'}`, () => {
      it('shows the report with every chart, no errors, nothing from the network', async () => {
        const { context, page, watch, escaped } = await session.open();
        await page.goto(session.url(origin, 'index.html'), { waitUntil: 'load' });
        const charts = await page.evaluate(sizesOf, 'figure .chart svg');
        expect(charts.length).toBe(session.charts.length);
        for (const chart of charts) expect(chart.visible && chart.width > 0 && chart.height > 0).toBe(true);
        expect(await page.evaluate(contrastProblems)).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `report-${origin}.png`), fullPage: true });
        expect({ ...watch, escaped }).toEqual({ consoleErrors: [], pageErrors: [], escaped: [] });
        await context.close();
      });

      it('shows the embeds index with a working preview of every embed', async () => {
        const { context, page, watch, escaped } = await session.open({ viewport: { width: 1000, height: 900 } });
        await page.goto(session.url(origin, 'embeds.html'), { waitUntil: 'load' });
        const frames = await page.evaluate(sizesOf, 'iframe[data-copydesk-embed]');
        expect(frames.length).toBe(session.charts.length);
        for (const frame of frames) expect(frame.visible && frame.width > 0 && frame.height > 0).toBe(true);
        // The codes shown are the ones to paste: full addresses of this copy of the report.
        const codes = await page.locator('textarea.snippet').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
        expect(codes.length).toBe(session.charts.length);
        for (const id of session.charts) expect(codes.some((code) => code.includes(`src="${session.url(origin, `charts/${id}.html`)}"`)), id).toBe(true);
        expect(await page.evaluate(contrastProblems)).toEqual([]);
        if (origin === 'http') {
          // The copy button puts the code shown on the clipboard (granted here; a reader's browser asks).
          await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
          await page.locator('button[data-copy]').first().click();
          await expect.poll(() => page.locator('.status').first().textContent()).toBe('Copied');
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes[0]);
        }
        await page.setViewportSize({ width: 1000, height: await page.evaluate(() => document.documentElement.scrollHeight) });
        await page.screenshot({ path: join(SHOTS, `embeds-${origin}.png`), fullPage: true });
        expect({ ...watch, escaped }).toEqual({ consoleErrors: [], pageErrors: [], escaped: [] });
        await context.close();
      });

      it('shows every embed page, legible from 280 to 1200 px wide', async () => {
        for (const id of session.charts) {
          const { context, page, watch, escaped } = await session.open();
          await page.goto(session.url(origin, `charts/${id}.html`), { waitUntil: 'load' });
          const interactive = (await page.locator('#copydesk-embed-specs').count()) > 0;
          if (interactive) await page.waitForSelector('html[data-live]', { timeout: 30_000 });
          for (const width of [280, 320, 400, 600, 800, 1200]) {
            await page.setViewportSize({ width, height: 900 });
            const chart = await page.evaluate(shownChart);
            const where = `${id} at ${width} px`;
            expect({ where, shown: chart.shown, live: chart.live }).toEqual({ where, shown: 1, live: interactive });
            expect(chart.width, where).toBeGreaterThan(0);
            expect(chart.height, where).toBeGreaterThan(0);
            // The policy: a drawing is scaled, but its smallest text never below the theme's 11 px.
            expect(chart.minTextPx, where).toBeGreaterThanOrEqual(10.95);
            expect(chart.pageOverflowX, where).toBeLessThanOrEqual(0);
            if (width === 320 || width === 1200) await page.screenshot({ path: join(SHOTS, `embed-${id}-${width}-${origin}.png`), fullPage: true });
          }
          expect(await page.evaluate(contrastProblems)).toEqual([]);
          expect({ id, ...watch, escaped }).toEqual({ id, consoleErrors: [], pageErrors: [], escaped: [] });
          await context.close();
        }
      });
    });
  }
});
