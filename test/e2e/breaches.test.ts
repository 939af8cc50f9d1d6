import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toBerlinLocal } from '../../core/rules/calendar';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { docxText } from '../helpers/docx';

// The breach log in Chromium: the common case (a mis-sent e-mail) from its starting point in
// a handful of actions, a refused time next to its field, and a ransomware attack from the
// record to the notification to the authority.
describe.skipIf(!canRunE2e)('the breach log in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId: number;
  const shot = (name: string) => s.shot(`breaches-${name}`);
  const main = () => page.locator('main').innerText();

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    const client = await s.api('clients.create', {
      name: 'Optik Brillenhaus Schäfer GmbH',
      street: 'Marktplatz 4',
      postcode: '93047',
      city: 'Regensburg',
      land: 'BY',
      dpoName: 'Dr. Änne Weiß',
      dpoEmail: 'datenschutz@weiss-beratung.de',
    });
    clientId = client.id;
    await s.api('activities.create', {
      clientId,
      activity: {
        name: 'Kundenverwaltung und Sehtests',
        subjects: [{ name: 'Kunden' }],
        dataCategories: [
          { name: 'Kontaktdaten' },
          { name: 'Sehstärke und Augengesundheit', special: 'art9' },
        ],
        status: 'active',
      },
    });
    await s.api('processors.create', {
      clientId,
      processor: { name: 'Shop-Hosting Nord GmbH', service: 'Online-Shop' },
    });
    await page.goto(`${s.web.origin}/#/client/${clientId}`);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('records a mis-sent e-mail from its starting point in under ten actions', async () => {
    let actions = 0;
    const act = async (step: () => Promise<unknown>) => {
      actions++;
      await step();
    };
    await act(() =>
      page.getByRole('navigation').getByRole('link', { name: 'Datenpannen' }).click(),
    );
    await act(() => page.getByRole('link', { name: 'Neue Datenpanne' }).first().click());
    await act(() => page.getByRole('button', { name: 'E-Mail an falschen Empfänger' }).click());
    await act(() => page.getByLabel('Kunden', { exact: true }).check());
    await act(() => page.getByLabel('Kontaktdaten').check());
    await act(() => page.getByLabel('Ungefähre Zahl betroffener Personen').fill('1'));
    await shot('misdirected-form');
    await act(() => page.getByRole('button', { name: 'Datenpanne erfassen' }).click());
    expect(actions).toBeLessThan(10);
    await expect.poll(() => page.url()).toMatch(/#\/client\/\d+\/breaches\/\d+$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('E-Mail an falschen Empfänger');
    // Aware now: a few seconds gone of the 72 hours.
    await expect.poll(main).toContain('noch 71 Stunden');
    expect(await main()).toContain('Vertraulichkeit (unbefugte Offenlegung oder Zugang)');
    // The clock runs: the nav badge counts it.
    await expect
      .poll(() =>
        page
          .getByRole('navigation')
          .getByText('1 Datenpanne mit laufender 72-Stunden-Frist')
          .count(),
      )
      .toBe(1);
    await shot('misdirected-detail');
  });

  it('shows a refused time next to its field and saves nothing', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/breaches/new`);
    await page.getByRole('button', { name: 'Anderer Fall (leer beginnen)' }).click();
    await page.getByLabel('Kurzbezeichnung').fill('Test mit falscher Zeit');
    await page.getByLabel('Vertraulichkeit (unbefugte Offenlegung oder Zugang)').check();
    await page.getByLabel('Kenntnis am (Datum und Uhrzeit)').fill('2026-11-02T09:00');
    await page.getByLabel('Zeitpunkt der Verletzung (oder Beginn)').fill('2026-11-02T10:00');
    await page.getByRole('button', { name: 'Datenpanne erfassen' }).click();
    const field = page.getByLabel('Kenntnis am (Datum und Uhrzeit)');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await main()).toContain('Die Kenntnis liegt vor dem Beginn der Verletzung.');
    await shot('refused-time');
    expect((await s.api('breaches.list', { clientId })).map((b) => b.title)).toEqual([
      'E-Mail an falschen Empfänger',
    ]);
  });

  it('takes a ransomware attack from the record to the notification to the authority', async () => {
    await page.goto(`${s.web.origin}/#/client/${clientId}/breaches/new`);
    await page.getByRole('button', { name: 'Ransomware-Angriff' }).click();
    // Aware 70 hours ago: two hours are left.
    const aware = toBerlinLocal(new Date(Date.now() - 70 * 3_600_000));
    await page.getByLabel('Kenntnis am (Datum und Uhrzeit)').fill(aware);
    await page.getByLabel('Kunden', { exact: true }).check();
    await page.getByLabel('Sehstärke und Augengesundheit').check();
    await page.getByLabel('Ungefähre Zahl betroffener Personen').fill('5200');
    await page.getByLabel('Shop-Hosting Nord GmbH').check();
    await page.getByRole('button', { name: 'Datenpanne erfassen' }).click();
    await expect.poll(() => page.url()).toMatch(/breaches\/\d+$/);
    await expect.poll(main).toContain('noch 1 Stunde');

    // The assessment: Art. 9 data is ticked from the catalogue; severe consequences.
    await expect
      .poll(() => page.getByLabel('Besondere Kategorien (Art. 9/10 DSGVO) betroffen').isChecked())
      .toBe(true);
    await page.getByLabel('Schwere der Folgen').selectOption({ label: 'hoch' });
    await expect.poll(main).toContain('Nach den Kriterien: Hohes Risiko');
    await page.getByLabel('Hohes Risiko').check();
    await page.getByRole('button', { name: 'Bewertung speichern' }).click();
    await expect.poll(main).toContain('Zuletzt bewertet von');

    // The notification document names every Art. 33(3) item and the Bavarian authority.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Meldung an die Aufsichtsbehörde' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Meldung_Art33_DP-\d{4}-\d+_.*\.docx$/);
    const file = `${s.dir}/meldung.docx`;
    await download.saveAs(file);
    const text = docxText(new Uint8Array(fs.readFileSync(file)));
    expect(text).toContain('Bayerisches Landesamt für Datenschutzaufsicht');
    for (const item of [
      'a) Art der Verletzung',
      'b) Name und Kontaktdaten',
      'c) Wahrscheinliche Folgen',
      'd) Ergriffene',
    ]) {
      expect(text).toContain(item);
    }
    expect(text).toContain('Sehstärke und Augengesundheit (Art. 9)');

    // Notified in time, with the authority's reference.
    await page.getByLabel('Aktenzeichen der Behörde').fill('LDA-1085.2-99/26');
    await page.getByRole('button', { name: 'Meldung speichern' }).click();
    await expect.poll(main).toContain('Az. LDA-1085.2-99/26');
    await expect.poll(main).toContain('gemeldet');
    await shot('ransomware-notified');
    const [saved] = await s
      .api('breaches.list', { clientId, state: 'open' })
      .then((l) => l.filter((b) => b.title === 'Ransomware-Angriff'));
    expect(saved?.deadlines.clockRuns).toBe(false);
    expect(saved?.level).toBe('high');
    // The refused save above answers 400 (its console line); nothing else went wrong.
    expect(s.pageErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
});
