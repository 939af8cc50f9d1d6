import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewChecklist } from '../../core/rules/requests-workflow';
import type { RetentionRule } from '../../core/api';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';

// Closed requests are kept under a deletion rule of their own per client (default: 3 years
// from the end of the year of closing, §§ 195, 199(1) BGB). The plan shows them once their
// period ends, and deleting them there leaves none of the requester's data in the file.

let app: TestApp;
let clientId: number;
let now: Date;

beforeEach(async () => {
  now = new Date('2025-03-10T10:00:00Z');
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterEach(() => app.close());

const secrets = {
  name: 'Zebulon Quxworth',
  email: 'zebulon.quxworth@example.org',
  text: 'Flumbertgeheimnis meiner Kundenakte',
  file: 'Quxworth-Personalausweis',
};

const sqlite = () => app.ctx.workspace().sqlite;
const auditCount = () => sqlite().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

/** The database file and its WAL, as bytes, searched for what must be gone. */
function leftovers(needles: string[]): string[] {
  const bytes = Buffer.concat(
    [app.file, `${app.file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
  );
  return needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')));
}

async function closedRuleOf(id = clientId): Promise<RetentionRule> {
  const rules = await app.call('retention.list', { clientId: id });
  return rules.find((r) => r.appliesTo === 'closed_requests')!;
}

/** A request answered and closed today, with a file, reviewed by a second person. */
async function closedRequest(name = secrets.name, client = clientId) {
  const r = await app.call('requests.create', {
    clientId: client,
    request: {
      kind: 'access',
      receivedOn: '2025-03-03',
      channel: 'email',
      requesterName: name,
      requesterEmail: secrets.email,
      description: secrets.text,
    },
  });
  await app.call('attachments.add', {
    ownerType: 'request',
    ownerId: r.id,
    role: 'original',
    name: `${secrets.file}.txt`,
    base64: Buffer.from(`${name}: ${secrets.text}`).toString('base64'),
  });
  await app.call('requests.recordIdentity', {
    id: r.id,
    method: 'known_email',
    checkedBy: firstUser.name,
    checkedOn: '2025-03-04',
  });
  await app.call('requests.transition', { id: r.id, to: 'in_progress' });
  await app.call('requests.saveReply', { id: r.id, replyText: `Sehr geehrte/r ${name}` });
  await app.call('requests.transition', { id: r.id, to: 'in_review' });
  app.actAs(secondUser);
  await app.call('requests.review', { id: r.id, checks: reviewChecklist('access') });
  app.actAs(firstUser);
  await app.call('requests.transition', { id: r.id, to: 'answered', sentOn: '2025-03-07' });
  return app.call('requests.transition', { id: r.id, to: 'closed' });
}

const planFor = async (month: string) =>
  (await app.call('retention.plan', { clientId, month })).entries.filter((e) => e.requests.length);

describe('the rule for closed requests', () => {
  it('comes with every client: 3 years from the end of the year of closing, with its reason', async () => {
    const rule = await closedRuleOf();
    expect(rule).toMatchObject({
      name: 'Abgeschlossene Betroffenenanfragen',
      startEvent: 'transaction_end',
      startDescription: 'Abschluss der Anfrage',
      periodAmount: 3,
      periodUnit: 'years',
      yearEnd: true,
      method: 'delete',
      norm: 'Art. 5 Abs. 2, Art. 17 Abs. 3 lit. e DSGVO; §§ 195, 199 Abs. 1 BGB',
      legalHold: false,
      systems: ['Privacy Desk'],
      runs: [{ system: 'Privacy Desk', lastRun: null, nextDue: null, overdue: false }],
    });
    // The legal reading is stated: the regular period (§ 195) and its start at the end of the
    // year (§ 199(1)), hence counted from the end of the year of closing.
    for (const part of [
      'regelmäßigen Frist von drei Jahren (§ 195 BGB)',
      'mit dem Schluss des Jahres, in dem der Anspruch entstanden ist',
      '(§ 199 Abs. 1 BGB)',
      'vorsichtig ab dem Schluss des Jahres, in dem die Anfrage abgeschlossen wurde',
    ]) {
      expect(rule.reason).toContain(part);
    }
    const [entry] = await app.call('audit.list', { entity: 'retention_rule', entityId: rule.id });
    expect(entry).toMatchObject({ action: 'create', label: rule.name });

    // A client created in English gets the rule in English.
    app.ctx.settings.setPreferences({ ...app.ctx.settings.preferences, language: 'en' });
    const other = await app.call('clients.create', { ...sampleClient, name: 'B' });
    const en = await closedRuleOf(other.id);
    expect(en.name).toBe('Closed data subject requests');
    expect(en.reason).toContain('regular limitation period of three years (Sec. 195 BGB)');
  });

  it('is edited per client (period and start) but not deleted, and keeps counting from the closing', async () => {
    const rule = await closedRuleOf();
    const { id: _i, clientId: _o, activities, dataCategories, ...values } = rule;
    const edited = await app.call('retention.update', {
      id: rule.id,
      rule: { ...values, periodAmount: 4, yearEnd: false, activityIds: [], dataCategoryIds: [] },
    });
    expect(edited).toMatchObject({ appliesTo: 'closed_requests', periodAmount: 4, yearEnd: false });
    const before = auditCount();
    const start = await app.raw('retention.update', {
      id: rule.id,
      rule: { ...values, startEvent: 'creation', activityIds: [], dataCategoryIds: [] },
    });
    expect(start).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'rule.startEvent', key: 'closedRequestsStart' }] },
    });
    const remove = await app.raw('retention.delete', { id: rule.id });
    expect(remove).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_ALLOWED',
        issues: [{ key: 'closedRequestsRuleKept', message: expect.stringContaining('bleibt') }],
      },
    });
    expect(auditCount()).toBe(before);
    expect(activities.length + dataCategories.length).toBe(0);
  });
});

describe('closed requests in the deletion plan', () => {
  it('shows a closed request when its period has passed, not before, and on home', async () => {
    const r = await closedRequest();
    // Closed on 10 March 2025: kept until 31 December 2028, deletable from 1 January 2029.
    expect(await planFor('2028-12')).toEqual([]);
    const [entry] = await planFor('2029-01');
    expect(entry).toMatchObject({
      ruleName: 'Abgeschlossene Betroffenenanfragen',
      runDue: '2029-01-01',
      requests: [
        {
          id: r.id,
          kind: 'access',
          requesterName: secrets.name,
          closedOn: '2025-03-10',
          deletableFrom: '2029-01-01',
          deleteBy: '2029-01-31',
          deletableNow: false,
        },
      ],
    });
    expect((await closedRuleOf()).runs[0]).toMatchObject({ nextDue: '2029-01-01', overdue: false });
    const home = () => app.call('home.attention', { clientId });
    expect((await home()).some((i) => i.kind === 'closed_requests_due')).toBe(false);

    now = new Date('2029-01-01T08:00:00Z');
    const [due] = await planFor('2029-01');
    expect(due!.requests[0]!.deletableNow).toBe(true);
    expect(await home()).toContainEqual(
      expect.objectContaining({
        kind: 'closed_requests_due',
        date: '2029-01-01',
        details: [`#${r.id}`],
      }),
    );
    // A later month still lists it until it is deleted.
    expect((await planFor('2029-06'))[0]!.requests.map((x) => x.id)).toEqual([r.id]);

    // Counting from the day of closing instead: deletable from 11 March 2028.
    const rule = await closedRuleOf();
    const { id: _i, clientId: _o, activities: _a, dataCategories: _d, ...values } = rule;
    await app.call('retention.update', {
      id: rule.id,
      rule: { ...values, yearEnd: false, activityIds: [], dataCategoryIds: [] },
    });
    expect((await planFor('2028-03'))[0]!.requests[0]!.deletableFrom).toBe('2028-03-11');
  });

  it('refuses a deletion before the period has passed, of an open request, or on a legal hold', async () => {
    const r = await closedRequest();
    const open = await app.call('requests.create', {
      clientId,
      request: { kind: 'access', receivedOn: '2025-03-03', channel: 'email', requesterName: 'O' },
    });
    const rule = await closedRuleOf();
    const before = auditCount();
    const early = await app.raw('retention.deleteClosedRequests', {
      ruleId: rule.id,
      requestIds: [r.id],
    });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED', issues: [{ key: 'retentionNotPassed' }] },
    });
    now = new Date('2029-02-01T08:00:00Z');
    const notClosed = await app.raw('retention.deleteClosedRequests', {
      ruleId: rule.id,
      requestIds: [r.id, open.id],
    });
    expect(notClosed).toMatchObject({
      ok: false,
      error: { issues: [{ key: 'requestNotClosed' }] },
    });
    const { id: _i, clientId: _o, activities: _a, dataCategories: _d, ...values } = rule;
    await app.call('retention.update', {
      id: rule.id,
      rule: {
        ...values,
        legalHold: true,
        holdReason: 'Klage vor dem LG München I anhängig',
        activityIds: [],
        dataCategoryIds: [],
      },
    });
    const held = auditCount();
    expect((await planFor('2029-02'))[0]).toMatchObject({
      legalHold: true,
      runDue: null,
      requests: [{ id: r.id, deletableNow: false }],
    });
    const hold = await app.raw('retention.deleteClosedRequests', {
      ruleId: rule.id,
      requestIds: [r.id],
    });
    expect(hold).toMatchObject({ ok: false, error: { issues: [{ key: 'legalHoldKeeps' }] } });
    expect(auditCount()).toBe(held);
    expect(held).toBe(before + 1);
    expect((await app.call('requests.get', { id: r.id })).state).toBe('closed');
  });

  it("deletes the due requests in one step, logged as a run, leaving none of the requester's data in the file or WAL", async () => {
    const r = await closedRequest();
    const younger = await closedRequest('Yvonne Jüngere');
    sqlite().pragma('wal_checkpoint(TRUNCATE)');
    const needles = Object.values(secrets);
    // The data is really there before: otherwise the search below proves nothing.
    expect(leftovers(needles)).toEqual(needles);

    now = new Date('2029-01-15T08:00:00Z');
    const rule = await closedRuleOf();
    const run = await app.call('retention.deleteClosedRequests', {
      ruleId: rule.id,
      requestIds: [r.id, younger.id],
    });
    expect(run).toMatchObject({
      ruleId: rule.id,
      date: '2029-01-15',
      system: 'Privacy Desk',
      count: 2,
      method: 'delete',
      person: firstUser.name,
    });
    expect(run.description).toContain(`#${r.id}, #${younger.id}`);
    expect(leftovers([...needles, 'Yvonne Jüngere'])).toEqual([]);
    expect(await app.call('retention.runs', { clientId, ruleId: rule.id })).toEqual([run]);
    expect(await planFor('2029-01')).toEqual([]);
    expect((await app.raw('requests.get', { id: r.id })).ok).toBe(false);

    // The history says what happened (request #N, kind, dates) and the chain still verifies.
    const history = await app.call('audit.list', { entity: 'request', entityId: r.id });
    expect(
      history
        .filter((e) => e.entity === 'request')
        .map((e) => e.action)
        .slice(0, 2),
    ).toEqual(['redact', 'delete']);
    expect(history.find((e) => e.entity === 'request' && e.action === 'create')).toMatchObject({
      label: `#${r.id}`,
      changes: { kind: [null, 'access'], receivedOn: [null, '2025-03-03'] },
    });
    expect(JSON.stringify(history)).not.toContain('Zebulon');
    const [logged] = await app.call('audit.list', { entity: 'deletion_run', entityId: run.id });
    expect(logged).toMatchObject({ action: 'create', label: rule.name });
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: true, firstBroken: null });

    await app.close();
    expect(leftovers(needles)).toEqual([]);
    app = await openTestApp({ file: app.file });
  });

  it("does not delete another client's request and writes nothing when one id fails", async () => {
    const mine = await closedRequest();
    const other = await app.call('clients.create', { ...sampleClient, name: 'B' });
    const theirs = await closedRequest('Theo Fremd', other.id);
    now = new Date('2029-01-15T08:00:00Z');
    const before = auditCount();
    const mixed = await app.raw('retention.deleteClosedRequests', {
      ruleId: (await closedRuleOf()).id,
      requestIds: [mine.id, theirs.id],
    });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(auditCount()).toBe(before);
    expect((await app.call('requests.get', { id: mine.id })).state).toBe('closed');
  });
});
