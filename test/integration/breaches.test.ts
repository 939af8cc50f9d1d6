import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../core/api';
import { openTestApp, type TestApp } from '../helpers/app';
import {
  highRisk,
  misdirectedEmail,
  ransomware,
  seedBreachClient,
  type BreachClient,
} from '../fixtures/breaches';

// The breach log through the real handlers on a real workspace file: recording, the clock,
// the notices, telling the persons and closing; every refused step names its field, says
// why in the user's language and writes nothing.

let app: TestApp;
let now = new Date('2026-11-20T10:00:00Z');
let client: BreachClient;

const rows = (table: string) =>
  app.ctx.workspace().sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const snapshot = () =>
  ['breaches', 'breach_notices', 'breach_categories', 'audit_log'].map((t) => rows(t));

/** Calls a method that must be refused; checks nothing was written; returns its issues. */
async function refused(method: string, input: unknown, code = 'VALIDATION_FAILED') {
  const before = snapshot();
  const envelope = await app.raw(method, input);
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return [];
  expect(envelope.error.code).toBe(code);
  expect(snapshot()).toEqual(before);
  return (envelope.error.issues ?? []).map((i: FieldIssue) => `${i.path} ${i.key}: ${i.message}`);
}

beforeAll(async () => {
  app = await openTestApp({ now: () => now });
  client = await seedBreachClient(app);
});
afterAll(() => app.close());

describe('recording a breach', () => {
  it('returns the authority deadline as awareness + 72 hours, with the Berlin offset', async () => {
    const b = await app.call('breaches.create', {
      clientId: client.clientId,
      breach: misdirectedEmail(client),
    });
    expect(b.reference).toBe(`DP-2026-${b.id}`);
    expect(b.awareAt).toBe('2026-11-20T08:15:00+01:00');
    expect(b.deadlines.authorityBy).toBe('2026-11-23T08:15:00+01:00');
    expect(b.deadlines.clockRuns).toBe(true);
    // 10:00 UTC is 11:00 in Berlin: 69 h 15 min left, shown as 69 whole hours.
    expect(b.deadlines.hoursLeft).toBe(69);
    expect(b.subjects.map((s) => s.name)).toEqual(['Kunden']);
    expect(b.activities.map((a) => a.name)).toEqual(['Kundenverwaltung']);
  });

  it('refuses an awareness before the breach happened, at the field, and writes nothing', async () => {
    const issues = await refused('breaches.create', {
      clientId: client.clientId,
      breach: { ...misdirectedEmail(client), occurredFrom: '2026-11-20T09:00:00+01:00' },
    });
    expect(issues).toEqual([
      'breach.awareAt awareBeforeOccurrence: Die Kenntnis liegt vor dem Beginn der Verletzung. Bitte Datum und Uhrzeit prüfen.',
    ]);
  });

  it('refuses times without an offset, in the future, and another client’s categories', async () => {
    const other = await seedBreachClient(app, 'Zweite Praxis GmbH');
    expect(
      await refused('breaches.create', {
        clientId: client.clientId,
        breach: { ...misdirectedEmail(client), awareAt: '2026-11-20T08:15' },
      }),
    ).toEqual(['breach.awareAt dateTime: Bitte Datum und Uhrzeit angeben.']);
    expect(
      await refused('breaches.create', {
        clientId: client.clientId,
        breach: { ...misdirectedEmail(client), awareAt: '2026-11-21T08:15:00+01:00' },
      }),
    ).toEqual(['breach.awareAt timeInFuture: Der Zeitpunkt liegt in der Zukunft.']);
    const issues = await refused('breaches.create', {
      clientId: client.clientId,
      breach: { ...misdirectedEmail(client), dataIds: [other.entry('Kontaktdaten')] },
    });
    expect(issues).toEqual([
      'breach.dataIds unknownCategory: Diese Kategorie gehört nicht zu diesem Mandanten.',
    ]);
  });

  it('starts the clock at the processor’s notice when it came before the awareness entered', async () => {
    const b = await app.call('breaches.create', {
      clientId: client.clientId,
      breach: { ...ransomware(client), awareAt: '2026-11-17T11:00:00+01:00' },
    });
    expect(b.deadlines.clockStart).toBe('2026-11-17T08:30:00+01:00');
    expect(b.deadlines.authorityBy).toBe('2026-11-20T08:30:00+01:00');
    // The processor knew a day and a half before it told the client (Art. 33(2)).
    expect(b.deadlines.processorDelayHours).toBe(25.5);
    expect(b.atProcessor?.name).toBe('Rechenzentrum Süd GmbH');
    expect(b.processors.map((p) => p.name)).toEqual(['Rechenzentrum Süd GmbH']);
    expect(b.data.find((d) => d.name === 'Gesundheitsdaten')?.special).toBe('art9');
  });
});

describe('assessment, notices and closing', () => {
  let id = 0;
  beforeAll(async () => {
    now = new Date('2026-11-20T10:00:00Z');
    id = (
      await app.call('breaches.create', { clientId: client.clientId, breach: ransomware(client) })
    ).id;
  });

  it('keeps Art. 9 data in the assessment and asks for reasons below the suggestion', async () => {
    const low = {
      criteria: { ...highRisk.criteria, severity: 'low', specialCategories: false },
      level: 'risk',
    } as const;
    expect(await refused('breaches.assess', { id, assessment: low })).toEqual([
      'assessment.criteria.specialCategories specialCategoriesConcerned: Betroffen sind Daten besonderer Kategorien (Art. 9/10 DSGVO): Dieses Kriterium lässt sich nicht abwählen.',
      'assessment.reasons belowSuggestion: Die Einstufung liegt unter der, die die Kriterien nahelegen. Bitte begründen.',
    ]);
    expect(
      await refused('breaches.assess', { id, assessment: { ...highRisk, level: 'none' } }),
    ).toEqual([expect.stringContaining('assessment.reasons noRiskReasons')]);
    const b = await app.call('breaches.assess', { id, assessment: highRisk });
    expect(b.assessment).toMatchObject({
      level: 'high',
      suggested: 'high',
      assessedBy: 'Test Nutzerin',
    });
  });

  it('refuses a notice before awareness and a follow-up before a first notice', async () => {
    expect(
      await refused('breaches.notify', {
        id,
        notice: { kind: 'first', at: '2026-11-17T08:00:00+01:00' },
      }),
    ).toEqual([
      'notice.at noticeBeforeAwareness: Die Meldung liegt vor der Kenntnis der Verletzung. Bitte Datum und Uhrzeit prüfen.',
    ]);
    expect(
      await refused('breaches.notify', {
        id,
        notice: { kind: 'followup', at: '2026-11-18T08:00:00+01:00' },
      }),
    ).toEqual([expect.stringContaining('notice.kind followupNeedsFirst')]);
  });

  it('asks for the reasons of a late first notice (Art. 33(1)) and marks it late', async () => {
    now = new Date('2026-11-21T09:00:00Z');
    const late = {
      kind: 'first',
      at: '2026-11-20T09:31:00+01:00',
      reference: 'LDA-2026-4711',
    } as const;
    expect(await refused('breaches.notify', { id, notice: late })).toEqual([
      'notice.delayReason lateNeedsReason: Die Meldung kommt nach Ablauf der 72 Stunden: Bitte die Gründe für die Verzögerung angeben (Art. 33 Abs. 1 DSGVO).',
    ]);
    const b = await app.call('breaches.notify', {
      id,
      notice: { ...late, delayReason: 'Forensik brauchte Zugang zu den Servern.' },
    });
    expect(b.deadlines).toMatchObject({ clockRuns: false, late: true, hoursLeft: null });
    expect(b.notices[0]).toMatchObject({ reference: 'LDA-2026-4711', hoursAfterStart: 73.02 });
    expect(await refused('breaches.notify', { id, notice: { ...late, delayReason: 'x' } })).toEqual(
      [expect.stringContaining('notice.kind firstNoticeExists')],
    );
    const followup = await app.call('breaches.notify', {
      id,
      notice: {
        kind: 'followup',
        at: '2026-11-21T09:00:00+01:00',
        note: 'Kein Abfluss festgestellt.',
      },
    });
    expect(followup.notices.map((n) => n.kind)).toEqual(['first', 'followup']);
  });

  it('keeps a high-risk breach open until the persons are told or an Art. 34(3) ground is recorded', async () => {
    const issues = await refused('breaches.close', { id }, 'NOT_ALLOWED');
    expect(issues).toEqual([
      ' highRiskNotInformed: Bei hohem Risiko sind die betroffenen Personen zu benachrichtigen (Art. 34 DSGVO) oder ein Grund nach Art. 34 Abs. 3 zu erfassen. Bis dahin bleibt die Verletzung offen.',
    ]);
    // A ground needs what supports it; disproportionate effort needs a public communication.
    expect(
      await refused('breaches.assess', {
        id,
        assessment: { ...highRisk, art34Ground: 'disproportionate' },
      }),
    ).toEqual([expect.stringContaining('assessment.art34Note art34NoteNeeded')]);
    await app.call('breaches.assess', {
      id,
      assessment: {
        ...highRisk,
        art34Ground: 'disproportionate',
        art34Note: '2.400 Personen ohne Anschrift',
      },
    });
    expect(await refused('breaches.close', { id }, 'NOT_ALLOWED')).toEqual([
      expect.stringContaining('publicNeeded'),
    ]);
    expect(
      await refused('breaches.informSubjects', {
        id,
        inform: { at: '2026-11-10T12:00:00+01:00', channel: 'public' },
      }),
    ).toEqual([expect.stringContaining('inform.at informBeforeAwareness')]);
    await app.call('breaches.informSubjects', {
      id,
      inform: {
        at: '2026-11-21T09:30:00+01:00',
        channel: 'public',
        note: 'Hinweis auf der Website',
      },
    });
    const closed = await app.call('breaches.close', { id, note: 'Erledigt' });
    expect(closed.state).toBe('closed');
    expect(closed.deadlines.clockRuns).toBe(false);
  });

  it('refuses changes to a closed breach until it is reopened', async () => {
    const b = await app.call('breaches.get', { id });
    const values = { ...ransomware(client), title: 'Geändert' };
    expect(await refused('breaches.update', { id, breach: values }, 'NOT_ALLOWED')).toEqual([
      ' breachClosed: Die Verletzung ist abgeschlossen. Zum Ändern bitte zuerst wieder öffnen.',
    ]);
    await app.call('breaches.reopen', { id });
    // Times stay in order with the recorded notice.
    expect(
      await refused('breaches.update', {
        id,
        breach: {
          ...values,
          awareAt: '2026-11-21T09:00:00+01:00',
          processorNoticeAt: null,
          processorAwareAt: null,
        },
      }),
    ).toEqual([expect.stringContaining('breach.awareAt timesAfterNotice')]);
    const changed = await app.call('breaches.update', { id, breach: values });
    expect(changed.title).toBe('Geändert');
    expect(changed.notices).toHaveLength(b.notices.length);
  });

  it('closes a risk only once notified, and a no-risk breach with its reasons', async () => {
    const moderate = {
      breachType: 'medium',
      sensitivity: 'medium',
      volume: 'low',
      identification: 'high',
      severity: 'medium',
      persons: 'low',
    } as const;
    now = new Date('2026-11-20T10:00:00Z');
    const risk = await app.call('breaches.create', {
      clientId: client.clientId,
      breach: { ...misdirectedEmail(client), title: 'Brief an falsche Anschrift' },
    });
    await app.call('breaches.assess', {
      id: risk.id,
      assessment: { criteria: moderate, level: 'risk' },
    });
    expect(await refused('breaches.close', { id: risk.id }, 'NOT_ALLOWED')).toEqual([
      expect.stringContaining('notNotified'),
    ]);
    const none = await app.call('breaches.assess', {
      id: risk.id,
      assessment: {
        criteria: { ...moderate, severity: 'low', identification: 'low' },
        level: 'none',
        reasons: 'Empfänger hat sofort gelöscht, es war eine Kollegin.',
      },
    });
    expect(none.deadlines.clockRuns).toBe(false);
    expect((await app.call('breaches.close', { id: risk.id })).state).toBe('closed');
  });
});

describe('the log across clients', () => {
  it('lists running clocks first, fewest hours left first, and counts them for the badge', async () => {
    now = new Date('2026-11-20T10:00:00Z');
    const list = await app.call('breaches.list', {});
    const running = list.filter((b) => b.deadlines.clockRuns);
    expect(running.length).toBeGreaterThan(0);
    const hours = running.map((b) => b.deadlines.hoursLeft!);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
    expect(list.slice(0, running.length)).toEqual(running);
    const counts = await app.call('breaches.counts', { clientId: client.clientId });
    expect(counts.running).toBe(running.filter((b) => b.clientId === client.clientId).length);
    const attention = await app.call('home.attention', { clientId: client.clientId });
    // The home screen names each running clock (its own section orders them by hours left).
    expect(
      attention
        .filter((a) => a.entity === 'breach')
        .map((a) => a.entityId)
        .sort(),
    ).toEqual(
      running
        .filter((b) => b.clientId === client.clientId)
        .map((b) => b.id)
        .sort(),
    );
  });

  it('keeps files with a breach in the attachments room', async () => {
    const [first] = await app.call('breaches.list', { clientId: client.clientId });
    const file = await app.call('attachments.add', {
      ownerType: 'breach',
      ownerId: first!.id,
      role: 'processor_notice',
      name: 'Meldung des Rechenzentrums.pdf',
      base64: Buffer.from('%PDF-1.4').toString('base64'),
    });
    const files = await app.call('attachments.list', { ownerType: 'breach', ownerId: first!.id });
    expect(files.map((f) => f.id)).toEqual([file.id]);
    // A closed breach keeps its files.
    const closed = (
      await app.call('breaches.list', { clientId: client.clientId, state: 'closed' })
    )[0]!;
    const kept = await app.call('attachments.add', {
      ownerType: 'breach',
      ownerId: closed.id,
      name: 'Eingangsbestätigung.pdf',
      base64: Buffer.from('%PDF-1.4').toString('base64'),
    });
    expect(await refused('attachments.delete', { id: kept.id }, 'NOT_ALLOWED')).toEqual([
      ' breachClosed: Die Verletzung ist abgeschlossen. Zum Ändern bitte zuerst wieder öffnen.',
    ]);
  });
});
