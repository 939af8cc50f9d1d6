import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity, Language } from '../../core/api';
import { migrations } from '../../db/migrations';
import { openTestApp, sampleClient, tempDir, type TestApp } from '../helpers/app';
import { docxText } from '../helpers/docx';
import { accessRequest } from '../fixtures/requests';

// Activities from starter templates through the handlers: the template's hints reach the
// form only, and its content counts as unconfirmed until the user confirms or edits it.

let app: TestApp;
let clientId: number;

beforeEach(async () => {
  app = await openTestApp({ now: () => new Date('2026-11-23T10:00:00Z') });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterEach(() => app.close());

const fromTemplate = (key: string, language: Language = 'de') =>
  app.call('activities.fromTemplate', { clientId, key, language });

const listIds = async (completeness: 'all' | 'complete' | 'incomplete' | 'unconfirmed') =>
  (await app.call('activities.list', { clientId, completeness })).map((a) => a.id);

describe('content from a starter template', () => {
  it('counts as unconfirmed, not complete, in the activity, the list and on the home screen', async () => {
    const a = await fromTemplate('email_it');
    expect(a.templateKey).toBe('email_it');
    expect(a.completeness.missing).toEqual([]);
    expect(a.completeness.complete).toBe(false);
    expect(a.completeness.unconfirmed).toContain('transfers');
    expect(a.unconfirmed).toEqual(a.completeness.unconfirmed);
    expect(await listIds('unconfirmed')).toEqual([a.id]);
    expect(await listIds('complete')).toEqual([]);
    expect(await listIds('incomplete')).toEqual([]);
    const items = await app.call('home.attention', { clientId });
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'activity_unconfirmed',
        entityId: a.id,
        details: a.unconfirmed,
      }),
    );
    const [summary] = await app.call('clients.list', {});
    expect(summary).toMatchObject({ activityCount: 1, incompleteCount: 1 });
  });

  it('treats a field the user edited as confirmed, and records it', async () => {
    const a = await fromTemplate('email_it');
    const { id: _id, clientId: _o, createdAt: _c, updatedAt: _u, completeness: _x, ...rest } = a;
    const values = stripIds(rest);
    const saved = await app.call('activities.update', {
      id: a.id,
      activity: {
        ...values,
        retention: `${a.retention}\nArchiv: 10 Jahre.`,
        // Pure EU hosting: the template's placeholder transfer does not apply.
        transfers: [],
        recipients: values.recipients.filter((r) => r.type !== 'third_country'),
      },
    });
    expect(saved.unconfirmed).not.toContain('retention');
    expect(saved.unconfirmed).not.toContain('transfers');
    expect(saved.unconfirmed).toContain('toms');
    const [update] = await app.call('audit.list', { entity: 'activity', entityId: a.id });
    expect(update!.changes.unconfirmed).toEqual([a.unconfirmed, saved.unconfirmed]);
  });

  it('is confirmed field by field or all at once, audited, until the activity is complete', async () => {
    const a = await fromTemplate('web_analytics');
    const first = await app.call('activities.confirmTemplate', {
      id: a.id,
      fields: ['transfers'],
    });
    expect(first.unconfirmed).toEqual(a.unconfirmed.filter((f) => f !== 'transfers'));
    expect(first.completeness.unconfirmed).not.toContain('transfers');
    // Confirming it again changes nothing and is not recorded twice.
    await app.call('activities.confirmTemplate', { id: a.id, fields: ['transfers'] });
    const all = await app.call('activities.confirmTemplate', {
      id: a.id,
      fields: [...first.unconfirmed],
    });
    expect(all.unconfirmed).toEqual([]);
    expect(all.completeness.complete).toBe(true);
    expect(await listIds('complete')).toEqual([a.id]);
    const history = await app.call('audit.list', { entity: 'activity', entityId: a.id });
    expect(history.map((h) => [h.action, h.changes.unconfirmed?.[1]])).toEqual([
      ['update', []],
      ['update', first.unconfirmed],
      ['create', a.unconfirmed],
    ]);
    // Complete and confirmed, it is left to confirm as active: a draft to review.
    const attention = await app.call('home.attention', { clientId });
    expect(attention.filter((i) => i.entityId === a.id).map((i) => i.kind)).toEqual([
      'activity_draft',
    ]);
  });

  it('refuses to confirm nothing and an unknown activity', async () => {
    const a = await fromTemplate('payroll');
    const empty = await app.raw('activities.confirmTemplate', { id: a.id, fields: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const unknown = await app.raw('activities.confirmTemplate', {
      id: 9999,
      fields: ['purposes'],
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('stays unconfirmed in a copy', async () => {
    const a = await fromTemplate('payroll');
    const copy = await app.call('activities.duplicate', { id: a.id });
    expect(copy).toMatchObject({ templateKey: 'payroll', unconfirmed: a.unconfirmed });
  });

  it('leaves an activity written from scratch as the user wrote it', async () => {
    const a = await app.call('activities.create', { clientId, activity: { name: 'Eigene' } });
    expect(a).toMatchObject({ templateKey: null, unconfirmed: [] });
  });
});

describe('template hints', () => {
  it('are served for the form in the UI language', async () => {
    const de = await app.call('activityTemplates.hints', { key: 'email_it', language: 'de' });
    expect(de.transfers).toContain('an den tatsächlich genutzten Dienst anpassen');
    const en = await app.call('activityTemplates.hints', { key: 'email_it', language: 'en' });
    expect(en.transfers).toContain('actually used');
  });

  it.each(['de', 'en'] as const)(
    'never reach the register (Word, CSV, JSON) or the Art. 15 reply (%s)',
    async (language) => {
      const keys = ['email_it', 'web_analytics', 'newsletter', 'video_surveillance'];
      const created: Activity[] = [];
      for (const key of keys) created.push(await fromTemplate(key, language));
      const hints = (
        await Promise.all(keys.map((key) => app.call('activityTemplates.hints', { key, language })))
      ).flatMap((h) => Object.values(h));
      expect(hints.length).toBeGreaterThan(5);

      const printed: string[] = [];
      for (const format of ['docx', 'csv', 'json'] as const) {
        const file = await app.call('activities.exportRegister', { clientId, format, language });
        const bytes = Buffer.from(file.base64, 'base64');
        printed.push(format === 'docx' ? docxText(bytes) : bytes.toString('utf8'));
      }
      const subjects = await app.call('catalogues.list', { clientId, kind: 'subject' });
      const request = await app.call('requests.create', {
        clientId,
        request: accessRequest(subjects.map((s) => s.id)),
      });
      await app.call('requests.saveReply', {
        id: request.id,
        activityIds: created.map((a) => a.id),
      });
      await app.call('requests.transition', { id: request.id, to: 'in_progress' });
      const reply = await app.call('requests.letter', {
        id: request.id,
        letter: 'art15',
        language,
      });
      const replyText = docxText(Buffer.from(reply.base64, 'base64'));
      // The reply does name the template's transfer and retention content.
      expect(replyText).toContain('Microsoft Corporation');
      printed.push(replyText);

      for (const text of printed) {
        const flat = text.replace(/\s+/g, ' ');
        for (const hint of hints) expect(flat).not.toContain(hint.replace(/\s+/g, ' '));
        expect(flat).not.toContain('dataprivacyframework.gov');
      }
    },
  );
});

describe('the Art. 15 reply step', () => {
  it('flags a ticked activity whose template content the reply prints is unconfirmed, until confirmed', async () => {
    const a = await fromTemplate('email_it');
    const subjects = await app.call('catalogues.list', { clientId, kind: 'subject' });
    const request = await app.call('requests.create', {
      clientId,
      request: accessRequest(subjects.map((s) => s.id)),
    });
    await app.call('requests.saveReply', { id: request.id, activityIds: [a.id] });
    const row = async () =>
      (await app.call('requests.proposal', { id: request.id })).activities.find(
        (x) => x.id === a.id,
      )!;
    // Only what the reply prints: purposes, data, recipients, transfers, storage, source.
    const flagged = (await row()).unconfirmed;
    expect(flagged).toEqual(expect.arrayContaining(['purposes', 'transfers']));
    expect(flagged).not.toContain('toms');
    expect(flagged).not.toContain('itSystems');
    const current = await app.call('activities.get', { id: a.id });
    await app.call('activities.confirmTemplate', { id: a.id, fields: current.unconfirmed });
    expect((await row()).unconfirmed).toEqual([]);
  });
});

describe('home screen of a new client', () => {
  it('asks for the register while the client has no activity', async () => {
    expect(await app.call('home.attention', { clientId })).toEqual([
      {
        kind: 'register_empty',
        entity: 'client',
        entityId: clientId,
        title: sampleClient.name,
        date: null,
        details: [],
      },
    ]);
    const a = await app.call('activities.create', { clientId, activity: { name: 'Entwurf' } });
    const kinds = (await app.call('home.attention', { clientId })).map((i) => i.kind);
    expect(kinds).toEqual(['activity_incomplete']);
    // Archiving the only activity leaves the register empty again.
    await app.call('activities.archive', { id: a.id });
    expect((await app.call('home.attention', { clientId })).map((i) => i.kind)).toEqual([
      'register_empty',
    ]);
  });
});

describe('a workspace from before template origins were stored', () => {
  it("keeps its activities as the user's own content", async () => {
    const file = path.join(tempDir(), 'alt.sqlite');
    const sqlite = new SQLite(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const provider = { getMigrations: async () => migrations };
    const { error } = await new Migrator({ db, provider }).migrateTo('0005-retention');
    expect(error).toBeUndefined();
    sqlite.exec(`INSERT INTO organisations (id, name, street, city, email, land, created_at, updated_at)
      VALUES (1, 'Alt GmbH', 'Weg 1', 'Bonn', 'a@b.de', 'NW', '2026-01-01', '2026-01-01')`);
    sqlite.exec(`INSERT INTO activities (id, org_id, name, purposes, retention, toms, created_at, updated_at)
      VALUES (5, 1, 'Lohnabrechnung', 'Löhne', '6 Jahre', 'TOM', '2026-01-01', '2026-01-01')`);
    await db.destroy();

    const old = await openTestApp({ file });
    const a = await old.call('activities.get', { id: 5 });
    expect(a).toMatchObject({ templateKey: null, unconfirmed: [] });
    expect(a.completeness.unconfirmed).toEqual([]);
    await old.close();
  });
});

/** Form values of a stored activity: catalogue entries by name, as the form sends them. */
function stripIds<T extends Pick<Activity, 'subjects' | 'dataCategories' | 'recipients'>>(a: T) {
  return {
    ...a,
    subjects: a.subjects.map(({ name }) => ({ name })),
    dataCategories: a.dataCategories.map(({ name, special }) => ({ name, special })),
    recipients: a.recipients.map(({ name, type, country }) => ({ name, type, country })),
  };
}
