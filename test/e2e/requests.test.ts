import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName } from '../../core/api';
import { nowInBerlin } from '../../core/rules/calendar';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { docxText } from '../helpers/docx';
import { customerActivities } from '../fixtures/requests';

// An access request end to end in Chromium: log it with its receipt date, see the Art. 12(3)
// due date, be stopped when sending without identity, record the check, generate the
// Art. 15 reply, review by a second person at her own account, send, close.
const erika = { account: 'erika', name: 'Erika Bearbeiterin' };
const max = { account: 'weber', name: 'Max Weber' };

describe.skipIf(!canRunE2e)('data subject requests in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId: number;
  let customersId: number;
  let accessId: number;

  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => s.api(method, input);
  const shot = (name: string) => s.shot(`requests-${name}`);
  const text = () => page.locator('main').innerText();

  beforeAll(async () => {
    s = await openE2e({ account: erika.account });
    page = s.page;
    await api('preferences.set', { userName: erika.name, language: 'de' });
    // The register is set up through the API: this test is about the requests.
    const client = await api('clients.create', {
      name: 'Bäckerei Müller & Söhne GmbH',
      street: 'Hauptstraße 1',
      postcode: '80331',
      city: 'München',
      land: 'BY',
    });
    clientId = client.id;
    const ids: number[] = [];
    for (const activity of customerActivities) {
      ids.push((await api('activities.create', { clientId, activity })).id);
    }
    customersId = ids[0]!;
    // A processor of the customer activity and an internal department among its recipients.
    await api('processors.create', {
      clientId,
      processor: {
        name: 'Mailversand Cloud Inc.',
        country: 'USA',
        countryKind: 'third_country',
        safeguard: 'scc',
        activityIds: [customersId],
      },
    });
    const customers = await api('activities.get', { id: customersId });
    await api('activities.update', {
      id: customersId,
      activity: {
        ...customers,
        recipients: [...customers.recipients, { name: 'Buchhaltung', type: 'internal' }],
      },
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('logs an access request received on a given date and shows its due date', async () => {
    // Reload: the page was opened before the client existed (its list is cached).
    await page.goto(`${s.web.origin}/#/client/${clientId}/requests`);
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
    await expect.poll(() => page.url()).toMatch(/#\/client\/\d+\/requests\/\d+$/);
    await expect.poll(() => page.getByTestId('due-date').textContent()).toBe('28.02.2025');
    expect(await text()).toContain('Eingegangen');
    accessId = Number(/(\d+)$/.exec(page.url())![1]);
    // The identity guidance is in view, not folded away.
    await expect
      .poll(() => page.getByText('Keine notariell beglaubigten Nachweise verlangen.').isVisible())
      .toBe(true);
    // No extension is recorded: there is no extension letter to choose.
    const letters = page.getByRole('combobox', { name: 'Schreiben', exact: true });
    expect(await letters.locator('option').allTextContents()).toEqual([
      'Eingangsbestätigung',
      'Bitte um Identitätsnachweis',
      'Zwischenbescheid',
    ]);
  });

  it('proposes the activities, goes to review and is reviewed by a second person', async () => {
    await page.getByRole('button', { name: 'In Bearbeitung nehmen' }).click();
    await expect
      .poll(() => page.locator('.requests-steps .is-current').textContent())
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
      .poll(() => page.locator('.requests-steps .is-current').textContent())
      .toBe('In Prüfung');
    // Who prepared the reply cannot review it: there is no name to type, no button to press.
    const review = page.getByRole('region', { name: 'Vier-Augen-Prüfung' });
    await expect.poll(() => review.textContent()).toContain('Sie haben diese Antwort vorbereitet.');
    expect(await review.textContent()).toContain(
      'Vorbereitet vonErika Bearbeiterin (Benutzerkonto erika)',
    );
    expect(await review.getByRole('button', { name: 'Prüfung bestätigen' }).count()).toBe(0);
    expect(await review.getByRole('textbox', { name: /prüfenden Person/ }).count()).toBe(0);
    await shot('review-own-reply');

    // Renaming oneself in Settings does not make a second person: the account stays the same.
    await page.goto(`${s.web.origin}/#/settings`);
    await page.getByLabel('Ihr Name').fill('Max Weber');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect
      .poll(() => page.getByText('Einstellungen gespeichert.').count())
      .toBeGreaterThan(0);
    await page.goto(`${s.web.origin}/#/client/${clientId}/requests/${accessId}`);
    await expect.poll(() => review.textContent()).toContain('Sie haben diese Antwort vorbereitet.');
    expect(await review.getByRole('button', { name: 'Prüfung bestätigen' }).count()).toBe(0);

    // Max Weber at his own account reviews it.
    await s.actAs(max, `#/client/${clientId}/requests/${accessId}`);
    await expect
      .poll(() => review.textContent())
      .toContain('Sie prüfen als Max Weber (Benutzerkonto weber).');
    for (const label of [
      'Antwort und Anlagen enthalten nur Daten dieser Person',
      'Die Identität ist geprüft oder die Ausnahme begründet',
      'Alle Verarbeitungen und Anlagen sind vollständig',
      'Die Frist ist eingehalten oder die Verlängerung mitgeteilt',
      'Die Antwort ist klar und verständlich formuliert',
    ]) {
      await page.getByLabel(label).check();
    }
    await review.getByRole('button', { name: 'Prüfung bestätigen' }).click();
    const record = review.getByRole('definition');
    await expect.poll(() => record.count()).toBe(2);
    expect(await record.allTextContents()).toEqual([
      expect.stringMatching(
        /^Erika Bearbeiterin \(Benutzerkonto erika\), \d\d\.\d\d\.\d{4}, \d\d:\d\d$/,
      ),
      expect.stringMatching(/^Max Weber \(Benutzerkonto weber\), /),
    ]);
    // The reviewer is told before trying that another person sends the reply.
    await expect
      .poll(() => page.getByRole('region', { name: 'Bearbeitungsstand' }).textContent())
      .toContain('der Versand durch eine andere Person');
    await shot('reviewed');
    await s.actAs(erika, `#/client/${clientId}/requests/${accessId}`);
    await expect.poll(() => review.textContent()).toContain('Geprüft von');
  });

  it('stops sending while identity is unchecked, then sends after the check', async () => {
    await page.getByRole('button', { name: 'Antwort als versendet markieren' }).click();
    await page.getByRole('button', { name: 'Versand bestätigen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Identität ist nicht geprüft' });
    await expect.poll(() => alert.count()).toBe(1);
    await shot('blocked');
    expect(await page.locator('.requests-steps .is-current').textContent()).toBe('In Prüfung');
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    await page.getByLabel('Wie wurde die Identität geprüft?').selectOption('known_email');
    await page.getByLabel('Geprüft von').fill('Erika Bearbeiterin');
    await page.getByLabel('Angabe oder Begründung').fill('Absender stimmt mit Kundenkonto überein');
    await page.getByRole('button', { name: 'Prüfung speichern' }).click();
    await expect
      .poll(() => page.getByText(/^Geprüft: Stimmt mit bekannter E-Mail-Adresse überein/).count())
      .toBe(1);
  });

  it('generates the Art. 15 reply as a Word document, signed by the person set', async () => {
    await page.getByRole('button', { name: 'Andere Person für diese Anfrage' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Hans Müller');
    await page.getByLabel('Funktion', { exact: true }).fill('Geschäftsführer');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('signer').textContent())
      .toBe('Hans Müller, Geschäftsführer');
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
      'Abwicklung von Bestellungen und Lieferungen',
      'Mailversand Cloud Inc. (Auftragsverarbeiter, USA)',
      'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)',
      'Als Kopie Ihrer personenbezogenen Daten erhalten Sie mit diesem Schreiben:\nAuszug aus dem Kundenkonto',
      'Hans Müller\nGeschäftsführer',
    ]) {
      expect(docx).toContain(expected);
    }
  });

  it('sends the reply on the date given, never before receipt, and keeps it as sent', async () => {
    await page.getByRole('button', { name: 'Antwort als versendet markieren' }).click();
    const send = page.getByRole('form', { name: 'Antwort als versendet markieren' });
    await send.getByLabel('Versendet am').fill('2025-01-30');
    await send.getByRole('button', { name: 'Versand bestätigen' }).click();
    // The message stands next to the date field, the only field with an error.
    const field = send.locator('.field-invalid');
    await expect.poll(() => field.textContent()).toContain('Versendet am');
    expect(await field.locator('.field-error').textContent()).toBe(
      'Das Datum liegt vor dem Eingang der Anfrage.',
    );
    // The time proposed is the clock in Berlin, the time the server checks against.
    const proposed = await send.getByLabel('Uhrzeit').inputValue();
    const around = [-60_000, 0, 60_000].map((ms) => nowInBerlin(new Date(Date.now() + ms)).time);
    expect(around).toContain(proposed);
    await send.getByLabel('Versendet am').fill('2025-02-20');
    await send.getByLabel('Uhrzeit').fill('14:30');
    await send.getByRole('button', { name: 'Versand bestätigen' }).click();
    await expect
      .poll(() => page.locator('.requests-steps .is-current').textContent())
      .toBe('Beantwortet');
    await expect.poll(() => page.getByTestId('sent-on').textContent()).toBe('20.02.2025, 14:30');
    await expect.poll(() => page.getByText('Antwort wie versendet').count()).toBe(1);
    expect(await text()).toContain('Die Antwort ist versendet.');
    const review = page.getByRole('region', { name: 'Vier-Augen-Prüfung' });
    expect(await review.getByRole('definition').last().textContent()).toMatch(
      /^Erika Bearbeiterin \(Benutzerkonto erika\), /,
    );
    expect(await review.textContent()).toContain('Versendet von');
    await shot('sent');
  });

  it('closes the request; a closed request stays as it is', async () => {
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
    const subjects = await api('catalogues.list', { clientId, kind: 'subject' });
    const customers = subjects.find((x) => x.name === 'Kunden')!;
    const erasure = await api('requests.create', {
      clientId,
      request: {
        kind: 'erasure',
        receivedOn: '2025-03-03',
        channel: 'letter',
        requesterName: 'Eva Weiß',
        subjectIds: [customers.id],
      },
    });
    await page.goto(`${s.web.origin}/#/client/${clientId}/requests/${erasure.id}`);
    const panel = page.getByRole('region', { name: 'Empfänger unterrichten (Art. 19)' });
    await panel.getByRole('button', { name: 'Aus dem Verzeichnis übernehmen' }).click();
    await expect.poll(() => panel.getByRole('checkbox').count()).toBeGreaterThan(0);
    // The processor and the external recipients; not the accounting department.
    await expect.poll(() => panel.textContent()).toContain('Mailversand Cloud Inc.');
    expect(await panel.textContent()).not.toContain('Buchhaltung');
    // Every entry can be removed.
    const listed = await panel.getByRole('checkbox').count();
    await panel.getByRole('button', { name: 'Callcenter-Dienstleister entfernen' }).click();
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(listed - 1);
    const fromRegister = await panel.getByRole('checkbox').count();
    await panel.getByLabel('Weiteren Empfänger eintragen').fill('Auskunftei Süd GmbH');
    await panel.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(fromRegister + 1);
    // Controlled by the server's answer: the box turns checked once the tick is stored.
    await panel.getByRole('checkbox', { name: /Auskunftei Süd GmbH/ }).click();
    await expect.poll(() => panel.textContent()).toContain('unterrichtet am');
    const stored = await api('requests.get', { id: erasure.id });
    expect(stored.recipients.find((x) => x.name === 'Auskunftei Süd GmbH')?.doneOn).not.toBeNull();
    await shot('art19');
  });

  it('closes an erasure with recipients not informed only with a reason', async () => {
    const [erasure] = await api('requests.list', { clientId, kind: 'erasure' });
    const id = erasure!.id;
    await api('requests.recordIdentity', {
      id,
      method: 'known_email',
      checkedBy: 'E2E Prüferin',
      checkedOn: '2025-03-04',
    });
    await api('requests.transition', { id, to: 'in_progress' });
    await api('requests.transition', { id, to: 'in_review' });
    const r = await api('requests.get', { id });
    await s.actAs(max);
    await api('requests.review', { id, checks: r.reviewChecklist });
    await s.actAs(erika, `#/client/${clientId}/requests/${id}`);
    await api('requests.transition', { id, to: 'answered', sentOn: '2025-03-10' });
    await page.reload();
    await page.getByRole('button', { name: 'Abschließen' }).click();
    await expect
      .poll(() => page.getByText(/Empfänger sind noch nicht unterrichtet/).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Abschließen bestätigen' }).click();
    const reason = page.getByLabel('Warum wird die Anfrage trotzdem abgeschlossen?');
    await expect
      .poll(() => page.locator('.field', { has: reason }).locator('.field-error').textContent())
      .toContain('Nicht alle Empfänger sind unterrichtet');
    await reason.fill('Die Dienstleister haben die Daten nach Vertragsende gelöscht.');
    await page.getByRole('button', { name: 'Abschließen bestätigen' }).click();
    await expect
      .poll(() => page.getByText('Die Anfrage ist abgeschlossen.', { exact: false }).count())
      .toBe(1);
    expect(await text()).toContain(
      'Abgeschlossen, ohne alle Empfänger zu unterrichten: Die Dienstleister haben die Daten nach Vertragsende gelöscht.',
    );
  });

  it('on the phone does not offer name and birth date as an identity check', async () => {
    const phone = await api('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2025-03-03',
        channel: 'phone',
        requesterName: 'Karl Anrufer',
        requesterPhone: '089 999',
      },
    });
    await page.goto(`${s.web.origin}/#/client/${clientId}/requests/${phone.id}`);
    const option = page.getByRole('option', { name: /Name und Geburtsdatum genannt/ });
    await expect.poll(() => option.isDisabled()).toBe(true);
    expect(await option.textContent()).toContain('genügt am Telefon nicht');
    await shot('phone');
  });

  it('warns next to the reply activities of unconfirmed template content, with a link', async () => {
    const fromTemplate = await api('activities.fromTemplate', {
      clientId,
      key: 'email_it',
      language: 'de',
    });
    const subjects = await api('catalogues.list', { clientId, kind: 'subject' });
    const r = await api('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2025-03-03',
        channel: 'email',
        requesterName: 'Berta Beschäftigt',
        subjectIds: subjects.map((x) => x.id),
      },
    });
    await api('requests.transition', { id: r.id, to: 'in_progress' });
    await api('requests.saveReply', { id: r.id, activityIds: [fromTemplate.id] });
    await page.goto(`${s.web.origin}/#/client/${clientId}/requests/${r.id}`);
    const note = page.getByRole('note', { name: 'Unbestätigte Inhalte aus Vorlagen' });
    await expect.poll(() => note.textContent()).toContain(fromTemplate.name);
    expect(await note.textContent()).toContain('Zwecke');
    await shot('template-warning');
    await note.getByRole('link', { name: fromTemplate.name }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`activities/${fromTemplate.id}$`));
  });

  it('names the requests that refer to an activity in its delete dialog', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/activities`);
    await page
      .getByRole('button', { name: 'Aktionen: Kundenverwaltung und Aufträge', exact: true })
      .click();
    await page.getByRole('button', { name: 'Löschen …' }).click();
    const note = page.getByTestId('activity-requests');
    await expect.poll(() => note.textContent()).toContain('Jürgen Größmann');
    expect(await note.textContent()).toContain('1 Anfrage bezieht sich auf diese Verarbeitung');
    await shot('activity-delete');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    expect(accessId).toBeGreaterThan(0);
  });
});
