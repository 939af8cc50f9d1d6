import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName } from '../../core/api';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { customerActivities } from '../fixtures/dsar';

// An access request end to end in Chromium: log it with its receipt date, see the Art. 12(3)
// due date, be stopped when sending without identity, record the check, generate the
// Art. 15 reply, review, send, close.
describe.skipIf(!canRunE2e)('data subject requests in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let orgId: number;

  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => s.api(method, input);
  const shot = (name: string) => s.shot(`dsar-${name}`);
  const text = () => page.locator('main').innerText();

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    // The register is set up through the API: this test is about the requests.
    const org = await api('organisations.create', {
      name: 'Bäckerei Müller & Söhne GmbH',
      street: 'Hauptstraße 1',
      postcode: '80331',
      city: 'München',
      land: 'BY',
    });
    orgId = org.id;
    for (const activity of customerActivities) await api('activities.create', { orgId, activity });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('logs an access request received on a given date and shows its due date', async () => {
    // Reload: the page was opened before the client existed (its list is cached).
    await page.goto(`${s.web.origin}/#/org/${orgId}/requests`);
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Anfragen Betroffener');
    await page.getByRole('link', { name: 'Neue Anfrage' }).click();
    await page.getByLabel('Art der Anfrage').selectOption({ label: 'Auskunft (Art. 15)' });
    await page.getByLabel('Eingegangen am').fill('2025-01-31');
    await page.getByLabel('Name des Antragstellers').fill('Jürgen Größmann');
    await page.getByLabel('E-Mail').fill('j.groessmann@example.de');
    await page.getByLabel('Postanschrift').fill('Lindenstraße 5\n80331 München');
    await page.getByLabel('Kunden', { exact: true }).check();
    await shot('new');
    await page.getByRole('button', { name: 'Anfrage anlegen' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/org\/\d+\/requests\/\d+$/);
    await expect.poll(() => page.getByTestId('due-date').textContent()).toBe('28.02.2025');
    expect(await text()).toContain('Eingegangen');
  });

  it('proposes the activities, goes to review and is reviewed by a second person', async () => {
    await page.getByRole('button', { name: 'In Bearbeitung nehmen' }).click();
    await expect
      .poll(() => page.locator('.dsar-steps .is-current').textContent())
      .toBe('In Bearbeitung');
    await expect
      .poll(() => page.getByLabel(/Kundenverwaltung und Aufträge/).isChecked())
      .toBe(true);
    expect(await page.getByLabel(/Lohnabrechnung/).isChecked()).toBe(false);
    await page
      .getByLabel('Kopie der Daten (Art. 15 Abs. 3): Beschreibung')
      .fill('Auszug aus dem Kundenkonto');
    await page.getByRole('button', { name: 'Antwort speichern' }).click();
    await expect.poll(() => page.getByText('Antwort gespeichert').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Zur Prüfung geben' }).click();
    await expect
      .poll(() => page.locator('.dsar-steps .is-current').textContent())
      .toBe('In Prüfung');
    for (const label of [
      'Antwort und Anlagen enthalten nur Daten dieser Person',
      'Die Identität ist geprüft oder die Ausnahme begründet',
      'Alle Verarbeitungen und Anlagen sind vollständig',
      'Die Frist ist eingehalten oder die Verlängerung mitgeteilt',
      'Die Antwort ist klar und verständlich formuliert',
    ]) {
      await page.getByLabel(label).check();
    }
    await page.getByLabel('Name der prüfenden Person').fill('Max Weber');
    await page.getByRole('button', { name: 'Prüfung bestätigen' }).click();
    await expect.poll(() => page.getByText(/Geprüft von Max Weber/).count()).toBe(1);
  });

  it('stops sending while identity is unchecked, then sends after the check', async () => {
    await page.getByRole('button', { name: 'Antwort als versendet markieren' }).click();
    await page.getByRole('button', { name: 'Versand bestätigen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Identität ist nicht geprüft' });
    await expect.poll(() => alert.count()).toBe(1);
    await shot('blocked');
    expect(await page.locator('.dsar-steps .is-current').textContent()).toBe('In Prüfung');
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    await page.getByLabel('Wie wurde die Identität geprüft?').selectOption('known_email');
    await page.getByLabel('Geprüft von').fill('Erika Bearbeiterin');
    await page.getByLabel('Angabe oder Begründung').fill('Absender stimmt mit Kundenkonto überein');
    await page.getByRole('button', { name: 'Prüfung speichern' }).click();
    await expect
      .poll(() => page.getByText(/^Geprüft: Stimmt mit bekannter E-Mail-Adresse überein/).count())
      .toBe(1);
  });

  it('generates the Art. 15 reply as a Word document', async () => {
    await page
      .getByRole('combobox', { name: 'Schreiben', exact: true })
      .selectOption({ label: 'Auskunft nach Art. 15' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Word erzeugen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Auskunft_Art15_J.*\.docx$/);
    const file = `${s.dir}/art15.docx`;
    await download.saveAs(file);
    const docx = docxText(new Uint8Array(fs.readFileSync(file)));
    for (const expected of [
      'Jürgen Größmann',
      'Frist zur Beantwortung: 28.02.2025',
      'Abwicklung von Bestellungen und Lieferungen',
      'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)',
      'Auszug aus dem Kundenkonto',
    ]) {
      expect(docx).toContain(expected);
    }
  });

  it('sends the reply and closes the request; a closed request stays as it is', async () => {
    await page.getByRole('button', { name: 'Antwort als versendet markieren' }).click();
    await page.getByRole('button', { name: 'Versand bestätigen' }).click();
    await expect
      .poll(() => page.locator('.dsar-steps .is-current').textContent())
      .toBe('Beantwortet');
    await page.getByRole('button', { name: 'Abschließen' }).click();
    await expect
      .poll(() => page.getByText('Die Anfrage ist abgeschlossen.', { exact: false }).count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Anfrage löschen' }).count()).toBe(0);
    await shot('closed');
    // The timeline has every step with its time.
    await page.getByText('Änderungsverlauf').click();
    await expect.poll(() => page.locator('.history-entry').count()).toBeGreaterThanOrEqual(7);
  });

  it('lists the request in the inbox across all clients', async () => {
    await page.goto(`${s.web.origin}/#/requests`);
    await page.getByLabel('Status').selectOption({ label: 'Alle' });
    await expect.poll(() => page.getByRole('link', { name: 'Jürgen Größmann' }).count()).toBe(1);
    expect(await text()).toContain('Bäckerei Müller & Söhne GmbH');
    await shot('inbox-all');
  });

  it('lists the recipients to inform of an erasure (Art. 19) and ticks them off', async () => {
    const subjects = await api('catalogues.list', { orgId, kind: 'subject' });
    const customers = subjects.find((x) => x.name === 'Kunden')!;
    const erasure = await api('dsar.create', {
      orgId,
      request: {
        kind: 'erasure',
        receivedOn: '2025-03-03',
        channel: 'letter',
        requesterName: 'Eva Weiß',
        subjectIds: [customers.id],
      },
    });
    await page.goto(`${s.web.origin}/#/org/${orgId}/requests/${erasure.id}`);
    const panel = page.getByRole('region', { name: 'Empfänger unterrichten (Art. 19)' });
    await panel.getByRole('button', { name: 'Aus dem Verzeichnis übernehmen' }).click();
    await expect.poll(() => panel.getByRole('checkbox').count()).toBeGreaterThan(0);
    const fromRegister = await panel.getByRole('checkbox').count();
    await panel.getByLabel('Weiteren Empfänger eintragen').fill('Auskunftei Süd GmbH');
    await panel.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(fromRegister + 1);
    // Controlled by the server's answer: the box turns checked once the tick is stored.
    await panel.getByRole('checkbox', { name: /Auskunftei Süd GmbH/ }).click();
    await expect.poll(() => panel.textContent()).toContain('unterrichtet am');
    const stored = await api('dsar.get', { id: erasure.id });
    expect(stored.recipients.find((x) => x.name === 'Auskunftei Süd GmbH')?.doneOn).not.toBeNull();
  });
});
