import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings, formatFindings } from '../helpers/axe';
import { canRunE2e, loadAnew, openE2e, type E2eSession } from '../helpers/browser';
import { layoutProblems } from '../helpers/layout';

// The DPIA screening of an activity in Chromium: two WP248 criteria make a DPIA likely
// needed, the client's home says so until the DPIA is recorded, and a deviation from the
// rule asks for its reasons next to the field.
describe.skipIf(!canRunE2e)('the DPIA screening of an activity in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId = 0;
  let activityId = 0;
  const shot = (name: string) => s.shot(`dpia-${name}`);
  const noFindings = async (screen: string) => {
    expect(formatFindings(await axeFindings(page, screen))).toBe('');
  };
  const home = () => page.locator('section[aria-labelledby="attention-title"]');
  const screening = () => page.getByRole('region', { name: /DSFA-Vorprüfung/ });

  beforeAll(async () => {
    s = await openE2e({ language: 'de' });
    page = s.page;
    page.setDefaultTimeout(10_000);
    clientId = (
      await s.api('clients.create', {
        name: 'Pflegedienst Sonnenschein',
        street: 'Lindenweg 4',
        postcode: '50667',
        city: 'Köln',
        email: 'info@sonnenschein.example',
        land: 'NW',
      })
    ).id;
    activityId = (
      await s.api('activities.create', {
        clientId,
        activity: {
          name: 'Pflegedokumentation',
          purposes: 'Planung und Dokumentation der häuslichen Pflege',
          legalBases: ['art6_1_b'],
          subjects: [{ name: 'Pflegebedürftige' }],
          dataCategories: [{ name: 'Gesundheitsdaten', special: 'art9' }],
          recipients: [{ name: 'Pflegekasse', type: 'external' }],
          retention: '10 Jahre nach Ende der Pflege',
          toms: 'Siehe TOM-Konzept',
          status: 'active',
        },
      })
    ).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('screens an activity with two criteria: DPIA needed, on the home until one is recorded', async () => {
    await loadAnew(s, `/client/${clientId}/activities/${activityId}`);
    const section = screening();
    await section.getByRole('heading', { name: /DSFA-Vorprüfung/ }).waitFor();
    await expect.poll(() => section.textContent()).toContain('Kein Kriterium');
    await section.getByLabel(/^Vertrauliche oder höchstpersönliche Daten/).check();
    await expect.poll(() => section.textContent()).toContain('Ein Kriterium trifft zu');
    await section.getByLabel(/^Daten schutzbedürftiger Betroffener/).check();
    const live = section.locator('.dpia-result');
    await expect
      .poll(() => live.textContent())
      .toContain('Ergebnis nach der Regel: DSFA erforderlich');
    expect(await live.textContent()).toContain('Zwei oder mehr Kriterien');

    // Deviating from the rule needs reasons in the user's own words, asked for at the field.
    await section.getByLabel('Festgehaltenes Ergebnis').selectOption('not_needed');
    await section.getByRole('button', { name: 'Vorprüfung speichern' }).click();
    const reason = section.getByLabel(/Begründung der Abweichung/);
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await shot('deviation-reason-missing');
    await noFindings('DPIA screening asking for the reason of a deviation');
    expect((await s.api('dpia.get', { activityId })).screening).toBeNull();

    await section.getByLabel('Festgehaltenes Ergebnis').selectOption('rule');
    await section.getByRole('button', { name: 'Vorprüfung speichern' }).click();
    await expect.poll(() => section.textContent()).toContain('Festgehalten: DSFA erforderlich');
    expect(await layoutProblems(page)).toEqual([]);
    await noFindings('DPIA screening recorded');
    await shot('screened');
    // The page is long: the section alone, to look at.
    await section.screenshot({ path: path.join(s.dir, 'dpia-section-screened.png') });
    const stored = await s.api('dpia.get', { activityId });
    expect(stored.screening).toMatchObject({
      result: 'needed',
      ruleResult: 'needed',
      answers: { criteria: ['sensitive', 'vulnerable'] },
    });

    await loadAnew(s, `/client/${clientId}`);
    await expect.poll(() => home().textContent()).toContain('DSFA erforderlich');
    await shot('home-needed');
    await home().getByRole('link', { name: 'Pflegedokumentation' }).first().click();
    await expect.poll(() => page.url()).toContain(`/activities/${activityId}`);

    // The DPIA carried out: date, reference and outcome, then the item is gone.
    const record = page.getByRole('region', { name: 'Durchgeführte DSFA' });
    await record.getByRole('button', { name: 'DSFA speichern' }).click();
    await expect
      .poll(() => record.getByLabel(/Aktenzeichen oder Fundstelle/).getAttribute('aria-invalid'))
      .toBe('true');
    // No outcome is chosen in advance: the user states it, asked for next to the choice.
    expect(await record.textContent()).toContain(
      'Bitte wählen, mit welchem Ergebnis die DSFA abgeschlossen wurde.',
    );
    await shot('record-missing');
    await record.screenshot({ path: path.join(s.dir, 'dpia-section-record-missing.png') });
    await noFindings('DPIA record with its errors');
    await record.getByLabel(/Datum der DSFA/).fill('2026-11-30');
    await record.getByLabel(/Aktenzeichen oder Fundstelle/).fill('DSFA-2026-01');
    await record.getByLabel(/^Risiken durch Maßnahmen eingedämmt/).check();
    await record.getByRole('button', { name: 'DSFA speichern' }).click();
    await expect.poll(() => record.textContent()).toContain('Dokumente der DSFA');
    await noFindings('DPIA recorded');
    await shot('recorded');
    expect((await s.api('dpia.get', { activityId })).record).toMatchObject({
      date: '2026-11-30',
      reference: 'DSFA-2026-01',
      outcome: 'risks_addressed',
    });

    await loadAnew(s, `/client/${clientId}`);
    await home().waitFor();
    await expect.poll(() => home().textContent()).not.toContain('DSFA erforderlich');
    expect(s.pageErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
});
