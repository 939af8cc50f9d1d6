import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canRunE2e, loadAnew, openE2e, type E2eSession } from '../helpers/browser';

// The DPO's cockpit in Chromium: three clients with items from four modules (register,
// processors, requests, breaches) and drafts to review, ordered by urgency and by client, one click from the
// record; the client list with counts and lights; the switcher with each client's open items.
describe.skipIf(!canRunE2e)('the cockpit across clients in the browser', () => {
  let s: E2eSession;
  let page: Page;
  const ids = { autohaus: 0, baeckerei: 0, praxis: 0, breach: 0, draft: 0, reply: 0 };
  const shot = (name: string) => s.shot(`cockpit-${name}`);
  const groupTitles = () => page.locator('.cockpit-group h2').allInnerTexts();
  const inDays = (days: number) =>
    new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    s = await openE2e({ language: 'de' });
    page = s.page;
    page.setDefaultTimeout(10_000);
    ids.autohaus = (
      await s.api('clients.create', { name: 'Autohaus Becker GmbH', city: 'Köln', land: 'NW' })
    ).id;
    ids.baeckerei = (
      await s.api('clients.create', { name: 'Bäckerei Schmidt', city: 'Bonn', land: 'NW' })
    ).id;
    // The practice's details are complete, so its one activity can be complete too.
    ids.praxis = (
      await s.api('clients.create', {
        name: 'Zahnarztpraxis Dr. Weiß',
        street: 'Domplatz 2',
        postcode: '52062',
        city: 'Aachen',
        email: 'praxis@weiss.example',
        land: 'NW',
      })
    ).id;
    // Autohaus: an incomplete activity whose processor has no AVV, and an overdue request.
    const crm = await s.api('activities.create', {
      clientId: ids.autohaus,
      activity: {
        name: 'Kundenkartei Werkstatt',
        subjects: [{ name: 'Kunden' }],
        status: 'active',
      },
    });
    await s.api('processors.create', {
      clientId: ids.autohaus,
      processor: { name: 'Werkstatt-Cloud AG', service: 'Terminplanung', activityIds: [crm.id] },
    });
    await s.api('requests.create', {
      clientId: ids.autohaus,
      request: {
        kind: 'access',
        receivedOn: inDays(-60),
        channel: 'email',
        requesterName: 'Kurt Ölmann',
      },
    });
    // Bäckerei: a breach whose 72 hours run, and no register yet.
    ids.breach = (
      await s.api('breaches.create', {
        clientId: ids.baeckerei,
        breach: {
          title: 'Kassenlaptop gestohlen',
          starter: 'lost_device',
          awareAt: new Date(Date.now() - 3_600_000).toISOString(),
          kinds: ['confidentiality'],
        },
      })
    ).id;
    // Praxis: a complete activity whose review comes within the month; drafts to review:
    // a complete activity still in draft, and a reply waiting for its four-eyes review.
    const completeActivity = {
      purposes: 'Behandlung und Abrechnung',
      legalBases: ['art6_1_b' as const],
      subjects: [{ name: 'Patienten' }],
      dataCategories: [{ name: 'Gesundheitsdaten', special: 'art9' as const }],
      recipients: [{ name: 'Kassenzahnärztliche Vereinigung', type: 'external' as const }],
      retention: '10 Jahre (§ 630f BGB)',
      toms: 'Siehe TOM-Konzept',
    };
    await s.api('activities.create', {
      clientId: ids.praxis,
      activity: {
        name: 'Patientenverwaltung',
        ...completeActivity,
        status: 'active',
        nextReview: inDays(10),
      },
    });
    ids.draft = (
      await s.api('activities.create', {
        clientId: ids.praxis,
        activity: { name: 'Terminerinnerung per SMS', ...completeActivity, status: 'draft' },
      })
    ).id;
    ids.reply = (
      await s.api('requests.create', {
        clientId: ids.praxis,
        request: {
          kind: 'access',
          receivedOn: inDays(-3),
          channel: 'email',
          requesterName: 'Hanna Jäger',
        },
      })
    ).id;
    await s.api('requests.transition', { id: ids.reply, to: 'in_progress' });
    await s.api('requests.transition', { id: ids.reply, to: 'in_review' });
    await loadAnew(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens on the cockpit with every client’s items, the urgent ones first', async () => {
    await expect.poll(() => page.url()).toMatch(/#\/cockpit$/);
    await page.getByRole('heading', { level: 1, name: 'Cockpit' }).waitFor();
    await expect
      .poll(groupTitles)
      .toEqual([
        expect.stringMatching(/^Dringend/),
        expect.stringMatching(/^Bald fällig/),
        expect.stringMatching(/^Zu prüfen/),
      ]);
    const urgent = page.getByRole('region', { name: /^Dringend/ });
    const urgentText = await urgent.innerText();
    for (const text of ['Anfrage überfällig', 'AV-Vertrag fehlt', 'Datenpanne: Frist läuft'])
      expect(urgentText).toContain(text);
    // Each urgent item names its client.
    expect(urgentText).toContain('Autohaus Becker GmbH');
    expect(urgentText).toContain('Bäckerei Schmidt');
    const soon = await page.getByRole('region', { name: /^Bald fällig/ }).innerText();
    expect(soon).toContain('Überprüfung bald');
    expect(soon).toContain('Zahnarztpraxis Dr. Weiß');
    expect(await page.getByRole('region', { name: /^Zu prüfen/ }).innerText()).toContain(
      'Kundenkartei Werkstatt',
    );
    await shot('by-urgency');
  });

  it('orders by client, each with its light and open counts', async () => {
    await page.getByRole('button', { name: 'Mandant', exact: true }).click();
    await expect
      .poll(groupTitles)
      .toEqual([
        expect.stringMatching(/^Autohaus Becker GmbH/),
        expect.stringMatching(/^Bäckerei Schmidt/),
        expect.stringMatching(/^Zahnarztpraxis Dr. Weiß/),
      ]);
    const praxis = await page.getByRole('region', { name: /^Zahnarztpraxis/ }).innerText();
    expect(praxis).toContain('Gelb: offen');
    expect(praxis).toContain('1 bald fällig, 2 zu prüfen');
    const autohaus = await page.getByRole('region', { name: /^Autohaus/ }).innerText();
    expect(autohaus).toContain('Rot: dringend');
    expect(autohaus).toContain('2 dringend, 1 zu prüfen');
    await shot('by-client');
  });

  it('leads from an item to its record in one click', async () => {
    await page.getByRole('link', { name: 'Kassenlaptop gestohlen' }).click();
    await expect
      .poll(() => page.url())
      .toContain(`#/client/${ids.baeckerei}/breaches/${ids.breach}`);
    await page.getByRole('heading', { level: 1, name: /Kassenlaptop gestohlen/ }).waitFor();
  });

  it('lists the clients with their counts and lights, sortable by urgency', async () => {
    await page
      .getByRole('navigation', { name: 'Alle Mandanten' })
      .getByRole('link', { name: 'Mandanten' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mandanten' }).waitFor();
    const rows = () => page.locator('.client-table tbody tr').allInnerTexts();
    await expect.poll(rows).toHaveLength(3);
    const [autohaus, baeckerei, praxis] = (await rows()).map((r) =>
      r.split('\t').map((c) => c.trim()),
    );
    expect(autohaus).toEqual([
      'Autohaus Becker GmbH',
      'Köln',
      'Rot: dringend',
      '2',
      '0',
      '1',
      '1 (1 unvollständig)',
    ]);
    expect(baeckerei).toEqual(['Bäckerei Schmidt', 'Bonn', 'Rot: dringend', '1', '0', '1', '0']);
    expect(praxis).toEqual([
      'Zahnarztpraxis Dr. Weiß',
      'Aachen',
      'Gelb: offen',
      '0',
      '1',
      '2',
      '2',
    ]);
    await page.getByRole('button', { name: 'Dringlichkeit' }).click();
    await expect
      .poll(async () => (await rows()).map((r) => r.split('\t')[0]))
      .toEqual(['Autohaus Becker GmbH', 'Bäckerei Schmidt', 'Zahnarztpraxis Dr. Weiß']);
    await shot('client-list');
    await page.getByRole('link', { name: 'Zahnarztpraxis Dr. Weiß' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/client/${ids.praxis}$`));
  });

  it('shows each client’s open items in the Ctrl+K switcher', async () => {
    await page.keyboard.press('Control+k');
    const list = page.locator('.switcher-list');
    await list.waitFor();
    const option = (name: RegExp) => list.getByRole('option', { name });
    await expect.poll(() => option(/^Autohaus/).innerText()).toContain('2 dringend, 1 zu prüfen');
    expect(await option(/^Autohaus/).innerText()).toContain('Rot: dringend');
    expect(await option(/^Zahnarztpraxis/).innerText()).toContain('1 bald fällig');
    expect(await option(/^Zahnarztpraxis/).innerText()).toContain('Gelb: offen');
    await shot('switcher');
    await page.keyboard.type('bäck');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/client/${ids.baeckerei}$`));
  });

  it('lists the drafts to review, each one click from its record, in the cockpit and at home', async () => {
    await loadAnew(s, '/cockpit');
    await page.getByRole('heading', { level: 1, name: 'Cockpit' }).waitFor();
    await page.getByRole('button', { name: 'Dringlichkeit' }).click();
    const review = page.getByRole('region', { name: /^Zu prüfen/ });
    await expect.poll(() => review.innerText()).toContain('Entwurf bestätigen');
    const text = await review.innerText();
    expect(text).toContain('Antwort prüfen (Vier-Augen)');
    expect(text).toContain('wartet auf die Prüfung durch eine zweite Person');
    expect(text).toContain('Zahnarztpraxis Dr. Weiß');
    await shot('drafts-to-review');
    await review.getByRole('link', { name: 'Hanna Jäger' }).click();
    await expect.poll(() => page.url()).toContain(`#/client/${ids.praxis}/requests/${ids.reply}`);

    // The client's home lists the same drafts; the draft activity opens in one click.
    await loadAnew(s, `/client/${ids.praxis}`);
    const home = page.locator('section[aria-labelledby="attention-title"]');
    await expect.poll(() => home.innerText()).toContain('Entwurf bestätigen');
    expect(await home.innerText()).toContain('Antwort prüfen (Vier-Augen)');
    await shot('home-drafts');
    await home.getByRole('link', { name: 'Terminerinnerung per SMS' }).click();
    await expect.poll(() => page.url()).toContain(`#/client/${ids.praxis}/activities/${ids.draft}`);
  });
});
