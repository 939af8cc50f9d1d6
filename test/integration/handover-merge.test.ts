import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../core/api';
import { readClientRows } from '../../db/repos/handover.repo';
import { recordHashes, recordsOf } from '../../electron/handlers/clients/handover-records';
import { misdirectedEmail, seedBreachClient } from '../fixtures/breaches';
import { accessRequest } from '../fixtures/requests';
import { openTestApp, type TestApp } from '../helpers/app';

// A hand-over file merged back into the client it was made from, through the real handlers
// on real workspace files: the work done in the other workspace arrives as if it had been
// done here; what both sides changed is shown as a conflict and applied as chosen; a file
// of another client is refused with nothing written.

let here: TestApp;
let there: TestApp;
const now = new Date('2026-11-20T10:00:00Z');
const letter = Buffer.from('%PDF-1.7 Löschbestätigung für Jürgen Größmann', 'utf8');

beforeEach(async () => {
  here = await openTestApp({ now: () => now });
  there = await openTestApp({ now: () => now });
});
afterEach(async () => {
  await here.close();
  await there.close();
});

const invoices = {
  name: 'Rechnungen',
  startEvent: 'creation' as const,
  periodAmount: 8,
  periodUnit: 'years' as const,
  yearEnd: true,
  runInterval: 'monthly' as const,
  method: 'delete' as const,
  systems: ['DATEV'],
};

const customers = (department: string) => ({
  number: 'VT-01',
  name: 'Kundenverwaltung',
  department,
  subjects: [{ name: 'Kunden' }],
  dataCategories: [{ name: 'Kontaktdaten' }, { name: 'Bestelldaten' }],
  status: 'active' as const,
});

/** A client with a register, a processor, a breach, a rule; exported and imported there. */
async function handedOver() {
  const client = await seedBreachClient(here);
  await here.call('breaches.create', {
    clientId: client.clientId,
    breach: misdirectedEmail(client),
  });
  const rule = await here.call('retention.create', { clientId: client.clientId, rule: invoices });
  // The other workspace holds a client of its own, so every imported row gets another id.
  const other = await seedBreachClient(there, 'Andere Kanzlei GmbH');
  await there.call('breaches.create', {
    clientId: other.clientId,
    breach: misdirectedEmail(other),
  });
  const exported = await here.call('clients.exportFile', { id: client.clientId });
  const preview = await there.call('clients.previewImport', { base64: exported.base64 });
  expect(preview.sameClient).toBeNull();
  const copy = await there.call('clients.importFile', { base64: exported.base64 });
  const activityThere = async () => {
    const list = await there.call('activities.list', { clientId: copy.id, status: 'all' });
    return list.find((a) => a.number === 'VT-01')?.id ?? 0;
  };
  const [ruleThere] = (await there.call('retention.list', { clientId: copy.id })).filter(
    (r) => r.name === 'Rechnungen',
  );
  return {
    client,
    rule,
    copy,
    activityThere: await activityThere(),
    ruleThere: ruleThere?.id ?? 0,
  };
}

const recordsIn = async (app: TestApp, clientId: number) =>
  recordHashes(recordsOf(await readClientRows(app.ctx.workspace().db, clientId)));
const auditCount = (app: TestApp) =>
  app.ctx.workspace().sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

async function registerCsv(app: TestApp, clientId: number) {
  const file = await app.call('activities.exportRegister', {
    clientId,
    format: 'csv',
    language: 'de',
  });
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

async function filesOf(app: TestApp, clientId: number) {
  const requests = await app.call('requests.list', { clientId });
  const lists = await Promise.all(
    requests.map((r) => app.call('attachments.list', { ownerType: 'request', ownerId: r.id })),
  );
  return lists.flat().map((f) => [f.name, f.sha256]);
}

async function department(app: TestApp, clientId: number) {
  const list = await app.call('activities.list', { clientId, status: 'all' });
  const id = list.find((a) => a.number === 'VT-01')?.id ?? 0;
  return (await app.call('activities.get', { id })).department;
}

describe('merging a hand-over file back into its client', () => {
  it('brings the work done elsewhere back as if it had been done here', async () => {
    const { client, copy, activityThere, ruleThere } = await handedOver();
    const [breachHere] = await here.call('breaches.list', { clientId: client.clientId });
    const [breachThere] = await there.call('breaches.list', { clientId: copy.id });
    // The reference printed on a notification stays what it was, though the id is new.
    expect(breachThere?.id).not.toBe(breachHere?.id);
    expect(breachThere?.reference).toBe(breachHere?.reference);

    // Elsewhere: an activity edited, a request with a file added, a rule deleted.
    await there.call('activities.update', { id: activityThere, activity: customers('Vertrieb') });
    const request = await there.call('requests.create', {
      clientId: copy.id,
      request: accessRequest([]),
    });
    await there.call('attachments.add', {
      ownerType: 'request',
      ownerId: request.id,
      role: '',
      name: 'Löschbestätigung.pdf',
      mimeType: 'application/pdf',
      base64: letter.toString('base64'),
    });
    await there.call('retention.delete', { id: ruleThere });
    const back = await there.call('clients.exportFile', { id: copy.id });

    // The file is recognised as coming from this workspace's client: it can be merged.
    const asImport = await here.call('clients.previewImport', { base64: back.base64 });
    expect(asImport.sameClient).toEqual({
      id: client.clientId,
      name: 'Bäckerei Müller & Söhne GmbH',
    });
    const preview = await here.call('clients.previewMerge', {
      base64: back.base64,
      clientId: client.clientId,
    });
    const summary = preview.changes.map((c) => `${c.status} ${c.table} ${c.label}`).sort();
    expect(summary).toEqual([
      'changed activities Kundenverwaltung',
      'deleted retention_rules Rechnungen',
      'new attachments Löschbestätigung.pdf',
      'new requests Jürgen Größmann',
    ]);
    const edited = preview.changes.find((c) => c.table === 'activities');
    expect(edited?.fields).toContainEqual({ field: 'department', before: '', after: 'Vertrieb' });

    const result = await here.call('clients.mergeFile', {
      base64: back.base64,
      clientId: client.clientId,
    });
    expect(result).toMatchObject({ added: 2, changed: 1, deleted: 1, conflicts: 0 });
    expect(await recordsIn(here, client.clientId)).toEqual(await recordsIn(there, copy.id));
    expect(await registerCsv(here, client.clientId)).toBe(await registerCsv(there, copy.id));
    expect(await filesOf(here, client.clientId)).toEqual([
      ['Löschbestätigung.pdf', expect.any(String)],
    ]);
    expect(await filesOf(here, client.clientId)).toEqual(await filesOf(there, copy.id));

    const [entry] = await here.call('audit.list', { entity: 'client', entityId: client.clientId });
    expect(JSON.stringify(entry)).toContain(preview.sha256);
    expect(await here.call('audit.verify', {})).toMatchObject({ intact: true });

    // Merged once, the same file changes nothing more.
    const again = await here.call('clients.previewMerge', {
      base64: back.base64,
      clientId: client.clientId,
    });
    expect(again.changes).toEqual([]);
  });

  it('shows a record changed on both sides as a conflict and applies the choice', async () => {
    for (const take of ['ours', 'theirs'] as const) {
      await here.close();
      await there.close();
      here = await openTestApp({ now: () => now });
      there = await openTestApp({ now: () => now });
      const { client, copy, activityThere } = await handedOver();
      await there.call('activities.update', { id: activityThere, activity: customers('Vertrieb') });
      const list = await here.call('activities.list', { clientId: client.clientId, status: 'all' });
      const activityHere = list.find((a) => a.number === 'VT-01')?.id ?? 0;
      await here.call('activities.update', { id: activityHere, activity: customers('Einkauf') });
      const { base64 } = await there.call('clients.exportFile', { id: copy.id });

      const preview = await here.call('clients.previewMerge', {
        base64,
        clientId: client.clientId,
      });
      expect(preview.changes).toHaveLength(1);
      const [conflict] = preview.changes;
      expect(conflict).toMatchObject({ status: 'conflict', table: 'activities' });
      expect(conflict?.fields).toContainEqual({
        field: 'department',
        before: 'Einkauf',
        after: 'Vertrieb',
      });

      // Without a choice nothing is written.
      const before = auditCount(here);
      const refused = await here.raw('clients.mergeFile', { base64, clientId: client.clientId });
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.issues?.map((i: FieldIssue) => i.key)).toEqual(['mergeChoiceMissing']);
      }
      expect(auditCount(here)).toBe(before);

      const choices = [{ key: conflict?.key ?? '', take }];
      const result = await here.call('clients.mergeFile', {
        base64,
        clientId: client.clientId,
        choices,
      });
      expect(result.conflicts).toBe(1);
      expect(await department(here, client.clientId)).toBe(
        take === 'ours' ? 'Einkauf' : 'Vertrieb',
      );
      expect(await here.call('audit.verify', {})).toMatchObject({ intact: true });
    }
  });

  it('shows a deletion there of a record changed here as a conflict', async () => {
    const { client, rule, copy, ruleThere } = await handedOver();
    await there.call('retention.delete', { id: ruleThere });
    await here.call('retention.update', {
      id: rule.id,
      rule: { ...invoices, responsible: 'Jürgen Müller' },
    });
    const { base64 } = await there.call('clients.exportFile', { id: copy.id });

    const preview = await here.call('clients.previewMerge', { base64, clientId: client.clientId });
    expect(preview.changes.map((c) => [c.status, c.table, c.label])).toEqual([
      ['conflict', 'retention_rules', 'Rechnungen'],
    ]);
    const [conflict] = preview.changes;
    expect(conflict?.fields).toContainEqual({ field: 'name', before: 'Rechnungen', after: null });

    await here.call('clients.mergeFile', {
      base64,
      clientId: client.clientId,
      choices: [{ key: conflict?.key ?? '', take: 'ours' }],
    });
    const kept = await here.call('retention.get', { id: rule.id });
    expect(kept.responsible).toBe('Jürgen Müller');

    // The same conflict decided for the file deletes the rule.
    await here.call('retention.update', {
      id: rule.id,
      rule: { ...invoices, responsible: 'Anna Roth' },
    });
    const second = await here.call('clients.previewMerge', { base64, clientId: client.clientId });
    await here.call('clients.mergeFile', {
      base64,
      clientId: client.clientId,
      choices: second.changes.map((c) => ({ key: c.key, take: 'theirs' as const })),
    });
    const rules = await here.call('retention.list', { clientId: client.clientId });
    expect(rules.map((r) => r.name)).not.toContain('Rechnungen');
  });

  it('refuses a file of another client and writes nothing', async () => {
    const { client, copy } = await handedOver();
    const { base64 } = await there.call('clients.exportFile', { id: copy.id });
    const stranger = await here.call('clients.create', { name: 'Fremde GmbH', land: 'BE' });
    const foreign = await there.call('clients.exportFile', {
      id:
        (await there.call('clients.list', {})).find((c) => c.name === 'Andere Kanzlei GmbH')?.id ??
        0,
    });
    const before = auditCount(here);
    const records = await recordsIn(here, client.clientId);
    for (const [file, clientId] of [
      [base64, stranger.id],
      [foreign.base64, client.clientId],
    ] as const) {
      for (const method of ['clients.previewMerge', 'clients.mergeFile']) {
        const envelope = await here.raw(method, { base64: file, clientId });
        expect(envelope.ok).toBe(false);
        if (envelope.ok) continue;
        expect(envelope.error.issues?.map((i: FieldIssue) => `${i.path} ${i.key}`)).toEqual([
          'file handoverOtherClient',
        ]);
        expect(envelope.error.issues?.[0]?.message).toContain('anderen Mandanten');
      }
    }
    expect(auditCount(here)).toBe(before);
    expect(await recordsIn(here, client.clientId)).toEqual(records);
  });
});
