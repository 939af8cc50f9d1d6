import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, reviewChecks, type MethodName } from '../../core/api';
import { goodTemplateLines, templateDocx } from '../fixtures/avv';
import { germanCsv, manyRows } from '../fixtures/register-sheets';
import { customerActivities } from '../fixtures/requests';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';

// Every method of the contract is either a read, a file operation outside the workspace's
// records, or a write with a scenario here that proves it appends an audit entry. A new
// method fails the first test until it is classified; a write that forgets its audit entry
// fails its scenario (and the transaction guard rolls it back with an error).

/** Methods that only read the workspace (or build a document from it). */
const reads = new Set<MethodName>([
  'workspace.info',
  'preferences.get',
  'clients.list',
  'clients.get',
  'clients.deletionImpact',
  'clients.exportFile',
  'clients.previewImport',
  'clients.previewMerge',
  'activities.list',
  'activities.get',
  'activityTemplates.list',
  'activityTemplates.hints',
  'catalogues.list',
  'audit.list',
  'audit.verify',
  'home.attention',
  'home.cockpit',
  'activities.exportRegister',
  'attachments.list',
  'attachments.get',
  'processors.list',
  'processors.get',
  'processors.forActivity',
  'processors.getSettings',
  'processors.checkDraft',
  'avvTemplates.list',
  'requests.list',
  'requests.counts',
  'requests.get',
  'requests.proposal',
  'requests.forActivity',
  'requests.letter',
  'retention.catalogue',
  'retention.list',
  'retention.get',
  'retention.forActivity',
  'retention.dueDates',
  'retention.classes',
  'retention.plan',
  'retention.runs',
  'retention.exportConcept',
  'breaches.list',
  'breaches.counts',
  'breaches.get',
  'breaches.starters',
  'breaches.document',
  'breaches.exportRegister',
  'consent.listTexts',
  'consent.getText',
  'consent.persons',
  'consent.getPerson',
  'consent.channelStatus',
  'consent.previewImport',
  'activities.previewImport',
  'consent.exportSuppression',
  'consent.forRequest',
  'dpia.get',
  'dpia.dskList',
]);

/** Methods that change files or settings, not the records of the open workspace. */
const fileOperations = new Set<MethodName>([
  'workspace.create',
  'workspace.open',
  'workspace.saveCopy',
  'workspace.showInFolder',
  'preferences.set',
  'desktop.saveFile',
]);

let app: TestApp;
const ids = {
  client: 0,
  activity: 0,
  second: 0,
  fromTemplate: 0,
  processor: 0,
  template: 0,
  request: 0,
  other: 0,
  rule: 0,
  period: 0,
  file: 0,
  recipient: 0,
  entry: 0,
  breach: 0,
};

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
const draftOptions = { language: 'de' as const, jurisdiction: 'München', place: 'München' };
const request = {
  kind: 'erasure' as const,
  receivedOn: '2025-02-03',
  channel: 'email' as const,
  requesterName: 'Karla Kolumna',
};
const eml = Buffer.from(
  'From: Karla <karla@example.org>\r\nDate: Mon, 3 Feb 2025 10:00:00 +0100\r\nSubject: Auskunft\r\n\r\nBitte Auskunft.',
).toString('base64');

/** In order: later steps use what earlier ones made; deletions come last. */
const scenarios: [string, () => Promise<unknown>][] = [
  // The rest of the run works on a new file, encrypted (the one opened at start stays plain).
  [
    'workspace.setPassphrase',
    async () => {
      await app.call('workspace.create', { path: `${app.dir}/verschluesselt.sqlite` });
      await app.call('workspace.setPassphrase', { passphrase: 'Korrekt Pferd Batterie' });
    },
  ],
  [
    'workspace.setPassphrase (changed)',
    () =>
      app.call('workspace.setPassphrase', {
        current: 'Korrekt Pferd Batterie',
        passphrase: 'Ein anderer langer Satz',
      }),
  ],
  [
    'clients.create',
    async () => (ids.client = (await app.call('clients.create', sampleClient)).id),
  ],
  [
    'clients.update',
    () => app.call('clients.update', { id: ids.client, ...sampleClient, city: 'Augsburg' }),
  ],
  [
    'activities.create',
    async () => {
      ids.activity = (
        await app.call('activities.create', {
          clientId: ids.client,
          activity: customerActivities[0]!,
        })
      ).id;
    },
  ],
  [
    'activities.update',
    () =>
      app.call('activities.update', {
        id: ids.activity,
        activity: { ...customerActivities[0]!, department: 'Vertrieb' },
      }),
  ],
  [
    'activities.update (unchanged)',
    () =>
      app.call('activities.update', {
        id: ids.activity,
        activity: { ...customerActivities[0]!, department: 'Vertrieb' },
      }),
  ],
  [
    'dpia.screen',
    () =>
      app.call('dpia.screen', {
        activityId: ids.activity,
        answers: { criteria: ['monitoring', 'vulnerable'] },
      }),
  ],
  [
    'dpia.record',
    () =>
      app.call('dpia.record', {
        activityId: ids.activity,
        record: { date: '2025-02-01', reference: 'DSFA-1', outcome: 'risks_addressed' },
      }),
  ],
  [
    'activities.duplicate',
    async () => (ids.second = (await app.call('activities.duplicate', { id: ids.activity })).id),
  ],
  [
    'activities.fromTemplate',
    async () => {
      const [first] = await app.call('activityTemplates.list', { language: 'de' });
      ids.fromTemplate = (
        await app.call('activities.fromTemplate', {
          clientId: ids.client,
          key: first!.key,
          language: 'de',
        })
      ).id;
    },
  ],
  [
    'activities.confirmTemplate',
    () => app.call('activities.confirmTemplate', { id: ids.fromTemplate, fields: ['purposes'] }),
  ],
  ['activities.archive', () => app.call('activities.archive', { id: ids.second })],
  ['activities.archive (again)', () => app.call('activities.archive', { id: ids.second })],
  [
    'catalogues.update',
    async () => {
      const [entry] = await app.call('catalogues.list', { clientId: ids.client, kind: 'data' });
      ids.entry = entry!.id;
      await app.call('catalogues.update', { id: entry!.id, name: `${entry!.name} (alle)` });
    },
  ],
  [
    'processors.create',
    async () => {
      ids.processor = (
        await app.call('processors.create', {
          clientId: ids.client,
          processor: { name: 'Rechenzentrum Süd', activityIds: [] },
        })
      ).id;
    },
  ],
  [
    'processors.update',
    () =>
      app.call('processors.update', {
        id: ids.processor,
        processor: { name: 'Rechenzentrum Süd GmbH', activityIds: [] },
      }),
  ],
  [
    'processors.linkActivity',
    () =>
      app.call('processors.linkActivity', { processorId: ids.processor, activityId: ids.activity }),
  ],
  [
    'processors.unlinkActivity',
    () =>
      app.call('processors.unlinkActivity', {
        processorId: ids.processor,
        activityId: ids.activity,
      }),
  ],
  [
    'processors.setAgreement',
    () =>
      app.call('processors.setAgreement', {
        id: ids.processor,
        agreement: { status: 'requested', requestedOn: '2025-02-01' },
      }),
  ],
  [
    'processors.setSettings',
    () => app.call('processors.setSettings', { clientId: ids.client, requestOverdueDays: 21 }),
  ],
  [
    'processors.draft (options)',
    () => app.call('processors.draft', { id: ids.processor, options: draftOptions }),
  ],
  [
    'processors.draft (markSent)',
    () =>
      app.call('processors.draft', { id: ids.processor, options: draftOptions, markSent: true }),
  ],
  [
    'avvTemplates.add',
    async () => {
      const base64 = Buffer.from(await templateDocx(goodTemplateLines)).toString('base64');
      ids.template = (
        await app.call('avvTemplates.add', { name: 'Kanzlei', filename: 'avv.docx', base64 })
      ).id;
    },
  ],
  [
    'attachments.add',
    async () => {
      const base64 = Buffer.from('%PDF-1.4').toString('base64');
      ids.file = (
        await app.call('attachments.add', {
          ownerType: 'processor',
          ownerId: ids.processor,
          role: 'signed_avv',
          name: 'avv.pdf',
          base64,
        })
      ).id;
    },
  ],
  [
    'requests.create',
    async () =>
      (ids.request = (await app.call('requests.create', { clientId: ids.client, request })).id),
  ],
  [
    'requests.update',
    () =>
      app.call('requests.update', {
        id: ids.request,
        request: { ...request, requesterEmail: 'karla@example.org' },
      }),
  ],
  [
    'requests.importEml',
    async () =>
      (ids.other = (
        await app.call('requests.importEml', {
          clientId: ids.client,
          name: 'anfrage.eml',
          base64: eml,
        })
      ).id),
  ],
  [
    'requests.recordIdentity',
    () =>
      app.call('requests.recordIdentity', {
        id: ids.request,
        method: 'known_email',
        checkedBy: 'Test Nutzerin',
        checkedOn: '2025-02-04',
        note: '',
      }),
  ],
  [
    'requests.extend',
    () =>
      app.call('requests.extend', { id: ids.request, on: '2025-02-05', reason: 'Viele Systeme' }),
  ],
  [
    'requests.recordInterim',
    () => app.call('requests.recordInterim', { id: ids.request, on: '2025-02-06', reason: '' }),
  ],
  [
    'requests.setSigner',
    () =>
      app.call('requests.setSigner', {
        id: ids.request,
        name: 'Eva Chefin',
        role: 'Geschäftsführerin',
      }),
  ],
  [
    'requests.transition',
    () => app.call('requests.transition', { id: ids.request, to: 'in_progress' }),
  ],
  [
    'requests.saveReply',
    () =>
      app.call('requests.saveReply', {
        id: ids.request,
        activityIds: [ids.activity],
        replyText: 'Gelöscht.',
      }),
  ],
  [
    'requests.setRecipients',
    async () => {
      const r = await app.call('requests.setRecipients', {
        id: ids.request,
        names: ['Versanddienstleister'],
      });
      ids.recipient = r.recipients[0]!.id;
    },
  ],
  [
    'requests.setRecipients (same names)',
    () => app.call('requests.setRecipients', { id: ids.request, names: ['Versanddienstleister'] }),
  ],
  [
    'requests.tickRecipient',
    () =>
      app.call('requests.tickRecipient', {
        id: ids.request,
        recipientId: ids.recipient,
        done: true,
      }),
  ],
  [
    'requests.tickRecipient (again)',
    () =>
      app.call('requests.tickRecipient', {
        id: ids.request,
        recipientId: ids.recipient,
        done: true,
      }),
  ],
  [
    'requests.review',
    async () => {
      await app.call('requests.transition', { id: ids.request, to: 'in_review' });
      app.actAs(secondUser);
      await app.call('requests.review', { id: ids.request, checks: [...reviewChecks] });
      app.actAs(firstUser);
    },
  ],
  [
    'breaches.create',
    async () => {
      ids.breach = (
        await app.call('breaches.create', {
          clientId: ids.client,
          breach: {
            title: 'E-Mail an falschen Empfänger',
            awareAt: '2025-02-10T09:00:00+01:00',
            kinds: ['confidentiality'],
            activityIds: [ids.activity],
          },
        })
      ).id;
    },
  ],
  [
    'breaches.update',
    () =>
      app.call('breaches.update', {
        id: ids.breach,
        breach: {
          title: 'E-Mail an falschen Kunden',
          awareAt: '2025-02-10T09:00:00+01:00',
          kinds: ['confidentiality'],
        },
      }),
  ],
  [
    'breaches.assess',
    () =>
      app.call('breaches.assess', {
        id: ids.breach,
        assessment: {
          criteria: {
            breachType: 'medium',
            sensitivity: 'medium',
            volume: 'low',
            identification: 'high',
            severity: 'medium',
            persons: 'low',
          },
          level: 'high',
        },
      }),
  ],
  [
    'breaches.notify',
    () =>
      app.call('breaches.notify', {
        id: ids.breach,
        notice: { kind: 'first', at: '2025-02-10T10:30:00+01:00', reference: 'LDA-1' },
      }),
  ],
  [
    'breaches.informSubjects',
    () =>
      app.call('breaches.informSubjects', {
        id: ids.breach,
        inform: { at: '2025-02-10T10:45:00+01:00', channel: 'email' },
      }),
  ],
  ['breaches.close', () => app.call('breaches.close', { id: ids.breach, note: 'Erledigt' })],
  ['breaches.reopen', () => app.call('breaches.reopen', { id: ids.breach })],
  ...consentScenarios(),
  [
    'retention.addPeriod',
    async () => {
      ids.period = (
        await app.call('retention.addPeriod', {
          name: 'Video',
          periodAmount: 72,
          periodUnit: 'days',
          startEvent: 'creation',
        })
      ).id!;
    },
  ],
  [
    'retention.create',
    async () =>
      (ids.rule = (
        await app.call('retention.create', { clientId: ids.client, rule: invoices })
      ).id),
  ],
  [
    'retention.update',
    () =>
      app.call('retention.update', {
        id: ids.rule,
        rule: { ...invoices, responsible: 'Jürgen Müller' },
      }),
  ],
  [
    'retention.setActivityRules',
    () => app.call('retention.setActivityRules', { activityId: ids.activity, ruleIds: [ids.rule] }),
  ],
  [
    'retention.recordRun',
    () =>
      app.call('retention.recordRun', {
        ruleId: ids.rule,
        date: '2025-02-10',
        system: 'DATEV',
        count: 3,
        method: 'delete',
        person: 'Jürgen Müller',
      }),
  ],
  [
    'retention.delete',
    async () => {
      await app.call('retention.setActivityRules', { activityId: ids.activity, ruleIds: [] });
      await app.call('retention.delete', { id: ids.rule });
    },
  ],
  ['retention.deletePeriod', () => app.call('retention.deletePeriod', { id: ids.period })],
  ['attachments.delete', () => app.call('attachments.delete', { id: ids.file })],
  ['avvTemplates.delete', () => app.call('avvTemplates.delete', { id: ids.template })],
  ['processors.delete', () => app.call('processors.delete', { id: ids.processor })],
  ['requests.delete', () => app.call('requests.delete', { id: ids.other })],
  ['activities.delete', () => app.call('activities.delete', { id: ids.second })],
  [
    'catalogues.delete',
    async () => {
      const created = await app.call('activities.create', {
        clientId: ids.client,
        activity: { name: 'Tmp', subjects: [{ name: 'Besucher' }] },
      });
      await app.call('activities.delete', { id: created.id });
      const [visitor] = (
        await app.call('catalogues.list', { clientId: ids.client, kind: 'subject' })
      ).filter((e) => e.name === 'Besucher');
      await app.call('catalogues.delete', { id: visitor!.id });
    },
  ],
  [
    'retention.deleteClosedRequests',
    async () => {
      await app.call('requests.transition', { id: ids.request, to: 'answered' });
      await app.call('requests.transition', { id: ids.request, to: 'closed' });
      const rules = await app.call('retention.list', { clientId: ids.client });
      const rule = rules.find((r) => r.appliesTo === 'closed_requests')!;
      const { id: _i, clientId: _o, activities: _a, dataCategories: _d, ...values } = rule;
      const days = { periodAmount: 0, periodUnit: 'days' as const, yearEnd: false };
      const update = { ...values, ...days, activityIds: [], dataCategoryIds: [] };
      await app.call('retention.update', { id: rule.id, rule: update });
      now = new Date('2025-02-11T10:00:00Z');
      await app.call('retention.deleteClosedRequests', {
        ruleId: rule.id,
        requestIds: [ids.request],
      });
    },
  ],
  [
    'activities.saveImportMapping',
    () =>
      app.call('activities.saveImportMapping', {
        clientId: ids.client,
        mapping: { name: 'Bezeichnung' },
      }),
  ],
  [
    'activities.importRegister',
    () =>
      app.call('activities.importRegister', {
        clientId: ids.client,
        name: 'vvt.csv',
        base64: germanCsv(manyRows(2)).toString('base64'),
        mapping: { name: 'Bezeichnung', subjects: 'Betroffene Personen' },
      }),
  ],
  [
    'clients.importFile',
    async () => {
      const { base64 } = await app.call('clients.exportFile', { id: ids.client });
      await app.call('clients.importFile', { base64, name: 'Übernommen GmbH' });
    },
  ],
  [
    'clients.mergeFile',
    async () => {
      const { base64 } = await app.call('clients.exportFile', { id: ids.client });
      await app.call('clients.mergeFile', { base64, clientId: ids.client });
    },
  ],
  ['clients.delete', () => app.call('clients.delete', { id: ids.client })],
];

/** The consent records' writes: wordings, persons, events, an import, a withdrawal request. */
function consentScenarios(): [string, () => Promise<unknown>][] {
  const consent = { text: 0, unused: 0, person: 0, request: 0 };
  const wording = {
    name: 'Newsletter',
    purpose: 'Newsletter',
    channels: ['email' as const],
    advertiser: 'Bäckerei Müller GmbH',
    productScope: 'Backwaren',
    text: 'Newsletter der Bäckerei Müller GmbH zu Backwaren per E-Mail; jederzeit widerrufbar.',
    language: 'de' as const,
    validFrom: '2025-01-01',
  };
  const csv = 'E-Mail;Anmeldedatum\r\nanna@example.org;01.02.2025 10:00\r\n';
  return [
    [
      'consent.createText',
      async () => {
        consent.text = (
          await app.call('consent.createText', { clientId: ids.client, text: wording })
        ).id;
        consent.unused = (
          await app.call('consent.createText', {
            clientId: ids.client,
            text: { ...wording, name: 'Alt' },
          })
        ).id;
      },
    ],
    [
      'consent.updateText',
      () =>
        app.call('consent.updateText', {
          id: consent.unused,
          text: { ...wording, name: 'Alt 2' },
        }),
    ],
    ['consent.deleteText', () => app.call('consent.deleteText', { id: consent.unused })],
    [
      'consent.createPerson',
      async () => {
        consent.person = (
          await app.call('consent.createPerson', {
            clientId: ids.client,
            person: { name: 'Jörg Weiß', email: 'joerg@example.org' },
          })
        ).id;
      },
    ],
    [
      'consent.updatePerson',
      () =>
        app.call('consent.updatePerson', {
          id: consent.person,
          person: { name: 'Jörg Weiß', email: 'joerg@example.org', reference: 'K-1' },
        }),
    ],
    [
      'consent.recordEvent',
      () =>
        app.call('consent.recordEvent', {
          personId: consent.person,
          event: {
            kind: 'given',
            at: '2025-02-01T10:00:00+01:00',
            textId: consent.text,
            source: 'web_form',
            method: 'unticked_checkbox',
          },
        }),
    ],
    [
      'consent.importFile',
      () =>
        app.call('consent.importFile', {
          clientId: ids.client,
          name: 'liste.csv',
          base64: Buffer.from(csv).toString('base64'),
          mapping: { email: 'E-Mail', givenAt: 'Anmeldedatum' },
          textId: consent.text,
        }),
    ],
    [
      'consent.recordFromRequest',
      async () => {
        const request = await app.call('requests.create', {
          clientId: ids.client,
          request: {
            kind: 'consent_withdrawal',
            receivedOn: '2025-02-10',
            channel: 'email',
            requesterName: 'Jörg Weiß',
            requesterEmail: 'joerg@example.org',
          },
        });
        await app.call('consent.recordFromRequest', { id: request.id });
      },
    ],
    ['consent.deletePerson', () => app.call('consent.deletePerson', { id: consent.person })],
  ];
}

const methodOf = (name: string) => name.split(' ')[0] as MethodName;
const lastAuditId = () =>
  (
    app.ctx.workspace().sqlite.prepare('SELECT coalesce(max(id), 0) AS n FROM audit_log').get() as {
      n: number;
    }
  ).n;

let now = new Date('2025-02-10T10:00:00Z');
beforeAll(async () => {
  app = await openTestApp({ now: () => now });
});
afterAll(() => app.close());

describe('every write is audited', () => {
  it('classifies every method of the contract: read, file operation, or audited write', () => {
    const writes = new Set(scenarios.map(([name]) => methodOf(name)));
    const unclassified = methodNames.filter(
      (m) => !reads.has(m) && !fileOperations.has(m) && !writes.has(m),
    );
    expect(unclassified).toEqual([]);
    const twice = methodNames.filter(
      (m) => [reads, fileOperations, writes].filter((s) => s.has(m)).length > 1,
    );
    expect(twice).toEqual([]);
  });

  it.each(scenarios)('%s appends an entry to the chain', async (_name, run) => {
    const before = lastAuditId();
    await run();
    expect(lastAuditId()).toBeGreaterThan(before);
  });

  it('leaves a chain that verifies, redactions included', async () => {
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: true, firstBroken: null });
  });
});
