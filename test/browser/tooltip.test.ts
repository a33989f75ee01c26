import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGINS, SHOTS, startSession, type Session } from './session.js';

/**
 * The interactive embed: the static chart first, then vega-embed's live one (loaded from the report's
 * own vendor/ folder, under a CSP without 'unsafe-eval'), with a tooltip on hover.
 */
describe('the interactive embed', () => {
  let session: Session;
  let interactive: string[];
  beforeAll(async () => {
    session = await startSession();
    interactive = session.charts.filter((id) => readFileSync(join(session.dir, 'charts', `${id}.html`), 'utf8').includes('id="copydesk-embed-specs"'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('exists in the first report', () => {
    expect(interactive.length).toBeGreaterThanOrEqual(1);
  });

  it('shows the static chart when scripts are off', async () => {
    const { context, page, escaped } = await session.open({ javaScriptEnabled: false });
    for (const id of interactive) {
      await page.goto(session.url('http', `charts/${id}.html`), { waitUntil: 'load' });
      const svg = page.locator('.variant:visible svg[role="img"]');
      await expect.poll(() => svg.count()).toBe(1);
      expect(await svg.locator('title').textContent()).toBeTruthy();
      expect(await page.locator('.live').count()).toBe(0);
    }
    expect(escaped).toEqual([]);
    await context.close();
  });

  for (const origin of ORIGINS) {
    it(`shows a tooltip with the bar's data on hover (${origin})`, async () => {
      for (const id of interactive) {
        const { context, page, watch, escaped } = await session.open({ viewport: { width: 600, height: 800 } });
        await page.goto(session.url(origin, `charts/${id}.html`), { waitUntil: 'load' });
        await page.waitForSelector('html[data-live]', { timeout: 30_000 });
        const marks = page.locator('.variant:visible .live svg .role-mark path');
        expect(await marks.count()).toBeGreaterThan(0);
        const box = await marks.first().boundingBox();
        expect(box).not.toBeNull();
        await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
        const tooltip = page.locator('#vg-tooltip-element.visible');
        await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
        // The tooltip shows the first row's values, as the hidden data table lists them.
        const firstRow = await page.locator('.visually-hidden table tbody tr').first().locator('td').allTextContents();
        const text = (await tooltip.textContent()) ?? '';
        for (const value of firstRow) expect(text).toContain(value);
        await page.screenshot({ path: join(SHOTS, `tooltip-${id}-${origin}.png`) });
        expect({ ...watch, escaped }).toEqual({ consoleErrors: [], pageErrors: [], escaped: [] });
        await context.close();
      }
    });
  }
});
