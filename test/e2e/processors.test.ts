import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../core/api';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { docxText } from '../helpers/docx';

// The AVV tracker in Chromium: add a processor, link two activities, see the missing-AVV
// warning, generate the draft, mark it signed with the signed copy attached, warning gone.

let session: E2eSession;

const api = <M extends MethodName>(method: M, input: MethodInput<M>) => session.api(method, input);

const shot = (name: string) => session.shot(name);

beforeAll(async () => {
  if (!canRunE2e) return;
  session = await openE2e({ language: 'de' });
});
afterAll(async () => {
  if (session) await session.close();
});

describe.skipIf(!canRunE2e)('processors and AVV in the browser', () => {
  it('tracks a processor from missing AVV to signed, with the draft in between', async () => {
    const { page } = session;
    const client = await api('clients.create', {
      name: 'Bäckerei Müller & Söhne GmbH',
      street: 'Hauptstraße 1',
      postcode: '80331',
      city: 'München',
      email: 'info@baeckerei-mueller.de',
      legalRepresentative: 'Jürgen Müller',
      land: 'BY',
    });
    for (const name of ['Lohnabrechnung', 'Bewerbungsverfahren']) {
      await api('activities.create', {
        clientId: client.id,
        activity: {
          name,
          purposes: `Zweck: ${name}`,
          subjects: [{ name: name === 'Lohnabrechnung' ? 'Beschäftigte' : 'Bewerber' }],
          dataCategories: [{ name: 'Kontaktdaten' }, { name: 'Gesundheitsdaten', special: 'art9' }],
          recipients: [{ name: 'Steuerberatung', type: 'external' }],
          retention: '6 Jahre',
          toms: 'TOM-Konzept',
          status: 'active',
        },
      });
    }

    // Add the processor and link both activities.
    // The data was seeded over the API after the page loaded: reload so the app sees it.
    await page.goto(`${new URL(session.web.url).origin}/#/client/${client.id}/processors`);
    await page.reload();
    await page.getByRole('heading', { name: 'Auftragsverarbeiter und AV-Verträge' }).waitFor();
    await page.getByRole('link', { name: 'Auftragsverarbeiter anlegen' }).first().click();
    await page.getByLabel('Name / Firma').fill('Personalwolke Größl GmbH');
    await page
      .getByLabel('Leistung (Gegenstand des Auftrags)')
      .fill('Cloud-Software für Lohn und Bewerbungen');
    await page.getByLabel('Straße und Hausnummer').fill('Am Bärenzwinger 2');
    await page.getByLabel('PLZ').fill('10179');
    await page.getByLabel('Ort', { exact: true }).fill('Berlin');
    await page.getByLabel('Ansprechpartner', { exact: true }).fill('Jörg Weiß');
    await page.getByLabel('Vertreten durch (gesetzlicher Vertreter)').fill('Greta Größl');
    await page.getByLabel('Lohnabrechnung').check();
    await page.getByLabel('Bewerbungsverfahren').check();
    // Annex III: every area described, or marked not applicable with the reason.
    for (const area of [
      'Zutrittskontrolle',
      'Zugangskontrolle',
      'Zugriffskontrolle',
      'Weitergabekontrolle',
      'Eingabekontrolle',
      'Auftragskontrolle',
      'Verfügbarkeitskontrolle',
    ]) {
      await page.getByLabel(area, { exact: true }).fill(`Maßnahmen: ${area}`);
    }
    await page.getByLabel('„Trennungsgebot“ ist nicht anwendbar').check();
    await page
      .getByLabel('Trennungsgebot – Begründung, warum nicht anwendbar')
      .fill('Nur ein Mandant je Instanz');
    await page
      .getByLabel(/^Pseudonymisierung und Verschlüsselung/)
      .fill('Verschlüsselung aller Datenträger');
    await page.getByRole('button', { name: 'Auftragsverarbeiter anlegen' }).click();
    await page.getByRole('heading', { name: 'Personalwolke Größl GmbH', level: 1 }).waitFor();

    // The missing-AVV warning names both activities; the nav shows a count.
    const warning = page.getByText(/Kein unterzeichneter AV-Vertrag/).first();
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Bewerbungsverfahren, Lohnabrechnung');
    await expect
      .poll(() =>
        page
          .getByRole('navigation')
          .getByText('1 Auftragsverarbeiter brauchen Aufmerksamkeit')
          .count(),
      )
      .toBe(1);
    await shot('processor-missing-avv');

    // The completeness check names what is missing, each TOM area by name; then generate.
    await page.getByText('4 Angaben fehlen noch:').waitFor();
    await page
      .getByText(
        'Maßnahmen zu „Wiederherstellung und Überprüfung der Wirksamkeit (Art. 32 Abs. 1 lit. c, d)“ (oder „nicht anwendbar“ mit Begründung)',
      )
      .waitFor();
    await page
      .getByLabel(/^Wiederherstellung und Überprüfung der Wirksamkeit/)
      .fill('Jährlicher Wiederherstellungstest');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('3 Angaben fehlen noch:').waitFor();
    await page.getByLabel('Dauer der Verarbeitung').fill('Für die Laufzeit des Hauptvertrags');
    await page.getByLabel('Gerichtsstand').fill('München');
    await page.getByLabel('Ort der Unterzeichnung').fill('München');
    await page.getByText('Alle Angaben für den Entwurf sind vorhanden.').waitFor();
    await page.getByLabel('Status auf „Entwurf gesendet“ setzen (heute)').check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Entwurf erstellen (.docx)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^AVV-Entwurf_Personalwolke_Größl_GmbH_\d{4}-\d{2}-\d{2}_v1\.docx$/,
    );
    // The draft is kept among the processor's files.
    await page.getByText(file.suggestedFilename()).first().waitFor();
    const text = docxText(new Uint8Array(fs.readFileSync(await file.path())));
    for (const expected of [
      'Bäckerei Müller & Söhne GmbH',
      'Personalwolke Größl GmbH',
      'Beschäftigte',
      'Bewerber',
      'Gesundheitsdaten',
      'Entwurf Nr. 1 vom',
    ]) {
      expect(text).toContain(expected);
    }
    // The advice to review the draft is for the user, in the panel; the processor gets
    // the document without it.
    await page
      .getByRole('note')
      .getByText('Vor der Unterzeichnung rechtlich prüfen lassen', { exact: false })
      .waitFor();
    expect(text).not.toMatch(/rechtlich prüfen|Privacy Desk/);
    await expect
      .poll(() => page.getByLabel('Status', { exact: true }).inputValue())
      .toBe('draft_sent');

    // Mark it signed and attach the signed copy: the warning is gone.
    await page.getByLabel('Status', { exact: true }).selectOption('signed');
    await page.getByLabel('Unterzeichnet am').fill('2026-11-20');
    await page.getByLabel('Version').fill('1.0');
    await page.getByRole('button', { name: 'Status speichern' }).click();
    await page.getByLabel('Datei hinzufügen').setInputFiles({
      name: 'AVV unterschrieben.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 unterschrieben'),
    });
    await page.getByText('AVV unterschrieben.pdf').first().waitFor();
    await expect.poll(() => page.getByText(/Kein unterzeichneter AV-Vertrag/).count()).toBe(0);
    await shot('processor-signed');

    // Home and list agree: no AVV item left, status signed.
    await page.goto(`${new URL(session.web.url).origin}/#/client/${client.id}`);
    await page.getByRole('heading', { name: 'Was ansteht' }).waitFor();
    await expect.poll(() => page.getByText('AV-Vertrag fehlt').count()).toBe(0);
    await page.goto(`${new URL(session.web.url).origin}/#/client/${client.id}/processors`);
    await page.getByRole('link', { name: 'Personalwolke Größl GmbH' }).waitFor();
    expect(
      await page
        .getByRole('row', { name: /Personalwolke/ })
        .getByText('Unterzeichnet', { exact: true })
        .count(),
    ).toBe(1);
    await shot('processor-list');
  });

  it('shows the processors on the activity and the template placeholders', async () => {
    const { page } = session;
    const clients = await api('clients.list', {});
    const acts = await api('activities.list', { clientId: clients[0]!.id });
    await page.goto(
      `${new URL(session.web.url).origin}/#/client/${clients[0]!.id}/activities/${acts[0]!.id}`,
    );
    await page.getByRole('heading', { name: 'Auftragsverarbeiter (Art. 28 DSGVO)' }).waitFor();
    await page.getByRole('link', { name: 'Personalwolke Größl GmbH' }).waitFor();
    await shot('activity-processors');
    await page.goto(
      `${new URL(session.web.url).origin}/#/client/${clients[0]!.id}/processors/templates`,
    );
    await page.getByRole('heading', { name: 'Eigene AVV-Vorlagen' }).waitFor();
    await page.getByText('{controller.name}').waitFor();
    await shot('templates');
  });

  it("shows a US processor's transfers on the activity, checks them, and refuses or warns on dates", async () => {
    const { page } = session;
    const origin = new URL(session.web.url).origin;
    const client = await api('clients.create', {
      name: 'Versandhaus Weiß KG',
      street: 'Lindenstraße 4',
      postcode: '50674',
      city: 'Köln',
      email: 'info@versandhaus-weiss.de',
      legalRepresentative: 'Käthe Weiß',
      land: 'NW',
    });
    const newsletter = await api('activities.create', {
      clientId: client.id,
      activity: {
        name: 'Newsletter',
        purposes: 'Versand des Newsletters',
        subjects: [{ name: 'Abonnenten' }],
        dataCategories: [{ name: 'E-Mail-Adresse' }],
        recipients: [{ name: 'Marketing', type: 'internal' }],
        retention: 'Bis zur Abmeldung',
        toms: 'TOM-Konzept',
        status: 'active',
      },
    });
    const webinar = await api('activities.create', {
      clientId: client.id,
      activity: { name: 'Webinare', status: 'draft' },
    });
    const mailer = await api('processors.create', {
      clientId: client.id,
      processor: {
        name: 'Mailversand Inc.',
        city: 'San Francisco',
        country: 'USA',
        countryKind: 'third_country',
        subProcessors: [
          { name: 'Support Bengaluru Pvt. Ltd.', country: 'Indien', countryKind: 'third_country' },
        ],
        activityIds: [newsletter.id, webinar.id],
      },
    });

    // Home: the missing AVV names the draft activity too, marked as draft.
    await page.goto(`${origin}/#/client/${client.id}`);
    await page.reload();
    await page.getByText('Genutzt von: Newsletter, Webinare (Entwurf)').waitFor();

    // The activity lists the transfers through the processor; the check names each gap.
    await page.goto(`${origin}/#/client/${client.id}/activities/${newsletter.id}`);
    await page.getByRole('heading', { name: 'Über verknüpfte Auftragsverarbeiter' }).waitFor();
    await page.getByText('Mailversand Inc. (Auftragsverarbeiter)').waitFor();
    await page
      .getByText('Support Bengaluru Pvt. Ltd. (Unterauftragsverarbeiter von Mailversand Inc.)')
      .waitFor();
    const panel = page.getByRole('region', { name: 'Vollständigkeit' });
    await panel.getByText('Auftragsverarbeiter „Mailversand Inc.“: Garantie fehlt').waitFor();
    await panel
      .getByText(
        'Unterauftragsverarbeiter „Support Bengaluru Pvt. Ltd.“ von „Mailversand Inc.“: Garantie fehlt',
      )
      .waitFor();
    await shot('activity-transfers-incomplete');

    // On the processor: safeguard, note, TIA (a future date is refused at the field).
    await page
      .getByRole('link', { name: 'Beim Auftragsverarbeiter „Mailversand Inc.“ bearbeiten' })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Mailversand Inc.', level: 1 }).waitFor();
    const general = page.getByRole('group', { name: 'Stammdaten und Leistung' });
    await general.getByLabel('Garantie für die Übermittlung').selectOption('scc');
    await general.getByLabel('Dokumentation der Garantie').fill('SCC Modul 2 vom 01.03.2026');
    const tia = page.getByLabel('Transfer Impact Assessment durchgeführt am');
    await tia.fill('2099-01-01');
    const support = page.getByRole('group', { name: 'Support Bengaluru Pvt. Ltd.' });
    await support.getByLabel('Garantie für die Übermittlung').selectOption('scc');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Das Datum liegt in der Zukunft.').first().waitFor();
    await shot('processor-tia-refused');
    await tia.fill('2026-02-15');
    await page.getByLabel('Transfer Impact Assessment: Referenz').fill('TIA-2026-07');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('„Mailversand Inc.“ gespeichert').waitFor();
    await expect.poll(() => page.getByText('Das Datum liegt in der Zukunft.').count()).toBe(0);

    // The AVV: a review date far ahead is only warned about; a future signature is refused.
    await page.getByLabel('Status', { exact: true }).selectOption('signed');
    await page.getByLabel('Unterzeichnet am').fill('2099-01-01');
    await page.getByLabel('Nächste Überprüfung').fill('2045-01-01');
    await page
      .getByText('Das Datum liegt mehr als 10 Jahre in der Zukunft – bitte prüfen, ob es stimmt.')
      .waitFor();
    await page.getByRole('button', { name: 'Status speichern' }).click();
    // Refused, with the message on the field itself.
    await page
      .locator('.field-error', { hasText: 'Das Datum liegt in der Zukunft.' })
      .first()
      .waitFor();
    await shot('processor-dates');
    await page.getByLabel('Unterzeichnet am').fill('2026-01-10');
    await page.getByLabel('Nächste Überprüfung').fill('2027-01-10');
    await expect
      .poll(() => page.getByText('Das Datum liegt mehr als 10 Jahre in der Zukunft').count())
      .toBe(0);
    await page.getByRole('button', { name: 'Status speichern' }).click();
    await page.getByText('Status des AV-Vertrags gespeichert').waitFor();

    // The draft options carry the optional clauses, each switchable.
    await page.getByLabel('Haftung zwischen den Parteien (Art. 82 DSGVO)').check();
    await page
      .getByLabel('Meldung von Datenpannen an den Verantwortlichen innerhalb fester Frist')
      .check();
    await page.getByLabel('Frist für die Meldung (Stunden, höchstens 72)').fill('24');
    await shot('processor-draft-options');

    // Back on the activity: the transfers are documented, lit. e is complete.
    await page.goto(`${origin}/#/client/${client.id}/activities/${newsletter.id}`);
    await page.getByText('Transfer Impact Assessment: 15.02.2026, TIA-2026-07').waitFor();
    await expect.poll(() => panel.getByText('Garantie fehlt').count()).toBe(0);
    await panel
      .getByText('Alle Pflichtangaben nach Art. 30 Abs. 1 DSGVO sind vorhanden.')
      .waitFor();
    await shot('activity-transfers-complete');
    expect(mailer.id).toBeGreaterThan(0);
  });
});
