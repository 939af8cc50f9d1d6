import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings, formatFindings } from '../helpers/axe';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { dskWorkbook } from '../fixtures/register-sheets';

// Starting the register from the Excel sheet a firm already keeps, in Chromium: the file
// chosen, the suggested mapping checked and saved, a row without a name skipped in the
// preview, the import confirmed, and the activities in the register.
describe.skipIf(!canRunE2e)('importing an existing register in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId: number;
  const shot = (name: string) => s.shot(`register-import-${name}`);
  const main = () => page.locator('main').innerText();
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    const client = await s.api('clients.create', {
      name: 'Muster GmbH',
      street: 'Musterstraße 1',
      postcode: '12345',
      city: 'Musterstadt',
      land: 'BY',
    });
    clientId = client.id;
    await page.goto(`${s.web.origin}/#/client/${clientId}/activities`);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('maps the DSK sheet, skips the row without a name, imports and shows the activities', async () => {
    await page.getByRole('link', { name: 'Aus Excel/CSV importieren' }).first().click();
    await expect.poll(heading).toBe('Verzeichnis aus Excel/CSV importieren');
    await page.getByLabel('Datei (.xlsx oder .csv)').setInputFiles({
      name: 'VVT Muster GmbH.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await dskWorkbook(),
    });
    await expect.poll(main).toContain('Überschrift in den Zeilen 4–5.');
    // The suggestion from the two-row header, preselected.
    expect(await page.getByLabel('Kategorien betroffener Personen').inputValue()).toBe(
      'Kategorien – betroffene Personen',
    );
    expect(await page.getByLabel('Kategorien personenbezogener Daten').inputValue()).toBe(
      'Kategorien – personenbezogene Daten',
    );
    // Without a name column the preview cannot start; the reason stands at the field.
    await page.getByLabel('Bezeichnung der Verarbeitungstätigkeit').selectOption('');
    await expect.poll(main).toContain('Bitte die Spalte mit der Bezeichnung der Tätigkeit wählen');
    expect(await page.getByRole('button', { name: 'Weiter zur Vorschau' }).isDisabled()).toBe(true);
    await page
      .getByLabel('Bezeichnung der Verarbeitungstätigkeit')
      .selectOption('Bezeichnung der Verarbeitungstätigkeit');
    await expect
      .poll(() => page.getByRole('button', { name: 'Weiter zur Vorschau' }).isDisabled())
      .toBe(false);
    await shot('mapping');
    expect(formatFindings(await axeFindings(page, 'import mapping'))).toBe('');
    await page.getByRole('button', { name: 'Weiter zur Vorschau' }).click();

    await expect.poll(main).toContain('Vorschau: 3 Zeilen');
    expect(await main()).toContain('1 Zeile hat einen Fehler.');
    expect(await main()).toContain('Lohn- und Gehaltsabrechnung');
    expect(await main()).toContain('(ohne Bezeichnung)');
    expect(await main()).toContain('Auszubildende (betroffene Personen)');
    const run = page.getByRole('button', { name: /Tätigkeiten? importieren/ });
    expect(await run.isDisabled()).toBe(true);
    await shot('preview-blocked');
    expect(formatFindings(await axeFindings(page, 'import preview'))).toBe('');

    // Keyboard: the skip box of row 7 is reached and ticked with the space bar.
    await page.getByRole('checkbox', { name: 'Zeile 7 überspringen' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => run.isDisabled()).toBe(false);
    expect(await run.textContent()).toBe('2 Tätigkeiten importieren');
    await shot('preview-skipped');
    await run.click();

    await expect.poll(heading).toBe('Verarbeitungstätigkeiten');
    await expect.poll(main).toContain('Lohn- und Gehaltsabrechnung');
    expect(await main()).toContain('Newsletter');
    await shot('register');
    const list = await s.api('activities.list', { clientId });
    expect(list.map((a) => a.name).sort()).toEqual(['Lohn- und Gehaltsabrechnung', 'Newsletter']);

    // The saved mapping is the starting point next time.
    await page.getByRole('link', { name: 'Aus Excel/CSV importieren' }).first().click();
    await page.getByLabel('Datei (.xlsx oder .csv)').setInputFiles({
      name: 'VVT Muster GmbH.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await dskWorkbook(),
    });
    await expect.poll(main).toContain('Die für diesen Mandanten gespeicherte Zuordnung');
  });

  it('says at the file field why a file is refused', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/activities/import`);
    await page.getByLabel('Datei (.xlsx oder .csv)').setInputFiles({
      name: 'alt.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    await expect.poll(main).toContain('Die Datei ist keine lesbare Excel-Datei (.xlsx).');
    await shot('refused');
  });
});
