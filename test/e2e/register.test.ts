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
  let newsletterPage = '';

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
    await expect.poll(() => page.url()).toMatch(/#\/client\/\d+$/);
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
    await expect.poll(() => page.url()).toMatch(/#\/client\/\d+$/);
    await expect.poll(() => page.locator('main .page-header').textContent()).toContain('Müller');
    bakeryHome = page.url();
    // A client without any activity has its register to do, nothing is "all done".
    const attention = page.getByRole('region', { name: /Was ansteht/ });
    await expect
      .poll(() => attention.getByRole('link', { name: 'Verzeichnis anlegen' }).count())
      .toBe(1);
    expect(await attention.innerText()).not.toContain('Alles erledigt');
    await s.shot('register-home-empty');
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
    const list = await fetch(`${s.web.origin}/api/clients.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${s.web.token}` },
      body: '{}',
    }).then((r) => r.json() as Promise<{ value: unknown[] }>);
    expect(list.value).toHaveLength(1);
  });

  it('adds an activity from a template, with hints and its content to confirm', async () => {
    await page.goto(bakeryHome);
    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await page.getByRole('button', { name: 'Aus Vorlage hinzufügen' }).first().click();
    await page.getByRole('searchbox', { name: 'Vorlagen durchsuchen' }).fill('Newsletter');
    await page
      .getByRole('button', { name: /Newsletter/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/activities\/\d+$/);
    newsletterPage = page.url();
    const panel = page.getByRole('region', { name: 'Vollständigkeit' });
    await expect.poll(() => panel.textContent()).toContain('noch nicht bestätigt');
    expect(await panel.textContent()).not.toContain('Alle Pflichtangaben');
    // The template's guidance sits next to its field, not in the field.
    const systemsNote = page.getByRole('note', { name: 'Vorlage: IT-Systeme' });
    await expect.poll(() => systemsNote.innerText()).toContain('CleverReach');
    expect(await page.getByLabel('Eingesetzte IT-Systeme').inputValue()).not.toContain(
      'CleverReach',
    );
    await expect
      .poll(() => page.getByRole('note', { name: 'Vorlage: Drittlandübermittlungen' }).innerText())
      .toContain('Drittland');
    await s.shot('register-template-hints');

    // Editing a field makes it the user's own: it leaves the list to confirm, live.
    const retention = page.getByLabel('Vorgesehene Löschfristen');
    const retentionNote = page.getByRole('note', { name: 'Vorlage: Löschfristen' });
    expect(await retentionNote.count()).toBe(1);
    const original = await retention.inputValue();
    await retention.fill('');
    await expect.poll(() => panel.textContent()).toContain('Löschfristen (lit. f)');
    await retention.fill(`${original}\nAbmeldungen: Sperrliste dauerhaft.`);
    await expect.poll(() => panel.textContent()).not.toContain('Löschfristen (lit. f)');
    await expect.poll(() => retentionNote.count()).toBe(0);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => page.getByText(/gespeichert/).count()).toBeGreaterThan(0);
    const unconfirmed = panel.getByRole('list', { name: 'Aus der Vorlage, noch zu prüfen' });
    expect(await unconfirmed.innerText()).not.toContain('Löschfristen');

    // One field confirmed next to it.
    const purposesNote = page.getByRole('note', { name: 'Vorlage: Zwecke' });
    await purposesNote.getByRole('button', { name: /Als zutreffend bestätigen/ }).click();
    await expect.poll(() => purposesNote.count()).toBe(0);
    await expect.poll(() => unconfirmed.innerText()).not.toContain('Zwecke');
  });

  it('marks a new bare activity incomplete and warns about an odd review date', async () => {
    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await page.getByRole('link', { name: 'Neu', exact: true }).click();
    await page.getByLabel('Bezeichnung der Verarbeitungstätigkeit').fill('Videoüberwachung Laden');
    // A typo such as 2205 is allowed but pointed out next to the field.
    await page.getByLabel('Nächste Überprüfung').fill('2205-01-01');
    await expect.poll(() => page.getByText('mehr als 10 Jahre in der Zukunft').count()).toBe(1);
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/activities\/\d+$/);
    const panel = page.getByRole('region', { name: 'Vollständigkeit' });
    await expect.poll(() => panel.textContent()).toContain('Zwecke der Verarbeitung (lit. b)');
    expect(await page.getByLabel('Nächste Überprüfung').inputValue()).toBe('2205-01-01');
    await page.getByLabel('Nächste Überprüfung').fill('1925-01-01');
    await expect.poll(() => page.getByText('vor dem Jahr 2000').count()).toBe(1);
    await page.getByLabel('Nächste Überprüfung').fill('2027-03-31');
    await expect.poll(() => page.getByText('vor dem Jahr 2000').count()).toBe(0);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => page.getByText(/gespeichert/).count()).toBeGreaterThan(0);
    // The form takes the saved values a moment after the notice; leaving before would ask.
    await expect.poll(() => page.getByText('Ungespeicherte Änderungen').count()).toBe(0);
    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await expect
      .poll(() => page.getByRole('row', { name: /Videoüberwachung Laden/ }).textContent())
      .toMatch(/Angaben fehlen/);
    await expect
      .poll(() => page.getByRole('row', { name: /Newsletter/ }).textContent())
      .toMatch(/Vorlagenangaben zu prüfen/);
  });

  it('filters the list to template content still to review, until it is confirmed', async () => {
    await page.getByLabel('Vollständigkeit').selectOption({ label: 'Vorlagentext zu prüfen' });
    await expect
      .poll(() => page.getByRole('row', { name: /Videoüberwachung Laden/ }).count())
      .toBe(0);
    await expect.poll(() => page.getByRole('row', { name: /Newsletter/ }).count()).toBe(1);
    await s.shot('register-list-unconfirmed');

    await page.goto(newsletterPage);
    const panel = page.getByRole('region', { name: 'Vollständigkeit' });
    await panel.getByRole('button', { name: 'Alle als zutreffend bestätigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Alle Vorlagenangaben bestätigen?' });
    expect(await dialog.innerText()).toContain('TOM');
    expect(await dialog.innerText()).not.toContain('Löschfristen');
    await dialog.getByRole('button', { name: 'Bestätigen', exact: true }).click();
    await expect.poll(() => panel.textContent()).toContain('Alle Pflichtangaben');
    expect(await page.getByRole('note', { name: /Vorlage:/ }).allInnerTexts()).not.toContainEqual(
      expect.stringContaining('noch nicht bestätigt'),
    );
    await s.shot('register-template-confirmed');

    await page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).first().click();
    await page.getByLabel('Vollständigkeit').selectOption({ label: 'Alle' });
    await expect
      .poll(() => page.getByRole('row', { name: /Newsletter/ }).textContent())
      .toContain('vollständig');
    const history = await s.api('audit.list', { entity: 'activity', limit: 50 });
    expect(history.some((h) => 'unconfirmed' in h.changes)).toBe(true);
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
    await page.getByRole('button', { name: 'EN (English)' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Processing activities' }).count())
      .toBe(1);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'DE (Deutsch)' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Verarbeitungstätigkeiten' }).count())
      .toBe(1);
  });
});
