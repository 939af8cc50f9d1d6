import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName } from '../../core/api';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { docxText } from '../helpers/docx';

// The deletion concept end to end in Chromium: add a rule from the catalogue, link it to an
// activity, see the plan for a month, log a past deletion run (after a refused future one),
// export the deletion concept as Word.
describe.skipIf(!canRunE2e)('retention rules in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId: number;
  let activityId: number;

  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => s.api(method, input);
  const shot = (name: string) => s.shot(`retention-${name}`);
  const main = () => page.locator('main');

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    const client = await api('clients.create', {
      name: 'Bäckerei Müller & Söhne GmbH',
      street: 'Hauptstraße 1',
      postcode: '80331',
      city: 'München',
      land: 'BY',
    });
    clientId = client.id;
    const activity = await api('activities.create', {
      clientId,
      activity: {
        name: 'Buchhaltung und Rechnungen',
        purposes: 'Rechnungsstellung',
        subjects: [{ name: 'Kunden' }],
        dataCategories: [{ name: 'Rechnungsdaten' }],
        recipients: [{ name: 'Steuerberater' }],
        toms: 'Siehe TOM-Konzept',
        status: 'active',
      },
    });
    activityId = activity.id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('adds a rule from the catalogue of statutory periods', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/retention`);
    // The client was created through the API after the page had loaded its client list.
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe('Löschkonzept');
    // Every client starts with the rule for its closed requests (3 years, § 195 BGB).
    await expect.poll(() => main().innerText()).toContain('Abgeschlossene Betroffenenanfragen');
    const rules = page.getByRole('table', { name: /Löschregel/ });
    expect(await rules.innerText()).toContain('für abgeschlossene Anfragen');
    expect(await rules.innerText()).toContain('3 Jahre ab Schluss des Kalenderjahres');
    await page.getByRole('navigation').getByRole('link', { name: 'Löschkonzept' }).isVisible();
    await main().getByRole('link', { name: 'Neue Löschregel' }).first().click();
    await page.getByLabel('Frist aus dem Katalog').selectOption('booking_vouchers');
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Datenart', exact: true }).inputValue())
      .toBe('Buchungsbelege einschließlich Rechnungen');
    expect(await page.getByRole('spinbutton', { name: 'Vorhaltefrist' }).inputValue()).toBe('8');
    expect(await page.getByLabel('Rechtsgrundlage der Frist').inputValue()).toContain('§ 147');
    await page.getByLabel('Systeme / Ablageorte').fill('DATEV\nPapierarchiv');
    await page.getByLabel('Verantwortliche Person').fill('Jürgen Müller');
    await shot('new-rule');
    await page.getByRole('button', { name: 'Löschregel speichern' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/client\/\d+\/retention\/\d+$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Buchungsbelege einschließlich Rechnungen');
    await expect.poll(() => main().innerText()).toContain('Regellöschfrist: 97 Monate');
  });

  it('links the rule to a processing activity in the activity editor', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/activities/${activityId}`);
    const panel = page.getByRole('region', { name: 'Löschregeln' });
    await expect.poll(() => panel.innerText()).toContain('Noch keine Löschregel verknüpft.');
    await panel.getByLabel('Löschregel verknüpfen').selectOption({
      label: 'Buchungsbelege einschließlich Rechnungen',
    });
    await panel.getByRole('button', { name: 'Verknüpfen', exact: true }).click();
    await expect.poll(() => panel.innerText()).toContain('8 Jahre ab Schluss des Kalenderjahres');
    await shot('activity-panel');
    const activity = await api('activities.get', { id: activityId });
    expect(activity.retentionRules!.map((r) => r.name)).toEqual([
      'Buchungsbelege einschließlich Rechnungen',
    ]);
    expect(activity.completeness.missing).not.toContain('retention');
  });

  it('shows the plan for a month', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/retention`);
    const plan = page.getByRole('region', { name: 'Löschplan' });
    await plan.getByLabel('Monat', { exact: true }).fill('2027-01');
    await expect
      .poll(() => plan.getByRole('table').innerText())
      .toContain('01.01.2018 bis 31.12.2018');
    const rows = await plan.getByRole('row').allInnerTexts();
    expect(rows.filter((r) => r.includes('Buchungsbelege'))).toHaveLength(2);
    expect(rows.join('\n')).toContain('DATEV');
    expect(rows.join('\n')).toContain('Papierarchiv');
    await shot('plan');
  });

  it('refuses a run in the future, then logs one done before the rule was entered', async () => {
    const form = page.getByRole('form', { name: 'Löschlauf protokollieren' });
    await form.getByLabel('System').selectOption('DATEV');
    await form.getByLabel('Datum des Löschlaufs').fill(`${new Date().getFullYear() + 1}-01-15`);
    await form.getByLabel('Anzahl gelöschter Datensätze').fill('120');
    await form.getByLabel('Was wurde gelöscht').fill('Belege 2016');
    await form.getByLabel('Durchgeführt von').fill('Jürgen Müller');
    await form.getByRole('button', { name: 'Löschlauf speichern' }).click();
    await expect.poll(() => form.innerText()).toContain('Das Datum liegt in der Zukunft.');
    expect(await api('retention.runs', { clientId })).toEqual([]);

    // Years before the rule was created here: work done earlier belongs in the log too.
    await form.getByLabel('Datum des Löschlaufs').fill('2020-01-15');
    await form.getByRole('button', { name: 'Löschlauf speichern' }).click();
    const log = page.getByRole('region', { name: 'Löschprotokoll' });
    await expect.poll(() => log.getByRole('table').innerText()).toContain('Belege 2016');
    expect(await log.getByRole('table').innerText()).toContain('15.01.2020');
    await expect.poll(() => form.innerText()).not.toContain('Das Datum liegt in der Zukunft.');
    const [run] = await api('retention.runs', { clientId });
    expect(run).toMatchObject({
      date: '2020-01-15',
      system: 'DATEV',
      count: 120,
      person: 'Jürgen Müller',
    });
    await shot('log');
  });

  it('offers closed requests whose retention has passed in the plan and deletes them', async () => {
    const request = await api('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2021-06-01',
        channel: 'email',
        requesterName: 'Zebulon Quxworth',
        requesterEmail: 'zebulon@example.org',
      },
    });
    // A request answered and closed in June 2021 (the workflow itself is the requests' test):
    // kept until 31 December 2024 and deletable since 1 January 2025.
    const db = new Database(s.db);
    db.prepare(
      "UPDATE requests SET state = 'closed', sent_on = '2021-06-20', sent_at = '2021-06-20T10:00:00.000Z', closed_at = '2021-06-30T10:00:00.000Z' WHERE id = ?",
    ).run(request.id);
    db.close();

    // Home says so and leads to the plan.
    await page.goto(`${s.web.origin}/#/client/${clientId}`);
    const item = page.locator('.attention-item', { hasText: 'Anfragen löschen' });
    await expect
      .poll(() => item.textContent())
      .toContain('1 abgeschlossene Anfrage hat ihre Aufbewahrungsfrist am 01.01.2025 erreicht.');
    await item.getByRole('link').click();
    await expect.poll(() => page.url()).toMatch(/\/retention$/);

    const due = page.getByRole('region', { name: 'Abgeschlossene Anfragen' });
    await expect.poll(() => due.innerText()).toContain('Zebulon Quxworth');
    expect(await due.innerText()).toContain('30.06.2021');
    expect(await due.innerText()).toContain('01.01.2025');
    expect(await due.innerText()).toContain('jetzt löschbar');
    await shot('due-requests');
    await due.getByRole('button', { name: 'Fällige Anfrage löschen' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('Zebulon Quxworth (#');
    expect(await dialog.innerText()).toContain('lässt sich nicht rückgängig machen');
    // The focus starts on Cancel: Enter out of habit deletes nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await dialog.getByRole('button', { name: 'Fällige Anfrage löschen' }).click();
    await expect
      .poll(() => page.getByText('1 Anfrage gelöscht; der Löschlauf ist protokolliert.').count())
      .toBeGreaterThan(0);
    await expect.poll(() => due.count()).toBe(0);
    const log = page.getByRole('region', { name: 'Löschprotokoll' });
    await expect.poll(() => log.innerText()).toContain(`Abgeschlossene Anfragen #${request.id}`);
    expect(await log.innerText()).not.toContain('Zebulon');
    await expect
      .poll(async () => (await s.api('requests.list', { clientId, state: 'all' })).length)
      .toBe(0);
    await shot('due-requests-deleted');
  });

  it('edits the period of the rule for closed requests, which cannot be deleted', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/retention`);
    await main().getByRole('link', { name: 'Abgeschlossene Betroffenenanfragen' }).first().click();
    await expect
      .poll(() => main().innerText())
      .toContain('Diese Löschregel gilt für die abgeschlossenen Betroffenenanfragen');
    const start = page.getByRole('combobox', { name: /^Startzeitpunkt/ });
    expect(await start.locator('option').allTextContents()).toEqual(['Ende des Vorgangs']);
    const remove = page.getByRole('button', { name: 'Löschregel löschen' });
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    await page.getByRole('spinbutton', { name: 'Vorhaltefrist' }).fill('4');
    await page.getByRole('button', { name: 'Löschregel speichern' }).click();
    await expect.poll(() => main().innerText()).toContain('4 Jahre ab Schluss des Kalenderjahres');
    await shot('closed-requests-rule');
    await page.getByRole('link', { name: 'Zum Löschkonzept' }).click();
  });

  it('exports the deletion concept as Word', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Löschkonzept exportieren (Word)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^Löschkonzept_Bäckerei_Müller_&_Söhne_GmbH_.*\.docx$/,
    );
    const text = docxText(fs.readFileSync((await file.path())!));
    for (const expected of [
      'Löschkonzept',
      'Buchungsbelege einschließlich Rechnungen',
      '§ 147 Abs. 1 Nr. 4, Abs. 3 AO',
      '8 Jahre ab Schluss des Kalenderjahres',
      'Buchhaltung und Rechnungen',
      'Belege 2016',
    ]) {
      expect(text).toContain(expected);
    }
    await page.getByRole('table', { name: 'Matrix der Löschklassen' }).scrollIntoViewIfNeeded();
    await shot('overview');
  });
});
