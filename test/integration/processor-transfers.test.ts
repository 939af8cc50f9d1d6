import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityInput, ProcessorInput } from '../../core/api';
import { migrations } from '../../db/migrations';
import { docxText } from '../helpers/docx';
import { openTestApp, sampleClient, tempDir, type TestApp } from '../helpers/app';

// Third-country transfers follow the processors (Art. 30(1)(e), Art. 44 ff. GDPR): an
// activity linked to a processor or sub-processor outside the EU/EEA shows that transfer in
// the register, on the activity and in the completeness check, through the handlers.

let app: TestApp;
let clientId: number;

beforeEach(async () => {
  app = await openTestApp({ now: () => new Date('2026-11-23T10:00:00Z') });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterEach(() => app.close());

const newsletter: ActivityInput = {
  name: 'Newsletter',
  purposes: 'Versand des Newsletters an Kunden',
  subjects: [{ name: 'Abonnenten' }],
  dataCategories: [{ name: 'E-Mail-Adresse' }],
  recipients: [{ name: 'IT-Abteilung', type: 'internal' }],
  retention: 'Bis zur Abmeldung',
  toms: 'TOM-Konzept',
  status: 'active',
};

const mailer: ProcessorInput = {
  name: 'Mailversand Inc.',
  street: '1 Market Street',
  city: 'San Francisco',
  country: 'USA',
  countryKind: 'third_country',
  safeguard: 'scc',
  safeguardNote: 'SCC 2021/914 Modul 2 vom 01.03.2026, ergänzt um Verschlüsselung',
  tiaDoneOn: '2026-02-15',
  tiaReference: 'TIA-2026-07',
  subProcessors: [
    {
      name: 'Rechenzentrum Frankfurt GmbH',
      country: 'Deutschland',
      countryKind: 'eu_eea',
      service: 'Hosting',
    },
    {
      name: 'Support Bengaluru Pvt. Ltd.',
      country: 'Indien',
      countryKind: 'third_country',
      safeguard: 'scc',
      service: 'Support',
    },
  ],
};

async function linked(processor: ProcessorInput = mailer) {
  const activity = await app.call('activities.create', { clientId, activity: newsletter });
  const p = await app.call('processors.create', {
    clientId,
    processor: { ...processor, activityIds: [activity.id] },
  });
  return { activity, p };
}

const registerText = async (language: 'de' | 'en' = 'de') => {
  const file = await app.call('activities.exportRegister', { clientId, format: 'docx', language });
  return docxText(Buffer.from(file.base64, 'base64'));
};

describe('third-country transfers through processors', () => {
  it('prints the US processor and its onward transfer in the register, not "no transfer"', async () => {
    await linked();
    const text = await registerText();
    expect(text).not.toContain('Keine Übermittlung an Drittländer');
    for (const expected of [
      'USA',
      'Empfänger: Mailversand Inc. (Auftragsverarbeiter)',
      'Garantie: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
      'SCC 2021/914 Modul 2 vom 01.03.2026, ergänzt um Verschlüsselung',
      'Transfer Impact Assessment (TIA): 15.02.2026, TIA-2026-07',
      'Indien',
      'Empfänger: Support Bengaluru Pvt. Ltd. (Unterauftragsverarbeiter von Mailversand Inc.)',
    ]) {
      expect(text).toContain(expected);
    }
    // A sub-processor inside the EU/EEA is no transfer.
    expect(text).not.toContain('Rechenzentrum Frankfurt GmbH (Unterauftragsverarbeiter');
    const csv = await app.call('activities.exportRegister', {
      clientId,
      format: 'csv',
      language: 'en',
    });
    const csvText = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(csvText).toContain('USA – Recipient: Mailversand Inc. (processor)');
    expect(csvText).toContain(
      'Indien – Recipient: Support Bengaluru Pvt. Ltd. (sub-processor of Mailversand Inc.)',
    );
    const json = await app.call('activities.exportRegister', {
      clientId,
      format: 'json',
      language: 'de',
    });
    const data = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as {
      activities: {
        transfers: unknown[];
        thirdCountryTransfers: { country: string; recipient: string; via: string }[];
      }[];
    };
    // The stored transfers stay as typed; the derived ones have a field of their own.
    expect(data.activities[0]!.transfers).toEqual([]);
    expect(
      data.activities[0]!.thirdCountryTransfers.map((t) => [t.country, t.recipient, t.via]),
    ).toEqual([
      ['USA', 'Mailversand Inc.', ''],
      ['Indien', 'Support Bengaluru Pvt. Ltd.', 'Mailversand Inc.'],
    ]);
  });

  it('shows them on the activity and keeps the activity complete when documented', async () => {
    const { activity } = await linked();
    const got = await app.call('activities.get', { id: activity.id });
    expect(got.processors?.map((p) => p.name)).toEqual(['Mailversand Inc.']);
    expect(got.completeness.complete).toBe(true);
  });

  it('names the transfers through the processor in the Art. 15 reply (Art. 15(2)), without the internal notes', async () => {
    const { activity } = await linked();
    const subjects = await app.call('catalogues.list', { clientId, kind: 'subject' });
    const request = await app.call('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2026-11-20',
        channel: 'email',
        requesterName: 'Jana Abonnentin',
        requesterEmail: 'jana@example.de',
        subjectIds: subjects.map((s) => s.id),
      },
    });
    await app.call('requests.saveReply', { id: request.id, activityIds: [activity.id] });
    await app.call('requests.transition', { id: request.id, to: 'in_progress' });
    for (const language of ['de', 'en'] as const) {
      const reply = await app.call('requests.letter', {
        id: request.id,
        letter: 'art15',
        language,
      });
      const text = docxText(Buffer.from(reply.base64, 'base64'));
      const section = text.slice(text.indexOf(language === 'de' ? 'Art. 15 Abs. 2' : 'Art. 15(2)'));
      expect(text).not.toContain(
        language === 'de' ? 'Daten nicht in ein Drittland' : 'data to a third country',
      );
      expect(section).toContain('USA');
      expect(section).toContain('Mailversand Inc.');
      expect(section).toContain('Indien');
      expect(section).toContain('Support Bengaluru Pvt. Ltd.');
      // The EU sub-processor is no transfer; the safeguard note and TIA are for the authority.
      expect(section).not.toContain('Rechenzentrum Frankfurt');
      expect(text).not.toContain('TIA-2026-07');
      expect(text).not.toContain('ergänzt um Verschlüsselung');
    }
  });

  it('flags a processor or sub-processor without a safeguard or a country, naming it', async () => {
    const { activity, p } = await linked({
      ...mailer,
      safeguard: 'none',
      subProcessors: [
        { name: 'Support ohne Land', countryKind: 'third_country', safeguard: 'scc' },
      ],
    });
    const got = await app.call('activities.get', { id: activity.id });
    expect(got.completeness.missing).toEqual(['transfers']);
    expect(got.completeness.transferIssues).toEqual([
      {
        source: 'processor',
        recipient: 'Mailversand Inc.',
        via: '',
        country: 'USA',
        problem: 'safeguard',
      },
      {
        source: 'subProcessor',
        recipient: 'Support ohne Land',
        via: 'Mailversand Inc.',
        country: '',
        problem: 'country',
      },
    ]);
    // The list, the home screen and the client list agree with the activity page.
    const list = await app.call('activities.list', { clientId });
    expect(list[0]!.completeness.complete).toBe(false);
    const home = await app.call('home.attention', { clientId });
    expect(home.find((i) => i.kind === 'activity_incomplete')?.details).toEqual(['transfers']);
    const clients = await app.call('clients.list', {});
    expect(clients.find((c) => c.id === clientId)?.incompleteCount).toBe(1);

    // Documented on the processor: complete everywhere.
    await app.call('processors.update', {
      id: p.id,
      processor: { ...mailer, activityIds: [activity.id] },
    });
    expect((await app.call('activities.get', { id: activity.id })).completeness.complete).toBe(
      true,
    );
    expect((await app.call('clients.list', {}))[0]!.incompleteCount).toBe(0);
  });
});

describe('a workspace from before sub-processors had a country kind', () => {
  it('keeps EU sub-processors inside and asks about the others', async () => {
    const file = path.join(tempDir(), 'alt.sqlite');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0005-retention')).error).toBeUndefined();
    const at = '2026-01-01T00:00:00.000Z';
    const old = [
      { name: 'Hoster GmbH', address: 'Berlin', country: 'Deutschland', service: 'Hosting' },
      { name: 'Backup AG', address: 'Zürich', country: 'Schweiz', service: 'Backup' },
      { name: 'Ohne Land', address: '', country: '', service: '' },
    ];
    await db.destroy();
    const raw = new SQLite(file);
    raw
      .prepare(
        "INSERT INTO organisations (id, name, land, created_at, updated_at) VALUES (1, 'Alt GmbH', 'BY', ?, ?)",
      )
      .run(at, at);
    raw
      .prepare(
        `INSERT INTO processors (org_id, name, sub_processors, toms, created_at, updated_at)
         VALUES (1, 'Alt-Dienst', ?, ?, ?, ?)`,
      )
      .run(
        JSON.stringify(old),
        JSON.stringify([{ area: 'zutrittskontrolle', description: 'Karte' }]),
        at,
        at,
      );
    raw.close();

    const migrated = await openTestApp({ file });
    try {
      const [summary] = (await migrated.call('processors.list', { clientId: 1 })).items;
      const p = await migrated.call('processors.get', { id: summary!.id });
      expect(p.subProcessors.map((s) => [s.name, s.countryKind, s.safeguard, s.contact])).toEqual([
        ['Hoster GmbH', 'eu_eea', 'none', ''],
        ['Backup AG', 'third_country', 'none', ''],
        ['Ohne Land', 'eu_eea', 'none', ''],
      ]);
      expect(p.toms).toEqual([
        { area: 'zutrittskontrolle', description: 'Karte', notApplicable: false },
      ]);
      expect([p.tiaDoneOn, p.tiaReference, p.legalRepresentative]).toEqual([null, '', '']);
    } finally {
      await migrated.close();
    }
  });
});
