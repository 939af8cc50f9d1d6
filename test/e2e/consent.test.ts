import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { germanExport, twentySubscribers } from '../fixtures/consent';

// Consent records in Chromium, as a firm uses them: a wording typed in and checked, twenty
// newsletter subscribers imported from their tool's CSV, an access request from one of them
// answered with the consent history, an objection recorded and the suppression list exported.
describe.skipIf(!canRunE2e)('consent records in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId: number;
  const shot = (name: string) => s.shot(`consent-${name}`);
  const main = () => page.locator('main').innerText();
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    const client = await s.api('clients.create', {
      name: 'Bäckerei Müller & Söhne GmbH',
      street: 'Hauptstraße 12',
      postcode: '79098',
      city: 'Freiburg im Breisgau',
      land: 'BW',
    });
    clientId = client.id;
    await page.goto(`${s.web.origin}/#/client/${clientId}`);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('checks a vague wording in plain words, then keeps a good one with its SHA-256', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Einwilligungen' }).click();
    await expect.poll(heading).toBe('Einwilligungen in Werbung');
    await page.getByRole('link', { name: 'Einwilligungstexte' }).click();
    await expect.poll(main).toContain('Noch kein Einwilligungstext');
    await page.getByRole('link', { name: 'Text anlegen' }).first().click();

    // The wording of the court cases: no named advertiser, open partners, open products.
    await page.getByLabel('Bezeichnung').fill('Gewinnspiel Sommerfest');
    await page
      .getByRole('textbox', { name: 'Wortlaut' })
      .fill(
        'Ich möchte über interessante telefonische Angebote aus dem Abonnementbereich von uns und unseren Partnern informiert werden.',
      );
    await page.getByLabel('Telefon', { exact: true }).check();
    await page.getByLabel('Zweck').fill('Telefonwerbung');
    await page.getByLabel('Der Text steht bei einem Gewinnspiel').check();
    await page.getByRole('button', { name: 'Text anlegen' }).click();
    await expect.poll(heading).toBe('Gewinnspiel Sommerfest (Version 1)');
    for (const finding of [
      'Kein werbendes Unternehmen genannt',
      'Offene Partnerliste',
      'Produkte nicht abschließend genannt',
      'Kein Hinweis auf den Widerruf',
      'Telefon-Einwilligung beim Gewinnspiel',
    ]) {
      await expect.poll(main).toContain(finding);
    }
    expect(await main()).toContain('(BGH I ZR 7/16)');
    await shot('wording-findings');

    await page.goto(`${s.web.origin}/#/client/${clientId}/consent/texts`);
    await expect.poll(main).toContain('5 Befunde');
    await page.getByRole('link', { name: 'Text anlegen' }).first().click();
    await page.getByLabel('Bezeichnung').fill('Newsletter-Anmeldung Website');
    await page
      .getByRole('textbox', { name: 'Wortlaut' })
      .fill(
        'Ja, ich möchte den Newsletter der Bäckerei Müller & Söhne GmbH mit Angeboten zu Backwaren und Torten per E-Mail erhalten. Meine Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen, z. B. über den Abmeldelink in jeder E-Mail.',
      );
    await page.getByLabel('E-Mail', { exact: true }).check();
    await page.getByLabel('Zweck').fill('Newsletter mit Angeboten der Bäckerei');
    await page.getByLabel('Werbendes Unternehmen').fill('Bäckerei Müller & Söhne GmbH');
    await page.getByLabel('Beworbene Produkte').fill('Backwaren und Torten der Bäckerei Müller');
    await page.getByLabel('Gültig ab').fill('2025-01-01');
    await page.getByRole('button', { name: 'Text anlegen' }).click();
    await expect.poll(heading).toBe('Newsletter-Anmeldung Website (Version 1)');
    await expect.poll(main).toContain('Keine Befunde.');
    expect(await main()).toMatch(/SHA-256\s*[0-9a-f]{64}/);
  });

  it('imports twenty subscribers from a German newsletter export, all or nothing', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/consent`);
    await expect.poll(main).toContain('Noch keine Personen erfasst');
    await page.getByRole('link', { name: 'CSV importieren' }).first().click();
    await expect.poll(heading).toBe('Personen aus CSV importieren');
    await page
      .getByLabel('Einwilligungstext der Liste')
      .selectOption({ label: '„Newsletter-Anmeldung Website“, Version 1' });

    // A row without an e-mail address first: the file is refused and nothing is written.
    const broken = [...twentySubscribers];
    broken[4] = { ...twentySubscribers[4]!, email: 'kein-at-zeichen' };
    await page.getByLabel('CSV-Datei').setInputFiles({
      name: 'newsletter-fehler.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(germanExport(broken)),
    });
    await expect.poll(main).toContain('1 Fehler in der Datei');
    expect(await main()).toContain('Zeile 6');
    expect(await page.getByRole('button', { name: '20 Zeilen importieren' }).isDisabled()).toBe(
      true,
    );

    await page.getByLabel('CSV-Datei').setInputFiles({
      name: 'newsletter-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(germanExport(twentySubscribers)),
    });
    // The refused file's preview also read 20 rows: wait for the new file's, without errors.
    await expect
      .poll(async () => {
        const text = await main();
        return text.includes('20 Zeilen gelesen') && !text.includes('Fehler in der Datei');
      })
      .toBe(true);
    expect(await main()).toContain('Kodierung erkannt: UTF-8');
    expect(await main()).toContain('Trennzeichen: Semikolon');
    expect(await main()).toContain('Neue Personen: 20, schon vorhanden: 0.');
    // The German headers were mapped without help.
    expect(await page.getByLabel('E-Mail', { exact: true }).inputValue()).toBe('E-Mail-Adresse');
    await shot('import-preview');
    await page.getByRole('button', { name: '20 Zeilen importieren' }).click();
    await expect.poll(() => page.getByText('Importiert: 20 neue').count()).toBeGreaterThan(0);
    await expect.poll(heading).toBe('Einwilligungen in Werbung');
    await expect.poll(main).toContain('Werbung jetzt erlaubt (von 20 erfassten Personen)');
    expect(await main()).toContain('20 per E-Mail');
    expect(await main()).toContain('kunde1@example.org');
  });

  it('answers an access request from a subscriber with the consent history', async () => {
    const request = await s.api('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2025-03-19',
        channel: 'email',
        requesterName: 'Jürgen Müller-2',
        requesterEmail: 'kunde2@example.org',
      },
    });
    await page.goto(`${s.web.origin}/#/client/${clientId}/requests/${request.id}`);
    const panel = page.getByRole('region', { name: 'Einwilligungen in Werbung' });
    await expect.poll(() => panel.textContent()).toContain('Jürgen Müller-2');
    const history = (await panel.textContent()) ?? '';
    expect(history).toContain('02.02.2025, 10:01: Einwilligung erteilt');
    expect(history).toContain('„Newsletter-Anmeldung Website“, Version 1');
    expect(history).toContain('Double-Opt-in bestätigt');
    expect(history).toContain('Werbung jetzt erlaubt per: E-Mail');
    await shot('request-history');

    await page.getByRole('button', { name: 'In Bearbeitung nehmen' }).click();
    await page
      .getByRole('combobox', { name: 'Schreiben', exact: true })
      .selectOption({ label: 'Auskunft nach Art. 15' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Word erzeugen' }).click(),
    ]);
    const file = `${s.dir}/art15-consent.docx`;
    await download.saveAs(file);
    const docx = docxText(new Uint8Array(fs.readFileSync(file)));
    expect(docx).toContain('Ihre Einwilligungen in Werbung (Art. 7 Abs. 1 DSGVO)');
    expect(docx).toContain('02.02.2025, 10:01 Uhr: Einwilligung erteilt – E-Mail');
    expect(docx).toContain('newsletter-export.csv');
    expect(docx).toContain('Text „Newsletter-Anmeldung Website“, Version 1');
    expect(docx).toContain('Wortlaut der Einwilligungstexte');
    expect(docx).toContain('Ja, ich möchte den Newsletter der Bäckerei Müller & Söhne GmbH');
    // Only this subscriber: none of the other nineteen addresses is in the reply.
    expect(docx).not.toMatch(/kunde(1|[3-9]|1\d|20)@example\.org/);
  });

  it('records an objection and exports the suppression list', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/consent`);
    await page.getByLabel('Suchen (Name, E-Mail, Telefon, Kundennummer)').fill('kunde7@');
    await page.getByRole('link', { name: /Müller-7/ }).click();
    await expect.poll(heading).toContain('Müller-7');
    await page.getByLabel('Ereignis', { exact: true }).selectOption('objected');
    await page.getByLabel('Datum und Uhrzeit').fill('2025-03-18T08:30');
    await page.getByLabel('Eingegangen über').selectOption('letter');
    await page.getByRole('button', { name: 'Ereignis erfassen' }).click();
    await expect.poll(main).toContain('Diese Person steht auf der Sperrliste: keine Werbung per');
    expect(await main()).toContain('Widerspruch gegen Werbung');
    await shot('objection');

    await page.getByRole('link', { name: 'Zur Übersicht' }).click();
    await expect.poll(main).toContain('19 per E-Mail');
    expect(await main()).toContain('1 auf der Sperrliste');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sperrliste exportieren (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('kunde7@example.org');
    expect(lines[1]).toContain('18.03.2025');
    expect(lines[1]).toContain('Widerspruch');
  });
});
