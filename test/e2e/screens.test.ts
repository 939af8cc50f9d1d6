import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenRoutes, seedScreens, type ScreenIds } from '../fixtures/screens';
import { canRunE2e, loadAnew, openE2e, showScreen, type E2eSession } from '../helpers/browser';
import { layoutProblems } from '../helpers/layout';

// Every screen at 1024 x 768, in German and English: nothing sticks out sideways, no label
// is cut, no call the screen makes fails. Each screen is saved as a picture to look at.

describe.skipIf(!canRunE2e)('every screen at 1024 px', () => {
  let s: E2eSession;
  let page: Page;
  const failedCalls: string[] = [];
  let ids: ScreenIds;

  beforeAll(async () => {
    s = await openE2e({ language: 'de' });
    page = s.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/api/')) return;
      const body = (await response.json().catch(() => null)) as {
        ok: boolean;
        error?: { code: string };
      } | null;
      if (body && !body.ok) failedCalls.push(`${url.pathname.slice(5)}: ${body.error?.code}`);
    });
    ids = await seedScreens((method, input) => s.api(method, input));
  });
  afterAll(async () => {
    await s?.close();
  });

  async function visit(path: string) {
    await showScreen(s, path);
    // Open every change history, so its table is measured too.
    for (const summary of await page.locator('details.history > summary').all())
      await summary.click();
    await page.waitForLoadState('networkidle');
  }

  /** The screen as the user scrolls through it: one window-sized picture per 700 px. */
  async function pictures(name: string) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, n = 1; y < height; y += 700, n++) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.screenshot({ path: path.join(s.dir, `${name}-${n}.png`) });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  for (const language of ['de', 'en'] as const) {
    it(`shows every screen inside 1024 px, in ${language === 'de' ? 'German' : 'English'}`, async () => {
      if (language === 'en') await s.api('preferences.set', { userName: 'E2E Prüferin', language });
      await loadAnew(s);
      const problems: string[] = [];
      for (const [name, path] of screenRoutes(ids)) {
        await visit(path);
        await pictures(`screen-${language}-${name}`);
        problems.push(...(await layoutProblems(page)).map((p) => `${name}: ${p}`));
      }
      expect({ problems, failedCalls }).toEqual({ problems: [], failedCalls: [] });
    });
  }
});
