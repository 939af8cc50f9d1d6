import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Language } from '../../core/api';
import { laterStateRoutes, screenRoutes, seedScreens, type ScreenIds } from '../fixtures/screens';
import {
  axeFindings,
  canRunE2e,
  formatFindings,
  openE2e,
  showScreen,
  type AxeFinding,
  type E2eSession,
} from '../helpers/browser';
import { rendererI18n } from '../helpers/i18n';

// axe-core (WCAG 2.1 A/AA and best practice) on every screen in German and English: with
// content, empty, with field errors, and with each kind of dialog and popup open. A failure
// lists every violation as "screen (language): rule [impact] element: help".

const languages: Language[] = ['de', 'en'];

/** The seeded records, and an activity from a template whose content is still to confirm. */
type Ids = ScreenIds & { templateActivity: number };

/** A state of a screen that only clicks reach, and how to get there. */
interface Interaction {
  name: string;
  route: (ids: Ids) => string;
  act(page: Page, t: (key: string) => string): Promise<void>;
}

const openDialog = async (page: Page) => {
  await page.locator('dialog[open]').waitFor();
};

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

const interactions: Interaction[] = [
  {
    name: 'client-new with field errors',
    route: () => '/clients/new',
    act: async (page, t) => {
      await page.getByLabel(t('clients:fields.email')).first().fill('keine-adresse');
      await button(page, t('clients:new.submit')).click();
      await page.locator('.field-error').first().waitFor();
    },
  },
  {
    name: 'activity-new with field errors',
    route: (ids) => `/client/${ids.client}/activities/new`,
    act: async (page) => {
      await page.locator('form button[type=submit]').first().click();
      await page.locator('.field-error').first().waitFor();
    },
  },
  {
    name: 'export menu open',
    route: (ids) => `/client/${ids.client}/activities`,
    act: async (page, t) => {
      await button(page, t('activities:export.button')).click();
      await page.locator('.export-menu fieldset').waitFor();
    },
  },
  {
    name: 'row actions menu open',
    route: (ids) => `/client/${ids.client}/activities`,
    act: async (page, t) => {
      await page
        .getByRole('button', { name: new RegExp(`^${t('activities:actions.menu')}:`) })
        .first()
        .click();
      await page.locator('.menu-items').waitFor();
    },
  },
  {
    name: 'activity delete dialog',
    route: (ids) => `/client/${ids.client}/activities`,
    act: async (page, t) => {
      await page
        .getByRole('button', { name: new RegExp(`^${t('activities:actions.menu')}:`) })
        .first()
        .click();
      await button(page, t('activities:actions.deleteEllipsis')).click();
      await openDialog(page);
    },
  },
  {
    name: 'template picker dialog',
    route: (ids) => `/client/${ids.client}/activities`,
    act: async (page, t) => {
      await button(page, t('activities:list.fromTemplate')).first().click();
      await openDialog(page);
    },
  },
  {
    name: 'confirm all template content dialog',
    route: (ids) => `/client/${ids.client}/activities/${ids.templateActivity}`,
    act: async (page, t) => {
      await button(page, t('activities:panel.confirmAll')).click();
      await openDialog(page);
    },
  },
  {
    name: 'unsaved changes dialog',
    route: (ids) => `/client/${ids.client}/activities/${ids.activity}`,
    act: async (page, t) => {
      await page.getByLabel(t('activities:fields.purposes')).first().fill('Geändert');
      await page.locator('nav a[href$="/processors"]').first().click();
      await openDialog(page);
    },
  },
  {
    name: 'client delete dialog',
    route: (ids) => `/client/${ids.emptyClient}/details`,
    act: async (page, t) => {
      await button(page, t('clients:delete.button')).click();
      await openDialog(page);
    },
  },
  {
    name: 'catalogue entry delete dialog',
    route: (ids) => `/client/${ids.client}/catalogues`,
    act: async (page, t) => {
      await page
        .getByRole('button', { name: new RegExp(`^${t('catalogues:actions.delete')}:`) })
        .first()
        .click();
      await openDialog(page);
    },
  },
  {
    name: 'processor delete dialog',
    route: (ids) => `/client/${ids.client}/processors/${ids.freeProcessor}`,
    act: async (page, t) => {
      await button(page, t('processors:editor.delete')).click();
      await openDialog(page);
    },
  },
  {
    name: 'request delete dialog',
    route: (ids) => `/client/${ids.client}/requests/${ids.request}`,
    act: async (page, t) => {
      await button(page, t('requests:detail.delete')).click();
      await openDialog(page);
    },
  },
];

describe.skipIf(!canRunE2e)('accessibility of every screen (axe-core, WCAG 2.1 AA)', () => {
  let s: E2eSession;
  let ids: Ids;

  beforeAll(async () => {
    s = await openE2e({ language: 'de' });
    await s.page.setViewportSize({ width: 1024, height: 768 });
  });
  afterAll(async () => {
    await s?.close();
  });

  const useLanguage = async (language: Language) => {
    await s.api('preferences.set', { userName: 'E2E Prüferin', language });
    await s.page.goto(`${s.web.origin}/#/settings`);
    await s.page.reload();
  };

  it('finds no violation on the welcome and "not found" screens', async () => {
    const findings: AxeFinding[] = [];
    for (const language of languages) {
      await useLanguage(language);
      await showScreen(s, '/');
      findings.push(...(await axeFindings(s.page, `welcome (${language})`)));
      await showScreen(s, '/nowhere');
      findings.push(...(await axeFindings(s.page, `not-found (${language})`)));
    }
    expect(formatFindings(findings)).toBe('');
    // The check sees what it should: a field without a label is reported, by screen.
    await s.page.evaluate(() =>
      document.querySelector('main')?.append(document.createElement('input')),
    );
    const planted = await axeFindings(s.page, 'planted');
    expect(planted.map((f) => `${f.screen}: ${f.rule}`)).toContain('planted: label');
  });

  it('finds no violation on any screen with content, nor on the empty ones', async () => {
    const seeded = await seedScreens((method, input) => s.api(method, input));
    const [template] = await s.api('activityTemplates.list', { language: 'de' });
    const fromTemplate = await s.api('activities.fromTemplate', {
      clientId: seeded.client,
      key: template!.key,
      language: 'de',
    });
    ids = { ...seeded, templateActivity: fromTemplate.id };
    const empty = `/client/${ids.emptyClient}`;
    const emptyScreens = [
      ['empty-home', empty],
      ['empty-activities', `${empty}/activities`],
      ['empty-processors', `${empty}/processors`],
      ['empty-retention', `${empty}/retention`],
      ['empty-requests', `${empty}/requests`],
    ] as const;
    const findings: AxeFinding[] = [];
    for (const language of languages) {
      await useLanguage(language);
      for (const [name, route] of [
        ...screenRoutes(ids),
        ...laterStateRoutes(ids),
        ...emptyScreens,
      ]) {
        await showScreen(s, route);
        // Open every change history: its table is part of the screen.
        for (const summary of await s.page.locator('details.history > summary').all())
          await summary.click();
        findings.push(...(await axeFindings(s.page, `${name} (${language})`)));
      }
    }
    expect(formatFindings(findings)).toBe('');
  });

  it('finds no violation with field errors shown or a dialog or popup open', async () => {
    // A catalogue entry no activity uses any more is the one that can be deleted.
    const gone = await s.api('activities.create', {
      clientId: ids.client,
      activity: { name: 'Besucherverwaltung', subjects: [{ name: 'Lieferanten' }] },
    });
    await s.api('activities.delete', { id: gone.id });
    const findings: AxeFinding[] = [];
    for (const language of languages) {
      await useLanguage(language);
      const i18n = rendererI18n(language);
      const t = (key: string) => i18n.t(key);
      for (const interaction of interactions) {
        await showScreen(s, interaction.route(ids));
        await interaction.act(s.page, t);
        findings.push(...(await axeFindings(s.page, `${interaction.name} (${language})`)));
        // Leave without saving or deleting anything: the next state starts clean.
        await s.page.reload();
      }
    }
    expect(formatFindings(findings)).toBe('');
  });
});
