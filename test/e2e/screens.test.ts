import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName } from '../../core/api';
import { canRunE2e, openE2e, type E2eSession } from '../helpers/browser';
import { layoutProblems } from '../helpers/layout';

// Every screen at 1024 x 768, in German and English: nothing sticks out sideways, no label
// is cut, no call the screen makes fails. Each screen is saved as a picture to look at.

describe.skipIf(!canRunE2e)('every screen at 1024 px', () => {
  let s: E2eSession;
  let page: Page;
  const failedCalls: string[] = [];
  const ids = {
    org: 0,
    activity: 0,
    processor: 0,
    freeProcessor: 0,
    rule: 0,
    request: 0,
    breach: 0,
  };

  const api = <M extends MethodName>(method: M, input: MethodInput<M>) => s.api(method, input);

  beforeAll(async () => {
    s = await openE2e({ language: 'de' });
    page = s.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/api/')) return;
      const body = (await response.json().catch(() => null)) as {
        ok: boolean;
        error?: { code: string };
      } | null;
      if (body && !body.ok) failedCalls.push(`${url.pathname.slice(5)}: ${body.error?.code}`);
    });
    const org = await api('organisations.create', {
      name: 'Steuerberatungsgesellschaft Müller & Söhne Partnerschaftsgesellschaft mbB',
      street: 'Hauptstraße 1',
      postcode: '80331',
      city: 'München',
      email: 'info@mueller-stb.de',
      land: 'BY',
    });
    ids.org = org.id;
    await api('organisations.create', {
      name: 'Zahnarztpraxis Dr. Weiß',
      city: 'Köln',
      land: 'NW',
    });
    const activity = await api('activities.create', {
      orgId: org.id,
      activity: {
        number: 'VT-01',
        name: 'Lohn- und Gehaltsabrechnung einschließlich Meldungen an Sozialversicherungsträger',
        purposes: 'Abrechnung der Gehälter',
        legalBases: ['art6_1_c'],
        subjects: [{ name: 'Beschäftigte' }],
        dataCategories: [
          { name: 'Bankverbindung' },
          { name: 'Gesundheitsdaten (Arbeitsunfähigkeit)', special: 'art9' },
        ],
        recipients: [
          { name: 'Sozialversicherungsträger', type: 'external' },
          { name: 'Cloud-Anbieter', type: 'third_country', country: 'USA' },
        ],
        transfers: [{ country: 'USA', recipient: 'Cloud-Anbieter', safeguard: 'scc' }],
        retention: '10 Jahre (§ 147 AO)',
        toms: 'Siehe TOM-Konzept',
        status: 'active',
        nextReview: '2027-06-30',
      },
    });
    ids.activity = activity.id;
    const processor = await api('processors.create', {
      orgId: org.id,
      processor: {
        name: 'Rechenzentrum Süßwald GmbH & Co. KG',
        city: 'Nürnberg',
        country: 'Deutschland',
        service: 'Hosting der Lohnsoftware',
        activityIds: [activity.id],
        toms: [{ area: 'zutrittskontrolle', description: 'Chipkarte' }],
      },
    });
    ids.processor = processor.id;
    await api('processors.setAgreement', {
      id: processor.id,
      agreement: { status: 'signed', signedOn: '2026-11-01', version: '1.0' },
    });
    ids.freeProcessor = (
      await api('processors.create', {
        orgId: org.id,
        processor: { name: 'Aktenvernichtung Nord GmbH', city: 'Hamburg', service: 'Entsorgung' },
      })
    ).id;
    ids.rule = (
      await api('retention.create', {
        orgId: org.id,
        rule: {
          name: 'Lohnunterlagen und Buchungsbelege',
          startEvent: 'creation',
          yearEnd: true,
          periodAmount: 10,
          periodUnit: 'years',
          runInterval: 'yearly',
          method: 'delete',
          systems: ['DATEV'],
          activityIds: [activity.id],
        },
      })
    ).id;
    const subjects = await api('catalogues.list', { orgId: org.id, kind: 'subject' });
    ids.request = (
      await api('dsar.create', {
        orgId: org.id,
        request: {
          kind: 'access',
          receivedOn: '2026-11-20',
          channel: 'email',
          requesterName: 'Jürgen Größmann-Oberhäuser',
          requesterEmail: 'j.groessmann@example.de',
          subjectIds: [subjects[0]!.id],
        },
      })
    ).id;
    ids.breach = (
      await api('breaches.create', {
        orgId: org.id,
        breach: {
          title: 'Laptop mit unverschlüsselten Lohnunterlagen im Zug verloren',
          starter: 'lost_device',
          awareAt: new Date(Date.now() - 3_600_000).toISOString(),
          kinds: ['confidentiality', 'availability'],
          subjectIds: [subjects[0]!.id],
          activityIds: [activity.id],
          processorIds: [processor.id],
          subjectsCount: 48,
        },
      })
    ).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  const screens = () => {
    const o = `/org/${ids.org}`;
    return [
      ['home', o],
      ['client-details', `${o}/details`],
      ['client-new', '/clients/new'],
      ['activities', `${o}/activities`],
      ['activity-new', `${o}/activities/new`],
      ['activity', `${o}/activities/${ids.activity}`],
      ['catalogues', `${o}/catalogues`],
      ['processors', `${o}/processors`],
      ['processor-new', `${o}/processors/new`],
      ['processor', `${o}/processors/${ids.processor}`],
      ['processor-templates', `${o}/processors/templates`],
      ['retention', `${o}/retention`],
      ['rule-new', `${o}/retention/new`],
      ['rule', `${o}/retention/${ids.rule}`],
      ['requests', `${o}/requests`],
      ['request-new', `${o}/requests/new`],
      ['request', `${o}/requests/${ids.request}`],
      ['requests-all', '/requests'],
      ['breaches', `${o}/breaches`],
      ['breach-new', `${o}/breaches/new`],
      ['breach', `${o}/breaches/${ids.breach}`],
      ['breach-edit', `${o}/breaches/${ids.breach}/edit`],
      ['breaches-all', '/breaches'],
      ['settings', '/settings'],
    ] as const;
  };

  async function visit(path: string) {
    await page.goto(`${s.web.origin}/#${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect
      .poll(() => page.locator('.page-loading, [role=status]:has-text("…")').count())
      .toBe(0);
    // Open every change history, so its table is measured too.
    for (const summary of await page.locator('details.history > summary').all())
      await summary.click();
    await page.waitForLoadState('networkidle');
  }

  /** The screen as the user scrolls through it: one window-sized picture per 700 px. */
  async function pictures(name: string) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, n = 1; y < height; y += 700, n++) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.screenshot({ path: path.join(s.dir, `${name}-${n}.png`) });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  for (const language of ['de', 'en'] as const) {
    it(`shows every screen inside 1024 px, in ${language === 'de' ? 'German' : 'English'}`, async () => {
      if (language === 'en') await api('preferences.set', { userName: 'E2E Prüferin', language });
      await page.goto(`${s.web.origin}/#/`);
      await page.reload();
      const problems: string[] = [];
      for (const [name, path] of screens()) {
        await visit(path);
        await pictures(`screen-${language}-${name}`);
        problems.push(...(await layoutProblems(page)).map((p) => `${name}: ${p}`));
      }
      expect({ problems, failedCalls }).toEqual({ problems: [], failedCalls: [] });
    });
  }
});
