import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { docxToText, hasLibreOffice } from '../helpers/libreoffice';

// The register end to end, as a DPO uses it: clients, an activity from a template, the
// completeness check, the Word export, switching clients, and bad input refused.
describe.skipIf(!canRunE2e)('processing register in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let bakeryHome = '';

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    if (page && !page.isClosed())
      await page.screenshot({ path: `${s.dir}/last.png` }).catch(() => undefined);
    await s?.close();
  });

  async function createClient(name: string, land: string, email: string) {
    await page.goto(`${s.web.origin}/#/clients/new`);
    await page.getByLabel('Name des Unternehmens').fill(name);
    await page.getByLabel('Bundesland').selectOption({ label: land });
    await page.getByLabel('E-Mail').first().fill(email);
    await page.getByRole('button', { name: 'Mandant anlegen' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/org\/\d+$/);
  }

  it('greets a new user and creates the first client', async () => {
    await expect
      .poll(() => page.getByRole('link', { name: 'Ersten Mandanten anlegen' }).count())
      .toBe(1);
    await page.getByRole('link', { name: 'Ersten Mandanten anlegen' }).click();
    await page.getByLabel('Name des Unternehmens').fill('Bäckerei Müller & Söhne GmbH');
    await page.getByLabel('Bundesland').selectOption({ label: 'Bayern' });
    await page.getByLabel('E-Mail').first().fill('info@baeckerei-mueller.de');
    await page.getByRole('button', { name: 'Mandant anlegen' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/org\/\d+$/);
    await expect.poll(() => page.locator('main .page-header').textContent()).toContain('Müller');
    bakeryHome = page.url();
  });

  it('refuses bad input with a translated message and saves nothing', async () => {
    await page.goto(`${s.web.origin}/#/clients/new`);
    await page.getByLabel('E-Mail').first().fill('keine-adresse');
    await page.getByRole('button', { name: 'Mandant anlegen' }).click();
    await expect
      .poll(() => page.getByText('Pflichtfeld: bitte ausfüllen.').count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText('Bitte eine gültige E-Mail-Adresse angeben.').count())
      .toBeGreaterThan(0);
    expect(page.url()).toMatch(/#\/clients\/new$/);
    // A duplicate name passes the form but the server refuses it, naming the field.
    await page.getByLabel('Name des Unternehmens').fill('bäckerei müller & söhne gmbh');
    await page.getByLabel('Bundesland').selectOption({ label: 'Hessen' });
    await page.getByLabel('E-Mail').first().fill('');
    await page.getByRole('button', { name: 'Mandant anlegen' }).click();
    await expect
      .poll(() => page.getByText('Dieser Name ist schon vergeben.').count())
      .toBeGreaterThan(0);
    const list = await fetch(`${s.web.origin}/api/organisations.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${s.web.token}` },
      body: '{}',
    }).then((r) => r.json() as Promise<{ value: unknown[] }>);
    expect(list.value).toHaveLength(1);
  });

  it('adds an activity from a template and shows the completeness check change live', async () => {
    await page.goto(bakeryHome);
    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await page.getByRole('button', { name: 'Aus Vorlage hinzufügen' }).first().click();
    await page.getByRole('searchbox', { name: 'Vorlagen durchsuchen' }).fill('Newsletter');
    await page
      .getByRole('button', { name: /Newsletter/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/activities\/\d+$/);
    const panel = page.getByRole('region', { name: 'Vollständigkeit' });
    await expect.poll(() => panel.textContent()).toContain('Alle Pflichtangaben');

    const retention = page.getByLabel('Vorgesehene Löschfristen');
    const original = await retention.inputValue();
    await retention.fill('');
    await expect.poll(() => panel.textContent()).toContain('Löschfristen (lit. f)');
    await retention.fill(`${original}\nAbmeldungen: Sperrliste dauerhaft.`);
    await expect.poll(() => panel.textContent()).toContain('Alle Pflichtangaben');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => page.getByText(/gespeichert/).count()).toBeGreaterThan(0);
  });

  it('marks a new bare activity incomplete in the list', async () => {
    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await page.getByRole('link', { name: 'Neu', exact: true }).click();
    await page.getByLabel('Bezeichnung der Verarbeitungstätigkeit').fill('Videoüberwachung Laden');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/activities\/\d+$/);
    const panel = page.getByRole('region', { name: 'Vollständigkeit' });
    await expect.poll(() => panel.textContent()).toContain('Zwecke der Verarbeitung (lit. b)');
    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await expect
      .poll(() => page.getByRole('row', { name: /Videoüberwachung Laden/ }).textContent())
      .toMatch(/Angaben fehlen/);
    await expect
      .poll(() => page.getByRole('row', { name: /Newsletter/ }).textContent())
      .toContain('vollständig');
  });

  it('exports the register as a Word file that opens in LibreOffice', async () => {
    await page.getByRole('button', { name: 'Exportieren' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = `${s.dir}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    if (!hasLibreOffice())
      return console.warn('!!! LibreOffice missing: the exported .docx was not opened.');
    const text = await docxToText(bytes);
    expect(text).toContain('Bäckerei Müller & Söhne GmbH');
    expect(text).toContain('Videoüberwachung Laden');
    expect(text).toMatch(/Newsletter/);
  });

  it('switches clients with Ctrl+K and two letters', async () => {
    await createClient('Zahnarztpraxis Dr. Weiß', 'Hamburg', 'praxis@weiss.example');
    await createClient('Autohaus Jäger KG', 'Sachsen', 'info@jaeger.example');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('bm');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main .page-header').textContent()).toContain('Bäckerei');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('za');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main .page-header').textContent()).toContain('Weiß');
    // Each client sees only its own register.
    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await expect.poll(() => page.getByText('Noch keine Verarbeitungstätigkeiten').count()).toBe(1);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    // Refused API calls log "Failed to load resource" (400/409): those are expected here.
    const unexpected = s.pageErrors.filter((e) => !e.includes('Failed to load resource'));
    expect(unexpected).toEqual([]);
  });

  it('speaks English when the user switches the language', async () => {
    await page.getByRole('button', { name: 'English (EN)' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Processing activities' }).count())
      .toBe(1);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Deutsch (DE)' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).count())
      .toBe(1);
  });
});
