import path from 'node:path';
import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { MethodInput, MethodName, MethodOutput } from '../core/api';
import { adChannels } from '../core/api/consent-schemas';
import { createAppContext } from '../electron/app-context';
import { dispatch } from '../electron/dispatch';
import { createHandlers } from '../electron/handlers';
import { compare, section, type BenchTools } from './bench-tools';

// Consent records: the channel status of one client with 50,000 persons (target < 50 ms)
// and the import of a newsletter tool's export of 10,000 rows (target < 2 s).

const PERSONS = 50_000;
const IMPORT_ROWS = 10_000;

const wording = {
  name: 'Newsletter-Anmeldung Website',
  purpose: 'Newsletter mit Angeboten',
  channels: ['email' as const],
  advertiser: 'Versandhaus Nord GmbH',
  productScope: 'Gartenmöbel und Zubehör des Versandhauses Nord',
  language: 'de' as const,
  text: 'Ja, ich möchte den Newsletter der Versandhaus Nord GmbH zu Gartenmöbeln und Zubehör per E-Mail erhalten. Meine Einwilligung kann ich jederzeit widerrufen.',
  validFrom: '2020-01-01',
};

/** A German newsletter tool's export: ';', German headers, UTF-8 with BOM. */
function newsletterExport(rows: number, run: number): string {
  const lines = ['E-Mail-Adresse;Vorname;Nachname;Anmeldedatum;Bestätigt am;IP-Adresse'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const minute = String(i % 60).padStart(2, '0');
    lines.push(
      `kunde${run}-${i}@example.org;Jürgen;Größmann-${i};${day}.02.2025 10:${minute};${day}.02.2025 11:${minute};203.0.113.${i % 250}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The import without the app: parse, then one prepared insert per person and per event. */
function rawImport(sqlite: Database.Database) {
  const person = sqlite.prepare(
    `INSERT INTO consent_persons (client_id, name, email, email_key, allowed_email, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, ?, ?)`,
  );
  const event = sqlite.prepare(
    `INSERT INTO consent_events (person_id, client_id, kind, at, text_id, channels, source, ip, recorded_at)
     VALUES (?, ?, ?, ?, ?, '["email"]', 'import', ?, ?)`,
  );
  const german = (s: string) => {
    const [d, m, rest] = s.split('.');
    return `${rest?.slice(0, 4)}-${m}-${d}T${rest?.slice(5)}:00+01:00`;
  };
  return (clientId: number, textId: number, csv: string) => {
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skipEmptyLines: true,
    });
    const now = new Date().toISOString();
    sqlite.transaction(() => {
      for (const cells of parsed.data.slice(1)) {
        const [email = '', first = '', last = '', given = '', confirmed = '', ip = ''] = cells;
        const id = Number(
          person.run(clientId, `${first} ${last}`, email, email.toLowerCase(), now, now)
            .lastInsertRowid,
        );
        event.run(id, clientId, 'given', german(given), textId, ip, now);
        event.run(id, clientId, 'doi_confirmed', german(confirmed), null, ip, now);
      }
    })();
    return parsed.data.length - 1;
  };
}

export async function benchConsent({ call, sqlite: connection }: BenchTools): Promise<void> {
  const sqlite = connection();
  const client = await call('clients.create', {
    name: 'Versandhaus Nord GmbH (Einwilligungen)',
    city: 'Kiel',
    land: 'SH',
  });
  const insert = sqlite.prepare(
    `INSERT INTO consent_persons (client_id, name, email, email_key, allowed_email, allowed_phone,
      allowed_post, suppressed, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = new Date().toISOString();
  // Seeded with SQL in one transaction: the figure is the count, not the seeding.
  sqlite.transaction(() => {
    for (let i = 0; i < PERSONS; i++) {
      const suppressed = i % 17 === 0 ? 1 : 0;
      const email = `person${i}@example.org`;
      insert.run(
        client.id,
        `Person ${i}`,
        email,
        email,
        suppressed ? 0 : i % 3 ? 1 : 0,
        suppressed ? 0 : i % 5 === 0 ? 1 : 0,
        suppressed ? 0 : 1,
        suppressed,
        now,
        now,
      );
    }
  })();
  section(`Consent: one client with ${PERSONS.toLocaleString('en')} persons`);
  const sums = adChannels.map((c) => `coalesce(sum(allowed_${c}), 0) AS ${c}`).join(', ');
  const counts = sqlite.prepare(
    `SELECT count(*) AS persons, coalesce(sum(suppressed), 0) AS suppressed, ${sums}
     FROM consent_persons WHERE client_id = ?`,
  );
  await compare({
    label: 'channel status of 50,000 persons',
    runs: 30,
    kind: 'list',
    target: 50,
    app: () => call('consent.channelStatus', { clientId: client.id }),
    raw: () => counts.get(client.id) as Record<string, number>,
    differs: (app, raw) =>
      app.persons === raw.persons &&
      app.suppressed === raw.suppressed &&
      app.channels.every((c) => raw[c.channel] === c.allowed)
        ? null
        : 'the counts differ',
  });

  // Each run imports into a fresh client, as a first import of a list does.
  section(`Consent: import of ${IMPORT_ROWS.toLocaleString('en')} rows from a CSV export`);
  let run = 0;
  const freshClient = async () => {
    run++;
    const client = await call('clients.create', {
      name: `Importkunde ${run}`,
      city: 'Kiel',
      land: 'SH',
    });
    const text = await call('consent.createText', { clientId: client.id, text: wording });
    return { clientId: client.id, textId: text.id, csv: newsletterExport(IMPORT_ROWS, run) };
  };
  const raw = rawImport(sqlite);
  await compare({
    label: 'import of 10,000 rows: preview, then import (parse, write, audit)',
    runs: 5,
    kind: 'other',
    target: 2000,
    app: async () => {
      const { clientId, textId, csv } = await freshClient();
      const base64 = Buffer.from(csv).toString('base64');
      const preview = await call('consent.previewImport', { clientId, name: 'export.csv', base64 });
      return call('consent.importFile', {
        clientId,
        name: 'export.csv',
        base64,
        mapping: preview.mapping,
        textId,
      });
    },
    raw: async () => {
      const { clientId, textId, csv } = await freshClient();
      return raw(clientId, textId, csv);
    },
    differs: (app, rows) =>
      app.created === rows ? null : `the app created ${app.created}, raw ${rows}`,
  });
}

/** The consent figures in a workspace of their own (`npm run bench -- consent`). */
export async function benchConsentAlone({ dir }: Pick<BenchTools, 'dir'>): Promise<void> {
  const ctx = await createAppContext({
    mode: 'browser',
    dataDir: dir,
    workspacePath: path.join(dir, 'consent.sqlite'),
  });
  const handlers = createHandlers();
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await dispatch(handlers, ctx, method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as MethodOutput<M>;
  };
  await benchConsent({ ctx, dir, call, sqlite: () => ctx.workspace().sqlite });
  await ctx.close();
}
