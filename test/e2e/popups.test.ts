import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { MethodInput, MethodName } from '../../core/api';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';

// Menus and suggestion lists open inside the window, also next to its edges: the row menu
// of the last activity, the export menu at the right, the client switcher with many clients,
// the catalogue picker at the bottom of the window. At 1024 x 768.

describe.skipIf(!canRunE2e)('menus and popups near the window edges', () => {
  let s: E2eSession;
  let page: Page;
  let clientId: number;
  let activityId: number;
  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => s.api(method, input);

  beforeAll(async () => {
    s = await openE2e({ language: 'de' });
    page = s.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    for (let i = 1; i <= 24; i++) {
      await api('clients.create', {
        name: `Mandant ${String(i).padStart(2, '0')} GmbH`,
        land: 'BE',
      });
    }
    clientId = (await api('clients.list', {}))[0]!.id;
    for (let i = 1; i <= 14; i++) {
      const activity = await api('activities.create', {
        clientId,
        activity: {
          number: `VT-${String(i).padStart(2, '0')}`,
          name: `Tätigkeit ${String(i).padStart(2, '0')}`,
          dataCategories: [{ name: `Datenkategorie ${i}` }],
          status: 'active',
        },
      });
      activityId ??= activity.id;
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  /** The popup's box lies inside the window, below the top bar unless it belongs to it. */
  async function insideWindow(popup: Locator, inTopBar = false) {
    await popup.waitFor({ state: 'visible' });
    const box = (await popup.boundingBox())!;
    const bar = (await page.locator('.topbar').boundingBox())!;
    const view = page.viewportSize()!;
    return {
      top: box.y >= (inTopBar ? 0 : bar.y + bar.height) - 1,
      bottom: box.y + box.height <= view.height + 1,
      left: box.x >= -1,
      right: box.x + box.width <= view.width + 1,
    };
  }
  const allInside = { top: true, bottom: true, left: true, right: true };
  /** What the window shows (not the whole page), to look at. */
  const shot = (name: string) => page.screenshot({ path: path.join(s.dir, `${name}.png`) });

  it('opens the last row’s menu upwards when the window ends below it', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/activities`);
    await page.reload();
    const last = page.getByRole('button', { name: 'Aktionen: Tätigkeit 14' });
    await last.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await last.click();
    const panel = page.locator('.row-menu .menu-panel:not([hidden])');
    expect(await insideWindow(panel)).toEqual(allInside);
    await expect
      .poll(() => panel.getByRole('button', { name: 'Löschen …' }).isVisible())
      .toBe(true);
    await shot('popup-row-menu');
    await page.keyboard.press('Escape');
  });

  it('keeps the export menu inside the window at its right edge', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Exportieren' }).click();
    expect(await insideWindow(page.locator('.export-menu .menu-panel'))).toEqual(allInside);
    await shot('popup-export');
    await page.keyboard.press('Escape');
  });

  it('keeps the client switcher’s list of 24 clients inside the window', async () => {
    await page.getByRole('combobox', { name: 'Mandant wechseln' }).click();
    const list = page.locator('.switcher-list');
    expect(await insideWindow(list, true)).toEqual(allInside);
    // The list scrolls inside itself to its last entry.
    await list.getByRole('option', { name: '+ Neuen Mandanten anlegen' }).scrollIntoViewIfNeeded();
    expect(await list.getByRole('option', { name: '+ Neuen Mandanten anlegen' }).isVisible()).toBe(
      true,
    );
    await shot('popup-switcher');
    await page.keyboard.press('Escape');
  });

  it('opens the catalogue suggestions above the picker at the bottom of the window', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/activities/${activityId}`);
    const picker = page.getByRole('combobox', { name: 'Kategorien personenbezogener Daten' });
    await picker.waitFor();
    // Put the picker just above the sticky save bar at the bottom of the window.
    await picker.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      window.scrollBy(0, rect.bottom - (window.innerHeight - 90));
    });
    await picker.fill('Daten');
    const list = page.getByRole('listbox', { name: 'Vorschläge' });
    expect(await insideWindow(list)).toEqual(allInside);
    await shot('popup-picker');
  });
});
