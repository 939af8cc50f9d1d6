import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { openTestApp, tempDir, type TestApp } from '../helpers/app';

// Every released schema version has a fixture workspace (made by the migrations and API of
// its time, scripts/make-workspace-fixture.ts). Opening it must migrate it to the newest
// schema without losing a row, after leaving an untouched copy beside it.

const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/workspaces');
const fixtures = fs.readdirSync(fixtureDir).filter((f) => f.endsWith('.sql'));
const latest = Object.keys(migrations).sort().at(-1);

function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
  db.close();
  return counts;
}

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('fixture workspaces of every released schema version', () => {
  it('has a fixture for the newest schema', () => {
    expect(fixtures).toContain(`${latest}.sql`);
  });

  for (const fixture of fixtures) {
    const version = fixture.replace(/\.sql$/, '');
    it(`opens the ${version} workspace, migrates it and keeps its data`, async () => {
      const file = path.join(tempDir(), 'workspace.sqlite');
      const seed = new Database(file);
      seed.exec(fs.readFileSync(path.join(fixtureDir, fixture), 'utf8'));
      seed.close();
      const before = rowCounts(file);
      expect(Object.values(before).every((n) => n >= 0)).toBe(true);

      app = await openTestApp({ file, now: () => new Date('2026-12-01T10:00:00Z') });
      const copy = app.ctx.workspace().preMigrationCopy;
      if (version === latest) {
        expect(copy).toBeNull();
      } else {
        // The copy is the file as it was: same tables, same rows.
        expect(copy).not.toBeNull();
        expect(rowCounts(copy!)).toEqual(before);
      }

      const [client] = await app.call('clients.list', {});
      expect(client?.name).toBe('Bäckerei Müller & Söhne GmbH');
      const activities = await app.call('activities.list', { clientId: client!.id, status: 'all' });
      expect(activities.map((a) => a.name).sort()).toEqual([
        'Kundenverwaltung',
        'Lohn- und Gehaltsabrechnung',
      ]);
      const payroll = await app.call('activities.get', {
        id: activities.find((a) => a.number === 'VT-01')!.id,
      });
      expect(payroll.dataCategories.map((d) => [d.name, d.special])).toContainEqual([
        'Gesundheitsdaten',
        'art9',
      ]);
      expect(payroll.transfers[0]?.country).toBe('USA');

      const {
        items: [processor],
      } = await app.call('processors.list', { clientId: client!.id });
      expect(processor?.name).toBe('Rechenzentrum Süßwald GmbH');
      const files = await app.call('attachments.list', {
        ownerType: 'processor',
        ownerId: processor!.id,
      });
      const file0 = await app.call('attachments.get', { id: files[0]!.id });
      expect(Buffer.from(file0.base64, 'base64').toString('utf8')).toContain('unterschriebener');

      const requests = await app.call('requests.list', { clientId: client!.id, state: 'all' });
      expect(requests.map((r) => r.requesterName).sort()).toEqual(['Jürgen Weiß', 'Änne Schäfer']);
      // From 0010 on, who prepared, reviewed and sent a reply is on record with the account.
      if (version >= '0010') {
        const sent = await app.call('requests.get', {
          id: requests.find((r) => r.requesterName === 'Jürgen Weiß')!.id,
        });
        expect(sent.preparedBy).toMatchObject({ name: 'Fixture Nutzerin', account: 'fixture' });
        expect(sent.review).toMatchObject({ reviewer: 'Björn Prüfer', account: 'pruefer' });
        expect(sent.sentBy).toEqual({ name: 'Fixture Nutzerin', account: 'fixture' });
      }
      const rules = await app.call('retention.list', { clientId: client!.id });
      expect(rules.map((r) => r.name)).toContain('Lohnunterlagen');
      // Every client has the rule for its closed requests (default: 3 years, § 195 BGB).
      expect(rules.find((r) => r.appliesTo === 'closed_requests')).toMatchObject({
        name: 'Abgeschlossene Betroffenenanfragen',
        periodAmount: 3,
        periodUnit: 'years',
        yearEnd: true,
      });
      const runs = await app.call('retention.runs', { clientId: client!.id });
      expect(runs).toHaveLength(1);

      // The breach log exists from 0011 on: its breach keeps its notice, links and file.
      if (version >= '0011') {
        const [breach] = await app.call('breaches.list', { clientId: client!.id });
        const full = await app.call('breaches.get', { id: breach!.id });
        expect(full.title).toBe('Lohnabrechnung an falsche Empfängerin gemailt');
        expect(full.notices[0]?.reference).toBe('LDA-2026-Ä1');
        expect(full.data.map((d) => d.special)).toEqual(['art9']);
        expect(full.atProcessor?.name).toBe('Rechenzentrum Süßwald GmbH');
        const breachFiles = await app.call('attachments.list', {
          ownerType: 'breach',
          ownerId: breach!.id,
        });
        expect(breachFiles.map((f) => f.name)).toEqual(['Löschbestätigung.pdf']);
        // The reference printed on the notices is the one it had (stored from 0015 on).
        expect(full.reference).toBe(`DP-2026-${breach!.id}`);
      }

      // From 0015 on every record has a uid of its own: a hand-over file can be merged back.
      const sqlite = app.ctx.workspace().sqlite;
      for (const table of ['clients', 'activities', 'requests', 'attachments', 'breaches']) {
        const uids = sqlite.prepare(`SELECT uid FROM ${table}`).pluck().all() as (string | null)[];
        expect(
          uids.every((uid) => typeof uid === 'string' && uid.length === 32),
          table,
        ).toBe(true);
        expect(new Set(uids).size, table).toBe(uids.length);
      }

      // The DPIA of an activity exists from 0017 on: its screening, record and file survive.
      if (version >= '0017') {
        const activities = await app.call('activities.list', { clientId: client!.id });
        const payroll = activities.find((a) => a.number === 'VT-01')!;
        const dpia = await app.call('dpia.get', { activityId: payroll.id });
        expect(dpia.screening).toMatchObject({ ruleResult: 'needed', result: 'needed' });
        expect(dpia.record).toMatchObject({
          reference: 'DSFA-2026-Ü1',
          outcome: 'risks_addressed',
        });
        const files = await app.call('attachments.list', {
          ownerType: 'dpia',
          ownerId: payroll.id,
        });
        expect(files.map((f) => f.name)).toEqual(['DSFA-Bericht Lohn.pdf']);
      }

      // Nothing was lost: every table of the fixture has at least the rows it had.
      const after = rowCounts(file);
      for (const [table, count] of Object.entries(before)) {
        if (table.startsWith('kysely_')) continue;
        expect(
          after[table === 'organisations' ? 'clients' : table] ?? 0,
          table,
        ).toBeGreaterThanOrEqual(count);
      }
    });
  }
});
