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
    const org = await api('organisations.create', {
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
        orgId: org.id,
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
    await page.goto(`${new URL(session.web.url).origin}/#/org/${org.id}/processors`);
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
    await page.getByLabel('Lohnabrechnung').check();
    await page.getByLabel('Bewerbungsverfahren').check();
    await page.getByLabel('Zutrittskontrolle').fill('Rechenzentrum mit Chipkarten');
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

    // The completeness check names what is missing; then generate the draft.
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
      /^AVV-Entwurf_Personalwolke_Größl_GmbH_\d{4}-\d{2}-\d{2}\.docx$/,
    );
    const text = docxText(new Uint8Array(fs.readFileSync(await file.path())));
    for (const expected of [
      'Bäckerei Müller & Söhne GmbH',
      'Personalwolke Größl GmbH',
      'Beschäftigte',
      'Bewerber',
      'Gesundheitsdaten',
    ]) {
      expect(text).toContain(expected);
    }
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
    await page.goto(`${new URL(session.web.url).origin}/#/org/${org.id}`);
    await page.getByRole('heading', { name: 'Was ansteht' }).waitFor();
    await expect.poll(() => page.getByText('AV-Vertrag fehlt').count()).toBe(0);
    await page.goto(`${new URL(session.web.url).origin}/#/org/${org.id}/processors`);
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
    const orgs = await api('organisations.list', {});
    const acts = await api('activities.list', { orgId: orgs[0]!.id });
    await page.goto(
      `${new URL(session.web.url).origin}/#/org/${orgs[0]!.id}/activities/${acts[0]!.id}`,
    );
    await page.getByRole('heading', { name: 'Auftragsverarbeiter (Art. 28 DSGVO)' }).waitFor();
    await page.getByRole('link', { name: 'Personalwolke Größl GmbH' }).waitFor();
    await shot('activity-processors');
    await page.goto(`${new URL(session.web.url).origin}/#/org/${orgs[0]!.id}/processors/templates`);
    await page.getByRole('heading', { name: 'Eigene AVV-Vorlagen' }).waitFor();
    await page.getByText('{controller.name}').waitFor();
    await shot('templates');
  });
});
