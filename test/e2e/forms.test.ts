import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName } from '../../core/api';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';

// What the shared form pieces promise, in Chromium: an API error shows next to its field,
// named by the label, and goes once fixed; a delete that cannot succeed is not offered;
// a confirmation starts on Cancel; the change history reads as a person writes it.

describe.skipIf(!canRunE2e)('forms, deletes and the history in the browser', () => {
  let s: E2eSession;
  let page: Page;
  let clientId: number;
  const ids = { linked: 0, free: 0, rule: 0 };
  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => s.api(method, input);
  const main = () => page.locator('main');
  const open = async (path: string) => {
    await page.goto(`${s.web.origin}/#/client/${clientId}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  };

  beforeAll(async () => {
    s = await openE2e({ language: 'de' });
    page = s.page;
    clientId = (await api('clients.create', { name: 'Bäckerei Müller GmbH', land: 'BY' })).id;
    const activity = await api('activities.create', {
      clientId,
      activity: { name: 'Lohnabrechnung', dataCategories: [{ name: 'Bankverbindung' }] },
    });
    ids.linked = (
      await api('processors.create', {
        clientId,
        processor: { name: 'Lohnbüro Süd GmbH', activityIds: [activity.id] },
      })
    ).id;
    ids.free = (
      await api('processors.create', { clientId, processor: { name: 'Aktenvernichtung Nord' } })
    ).id;
    ids.rule = (
      await api('retention.create', {
        clientId,
        rule: {
          name: 'Lohnunterlagen',
          startEvent: 'creation',
          periodAmount: 6,
          periodUnit: 'years',
          activityIds: [activity.id],
        },
      })
    ).id;
    await page.reload();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps the processor form’s server error next to the name field', async () => {
    await open('/processors/new');
    await page.getByLabel('Name / Firma').fill('Aktenvernichtung Nord');
    await page.getByRole('button', { name: 'Auftragsverarbeiter anlegen' }).click();
    const name = page.getByRole('textbox', { name: 'Name / Firma' });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe(
      'Dieser Eintrag kommt doppelt vor.',
    );
    await s.shot('forms-processor-duplicate');
    // Fixing the name clears the error at once, and the banner with it.
    await name.fill('Aktenvernichtung Nord-West');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBeNull();
    expect(await main().locator('.banner-error').count()).toBe(0);
  });

  it('names a refused date by its label, at the field, and drops it once the date is fixed', async () => {
    await open('/requests/new');
    await page.getByLabel('Name des Antragstellers').fill('Eva Groß');
    await page.getByLabel('Eingegangen am').fill('2099-01-01');
    await page.getByRole('button', { name: 'Anfrage anlegen' }).click();
    const date = page.getByLabel('Eingegangen am');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => main().innerText()).toContain('Das Datum liegt in der Zukunft.');
    expect(await main().innerText()).not.toContain('request.receivedOn');
    expect(await main().innerText()).not.toContain('receivedOn');
    await s.shot('forms-request-future');
    await date.fill('2024-01-02');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBeNull();
    expect(await main().innerText()).not.toContain('Das Datum liegt in der Zukunft.');
    expect(await main().locator('.banner-error').count()).toBe(0);
  });

  it('does not offer deleting a processor that activities use, and says why', async () => {
    await open(`/processors/${ids.linked}`);
    const remove = main().getByRole('button', { name: 'Löschen' });
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    const reason = await page
      .locator(`[id="${await remove.getAttribute('aria-describedby')}"]`)
      .textContent();
    expect(reason).toContain('noch von 1 Verarbeitungstätigkeit genutzt');
    expect(await remove.getAttribute('title')).toBe(reason);
    await remove.click({ force: true });
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('does not offer deleting a rule that is still linked', async () => {
    await open(`/retention/${ids.rule}`);
    const remove = main().getByRole('button', { name: 'Löschregel löschen' });
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    await remove.click({ force: true });
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('starts a delete confirmation on Cancel, so Enter deletes nothing', async () => {
    await open(`/processors/${ids.free}`);
    await main().getByRole('button', { name: 'Löschen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await api('processors.get', { id: ids.free })).name).toBe('Aktenvernichtung Nord');
  });

  it('writes the processor’s history with labels, translated states, dates and its files', async () => {
    await api('processors.setAgreement', {
      id: ids.free,
      agreement: { status: 'signed', signedOn: '2026-11-19', version: '2.0' },
    });
    await api('attachments.add', {
      ownerType: 'processor',
      ownerId: ids.free,
      role: 'signed_avv',
      name: 'AVV Aktenvernichtung.pdf',
      base64: Buffer.from('%PDF-1.4').toString('base64'),
    });
    await open(`/processors/${ids.free}`);
    await page.reload();
    await page.getByText('Änderungsverlauf').click();
    const history = page.locator('.history');
    await expect.poll(() => history.innerText()).toContain('Datei hinzugefügt');
    const text = await history.innerText();
    expect(text).toContain('Datei hinzugefügt: AVV Aktenvernichtung.pdf (Unterzeichneter AVV)');
    expect(text).toContain('AV-Vertrag – Status');
    expect(text).toContain('Unterzeichnet');
    expect(text).toContain('19.11.2026');
    expect(text).not.toMatch(/[{}]|"status"|signed_avv|2026-11-19/);
    await s.shot('forms-processor-history');
  });
});
