import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canRunE2e, loadAnew, openE2e, type E2eSession } from '../helpers/browser';

// What the user sees when the file was tampered with, and when a file from elsewhere is
// opened: a warning on every screen and in the settings, and a question before converting.
describe.skipIf(!canRunE2e)('hardening in the browser', () => {
  let s: E2eSession;
  let page: Page;

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    page.setDefaultTimeout(10_000);
    await s.api('clients.create', { name: 'Praxis Weiß', land: 'BE' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the change history as checked and intact in the settings', async () => {
    await page.goto(`${s.web.origin}/#/settings`);
    const section = page.getByRole('region', { name: 'Änderungsprotokoll' });
    await expect
      .poll(() => section.textContent())
      .toContain('Unverändert: alle 2 Einträge geprüft.');
    expect(await page.locator('.status-area').count()).toBe(0);
  });

  it('warns on every screen and in the settings once an entry was edited in the file', async () => {
    const other = new SQLite(s.db);
    other.prepare("UPDATE audit_log SET label = 'Praxis Schwarz' WHERE id = 1").run();
    other.close();
    await loadAnew(s);
    const status = page.locator('.status-area').getByRole('alert');
    await expect
      .poll(() => status.textContent())
      .toContain('Das Änderungsprotokoll wurde außerhalb von Privacy Desk verändert');
    await expect.poll(() => status.textContent()).toContain('Eintrag Nr. 1');
    await s.shot('audit-broken-home');
    await status.getByRole('link', { name: 'Einzelheiten in den Einstellungen' }).click();
    const section = page.getByRole('region', { name: 'Änderungsprotokoll' });
    await expect
      .poll(() => section.textContent())
      .toContain('Verändert: Eintrag Nr. 1 wurde außerhalb von Privacy Desk geändert');
    await s.shot('audit-broken-settings');
  });

  it('asks before converting an SQLite file that is not a workspace', async () => {
    const foreign = path.join(s.dir, 'fremd.db');
    const db = new SQLite(foreign);
    db.exec('CREATE TABLE notizen (text TEXT)');
    db.close();
    const before = fs.readFileSync(foreign);
    await page.goto(`${s.web.origin}/#/settings`);
    await page.getByLabel('Vorhandenen Arbeitsbereich öffnen (Pfad)').fill(foreign);
    await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('kein Privacy-Desk-Arbeitsbereich');
    await s.shot('convert-question');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(fs.readFileSync(foreign).equals(before)).toBe(true);

    await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
    await dialog.getByRole('button', { name: 'Umwandeln und öffnen' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Ersten Mandanten anlegen' }).count())
      .toBe(1);
    expect(fs.readdirSync(s.dir).some((f) => f.startsWith('fremd.before-migration'))).toBe(true);
  });

  it('refuses a relative path next to the field', async () => {
    await page.goto(`${s.web.origin}/#/settings`);
    await page.getByLabel('Kopie speichern unter (Pfad)').fill('kopie.sqlite');
    await page.getByRole('button', { name: 'Kopie speichern' }).click();
    await expect
      .poll(() => page.getByText('Bitte den vollständigen Pfad angeben', { exact: false }).count())
      .toBe(1);
    // Refusals arrive as HTTP 4xx, which the browser logs; nothing else may go wrong.
    expect(s.pageErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
