import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeFindings,
  canRunE2e,
  formatFindings,
  loadAnew,
  openE2e,
  type E2eSession,
} from '../helpers/browser';
import { layoutProblems } from '../helpers/layout';

// A hand-over file merged back into its client through the UI: the client went to a second
// workspace and came back with an activity changed there that was changed here as well. The
// import dialog offers the merge; its preview shows the conflict, which needs a choice.
describe.skipIf(!canRunE2e)('merging a hand-over file back in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId = 0;
  let activityId = 0;
  let file = '';
  const activity = (department: string) => ({
    name: 'Mandantenakte',
    purposes: 'Beratung',
    department,
    subjects: [{ name: 'Mandanten' }],
  });

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    page.setDefaultTimeout(10_000);
    const home = (await s.api('workspace.info', {})).path;
    clientId = (await s.api('clients.create', { name: 'Kanzlei Groß & Partner', land: 'NW' })).id;
    activityId = (await s.api('activities.create', { clientId, activity: activity('') })).id;
    const { base64 } = await s.api('clients.exportFile', { id: clientId });

    // Elsewhere: imported, the activity given to the sales team, exported again.
    await s.api('workspace.create', { path: path.join(s.dir, 'kanzlei-weber.sqlite') });
    const copy = await s.api('clients.importFile', { base64 });
    const [there] = await s.api('activities.list', { clientId: copy.id, status: 'all' });
    await s.api('activities.update', { id: there?.id ?? 0, activity: activity('Vertrieb') });
    const back = await s.api('clients.exportFile', { id: copy.id });
    file = path.join(s.dir, 'zurueck.pdclient');
    fs.writeFileSync(file, Buffer.from(back.base64, 'base64'));

    // Here, meanwhile, the same activity went to purchasing.
    await s.api('workspace.open', { path: home });
    await s.api('activities.update', { id: activityId, activity: activity('Einkauf') });
  });
  afterAll(async () => {
    await s?.close();
  });

  const noFindings = async (screen: string) => {
    expect(formatFindings(await axeFindings(page, screen))).toBe('');
  };

  it('offers the merge, shows the conflict with both versions and applies the choice', async () => {
    await page.setViewportSize({ width: 1024, height: 900 });
    // The page stood open while the setup switched workspaces behind it: what it asked the
    // other workspace for (a client id it does not hold) is no error of this screen.
    await loadAnew(s, '/clients/new');
    s.pageErrors.length = 0;
    const importing = page.getByRole('region', { name: 'Übergabedatei importieren' });
    await importing.getByLabel('Übergabedatei (.pdclient)').setInputFiles(file);
    const offer = page.getByRole('dialog', { name: 'Übergabedatei importieren' });
    await expect.poll(() => offer.textContent()).toContain('stammt vom Mandanten');
    await offer
      .getByRole('button', { name: 'Mit „Kanzlei Groß & Partner“ zusammenführen …' })
      .click();

    const dialog = page.getByRole('dialog', {
      name: 'Mit „Kanzlei Groß & Partner“ zusammenführen',
    });
    await expect.poll(() => dialog.textContent()).toContain('Konflikt');
    const conflict = dialog.getByRole('region', { name: 'Verarbeitungstätigkeiten' });
    const row = conflict.getByRole('row', { name: /Abteilung/ });
    expect(await row.textContent()).toBe('AbteilungEinkaufVertrieb');
    expect(await layoutProblems(page)).toEqual([]);
    await noFindings('merge preview with a conflict');
    await s.shot('handover-merge-preview');

    // Without a choice the merge is not applied; the message stands at the conflict.
    await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
    await expect
      .poll(() => conflict.getByRole('alert').textContent())
      .toContain('Bitte für jeden Konflikt wählen');
    await noFindings('merge preview asking for a choice');
    await s.shot('handover-merge-choice-missing');
    const unchanged = await s.api('activities.get', { id: activityId });
    expect(unchanged.department).toBe('Einkauf');

    await conflict.getByLabel('Fassung aus der Datei übernehmen').check();
    await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
    await expect
      .poll(() =>
        page.getByText('Übergabedatei mit „Kanzlei Groß & Partner“ zusammengeführt.').count(),
      )
      .toBe(1);
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/client/${clientId}$`));
    const merged = await s.api('activities.get', { id: activityId });
    expect(merged.department).toBe('Vertrieb');

    // The history names the file and shows what it brought, marked as imported and checked.
    await page.goto(`${s.web.origin}/#/client/${clientId}/details`);
    await page.getByText('Änderungsverlauf').click();
    const history = page.locator('.history');
    await expect.poll(() => history.textContent()).toContain('Übergabedatei zusammengeführt');
    await history
      .getByText(/mitgebrachte Einträge/)
      .first()
      .click();
    await expect.poll(() => history.textContent()).toContain('importiert, geprüft');
    expect(await history.textContent()).toContain('Konflikt – Fassung aus der Datei übernehmen');
    expect(await layoutProblems(page)).toEqual([]);
    await noFindings('client history with a merge');
    await s.shot('handover-merge-history');
    expect(await s.api('audit.verify', {})).toMatchObject({ intact: true });
    expect(s.pageErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
});
