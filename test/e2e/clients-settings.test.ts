import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';

// The screens around the register: home, client details with history, catalogues,
// settings (name in the audit log, workspace files) and deleting a client.
describe.skipIf(!canRunE2e)('clients, catalogues and settings in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId = 0;

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    page.setDefaultTimeout(10_000);
    clientId = (
      await s.api('clients.create', {
        name: 'Kanzlei Groß',
        land: 'NW',
        email: 'info@gross.example',
      })
    ).id;
    await s.api('activities.create', {
      clientId,
      activity: { name: 'Mandantenakte', purposes: 'Beratung', subjects: [{ name: 'Mandanten' }] },
    });
    // No reload: the page loaded with no clients and must find the new one when sent there.
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sets the user name that the audit log records', async () => {
    await page.goto(`${s.web.origin}/#/settings`);
    await page.getByLabel('Ihr Name').fill('Dr. Ärztin Özdemir');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect
      .poll(() => page.getByText('Einstellungen gespeichert.').count())
      .toBeGreaterThan(0);
  });

  it('shows on the home screen what needs attention and leads to it', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}`);
    // Found without a reload, although the page loaded before the client existed.
    await expect.poll(() => page.locator('main').innerText()).toContain('Kanzlei Groß');
    // The activity was written behind the page's back (over the API): with one client, the
    // start page may have shown its home before that, and the page keeps what it read for
    // 30 seconds. A reload reads it anew.
    await page.reload();
    await expect.poll(() => page.getByText('Mandantenakte').count()).toBeGreaterThan(0);
    await page
      .getByRole('link', { name: /Mandantenakte/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/activities\/\d+$/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Vollständigkeit' }).textContent())
      .toContain('Kategorien personenbezogener Daten (lit. c)');
  });

  it('edits the client details and shows the change with its author in the history', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/details`);
    await page.getByLabel('Ort').fill('Köln');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect.poll(() => page.getByText('Stammdaten gespeichert.').count()).toBeGreaterThan(0);
    await page.getByText('Änderungsverlauf').click();
    const history = page.locator('.history');
    await expect.poll(() => history.textContent()).toContain('Dr. Ärztin Özdemir');
    await expect.poll(() => history.textContent()).toContain('Köln');
  });

  it('renames a catalogue entry everywhere and deletes an unused one only after confirmation', async () => {
    const spare = await s.api('activities.create', {
      clientId,
      activity: { name: 'Tmp', subjects: [{ name: 'Besucher' }] },
    });
    await s.api('activities.delete', { id: spare.id });
    await page.goto(`${s.web.origin}/#/client/${clientId}/catalogues`);
    await page.reload();
    await page.getByRole('button', { name: 'Bearbeiten: Mandanten' }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Mandantinnen und Mandanten');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('„Mandantinnen und Mandanten“ gespeichert.').count())
      .toBeGreaterThan(0);
    const [activity] = (await s.api('activities.list', { clientId })) as unknown as {
      id: number;
    }[];
    const stored = (await s.api('activities.get', { id: activity!.id })) as unknown as {
      subjects: { name: string }[];
    };
    expect(stored.subjects.map((x) => x.name)).toEqual(['Mandantinnen und Mandanten']);
    expect(await page.getByText('1-mal verwendet').count()).toBeGreaterThan(0);
    // The entry's own history, with who renamed it.
    await page.getByRole('button', { name: 'Bearbeiten: Mandantinnen und Mandanten' }).click();
    await page.locator('.is-editing').getByText('Änderungsverlauf').click();
    await expect
      .poll(() => page.locator('.is-editing .history').textContent())
      .toContain('Dr. Ärztin Özdemir');
    await page.keyboard.press('Escape');

    await page
      .getByRole('row', { name: /Besucher/ })
      .getByRole('button', { name: /Löschen/ })
      .click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('„Besucher“');
    await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Besucher/ }).count()).toBe(0);
  });

  it('saves a copy of the workspace and opens a new one from the settings (browser mode)', async () => {
    const copy = path.join(s.dir, 'sicherung', 'kopie.sqlite');
    await page.goto(`${s.web.origin}/#/settings`);
    await page.getByLabel('Kopie speichern unter (Pfad)').fill(copy);
    await page.getByRole('button', { name: 'Kopie speichern' }).click();
    // No folder is created silently: the refusal shows at the field.
    await expect
      .poll(() => page.getByText('Diesen Ordner gibt es nicht.', { exact: false }).count())
      .toBe(1);
    expect(fs.existsSync(path.dirname(copy))).toBe(false);
    fs.mkdirSync(path.dirname(copy));
    await page.getByRole('button', { name: 'Kopie speichern' }).click();
    await expect.poll(() => fs.existsSync(copy)).toBe(true);

    const fresh = path.join(s.dir, 'neu.sqlite');
    await page.getByLabel('Neuer Arbeitsbereich (Pfad)').fill(fresh);
    await page.getByRole('button', { name: 'Anlegen und öffnen' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Ersten Mandanten anlegen' }).count())
      .toBe(1);

    await page.goto(`${s.web.origin}/#/settings`);
    await page.getByRole('button', { name: `${s.db} öffnen` }).click();
    await expect
      .poll(() =>
        page.getByRole('combobox', { name: 'Mandant wechseln' }).getAttribute('placeholder'),
      )
      .toContain('Groß');
  });

  it('deletes a client after a confirmation that names what goes with it', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/details`);
    await page.getByRole('button', { name: 'Mandant löschen …' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('Mandant „Kanzlei Groß“ mit allem, was dazu gehört, löschen:');
    await expect.poll(() => dialog.textContent()).toContain('1 Verarbeitungstätigkeit');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Mandant löschen …' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click();
    await expect
      .poll(() => page.getByText('Mandant „Kanzlei Groß“ gelöscht.').count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('link', { name: 'Ersten Mandanten anlegen' }).count())
      .toBe(1);
    expect(await s.api('clients.list', {})).toEqual([]);
  });
});
