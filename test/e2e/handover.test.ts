import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeFindings,
  canRunE2e,
  formatFindings,
  openE2e,
  type E2eSession,
} from '../helpers/browser';
import { layoutProblems } from '../helpers/layout';

// The hand-over file through the UI: exported with a passphrase from a client's details,
// then imported into a second workspace from the new-client page, with its preview dialog.
describe.skipIf(!canRunE2e)('the hand-over file of a client in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId = 0;
  const passphrase = 'Übergabe Kanzlei Weber';
  const attachment = Buffer.from('%PDF-1.7 Antwortschreiben an Frau Öztürk', 'utf8');

  beforeAll(async () => {
    s = await openE2e();
    page = s.page;
    page.setDefaultTimeout(10_000);
    clientId = (await s.api('clients.create', { name: 'Kanzlei Groß & Partner', land: 'NW' })).id;
    await s.api('activities.create', {
      clientId,
      activity: { name: 'Mandantenakte', purposes: 'Beratung', subjects: [{ name: 'Mandanten' }] },
    });
    const request = await s.api('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2026-11-30',
        channel: 'email',
        requesterName: 'Ayşe Öztürk',
      },
    });
    await s.api('attachments.add', {
      ownerType: 'request',
      ownerId: request.id,
      name: 'Antwort.pdf',
      mimeType: 'application/pdf',
      base64: attachment.toString('base64'),
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  const noFindings = async (screen: string) => {
    expect(formatFindings(await axeFindings(page, screen))).toBe('');
  };

  it('exports the client as an encrypted hand-over file and imports it into another workspace', async () => {
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`${s.web.origin}/#/client/${clientId}/details`);
    const section = page.getByRole('region', { name: 'Übergabedatei' });
    await section.getByLabel('Passphrase (optional)').fill('zu kurz');
    await section.getByRole('button', { name: 'Übergabedatei exportieren' }).click();
    await expect
      .poll(() => section.textContent())
      .toContain('Die Passphrase muss mindestens 10 Zeichen lang sein');
    await section.getByLabel('Passphrase (optional)').fill(passphrase);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Übergabedatei exportieren' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kanzlei Groß & Partner.pdclient');
    const file = path.join(s.dir, 'handover.pdclient');
    await download.saveAs(file);
    await expect.poll(() => page.getByText('Übergabedatei gespeichert.').count()).toBe(1);
    expect(await layoutProblems(page)).toEqual([]);
    await noFindings('client-details with hand-over');
    await s.shot('handover-export');

    // A second, empty workspace: the import arrives there as its first client.
    await s.api('workspace.create', { path: path.join(s.dir, 'zweiter.sqlite') });
    await page.goto(`${s.web.origin}/#/clients/new`);
    await page.reload();
    const importing = page.getByRole('region', { name: 'Übergabedatei importieren' });
    await importing.getByLabel('Übergabedatei (.pdclient)').setInputFiles(file);
    await expect
      .poll(() => importing.textContent())
      .toContain('mit einer Passphrase verschlüsselt');
    await importing.getByLabel('Passphrase (optional)').fill('falsche Passphrase');
    await importing.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect.poll(() => importing.textContent()).toContain('Die Passphrase ist falsch');
    await importing.getByLabel('Passphrase (optional)').fill(passphrase);
    await importing.getByRole('button', { name: 'Datei prüfen' }).click();

    const dialog = page.getByRole('dialog', { name: 'Übergabedatei importieren' });
    await expect.poll(() => dialog.textContent()).toContain('1 Verarbeitungstätigkeit');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('„Kanzlei Groß & Partner“');
    expect(text).toContain('1 Betroffenenanfrage');
    expect(text).toContain('1 Datei');
    expect(text).toContain('Der Änderungsverlauf ist unverändert');
    expect(await dialog.getByLabel('Name des neuen Mandanten').inputValue()).toBe(
      'Kanzlei Groß & Partner',
    );
    expect(await layoutProblems(page)).toEqual([]);
    await noFindings('hand-over preview dialog');
    await s.shot('handover-preview');

    await dialog.getByRole('button', { name: 'Als neuen Mandanten importieren' }).click();
    await expect
      .poll(() => page.getByText('Mandant „Kanzlei Groß & Partner“ importiert.').count())
      .toBe(1);
    await expect.poll(() => page.url()).toMatch(/#\/client\/\d+$/);
    await s.shot('handover-imported');

    // The import is one entry in the new client's history (its details stay in the entry).
    await page.goto(`${page.url()}/details`);
    await page.getByText('Änderungsverlauf').click();
    await expect
      .poll(() => page.locator('.history').textContent())
      .toContain('aus einer Übergabedatei importiert');
    await s.shot('handover-history');

    const [client] = await s.api('clients.list', {});
    expect(client?.name).toBe('Kanzlei Groß & Partner');
    const [request] = await s.api('requests.list', { clientId: client?.id ?? 0 });
    expect(request?.requesterName).toBe('Ayşe Öztürk');
    const files = await s.api('attachments.list', {
      ownerType: 'request',
      ownerId: request?.id ?? 0,
    });
    const stored = await s.api('attachments.get', { id: files[0]?.id ?? 0 });
    expect(Buffer.from(stored.base64, 'base64').equals(attachment)).toBe(true);
    expect(await s.api('audit.verify', {})).toMatchObject({ intact: true });
    // The two refused checks (no passphrase, a wrong one) answer 400; nothing else may fail.
    expect(s.pageErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
});
