import type { requestMethods } from '../../../core/api';
import { addDays, requestDeadlines } from '../../../core/rules/deadlines';
import { recordAudit } from '../../../db/repos/audit.repo';
import { countInbox, listInbox } from '../../../db/repos/requests-inbox.repo';
import { findStoredRequest, insertRequest, valuesToRow } from '../../../db/repos/requests.repo';
import { setRequestSubjects } from '../../../db/repos/requests-links.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { Handlers } from '../context';
import { requestContentHandlers } from './content';
import { requestImportHandlers } from './import';
import { requestLetterHandlers } from './letter';
import { requestStepHandlers } from './steps';
import { removeRequest } from './removal';
import {
  assertDate,
  assertNotSent,
  assertOwnSubjects,
  changeRequest,
  loadRequest,
  requestSnapshot,
  refuse,
} from './store';
import { DUE_SOON_DAYS, urgencyOf } from '../../../core/rules/deadlines';
import { isOpen } from '../../../core/rules/requests-workflow';
import { todayInBerlin } from '../../../core/rules/calendar';
import { found, inTransaction } from '../support';

// The inbox of data subject requests. The workflow steps are in requests-steps.ts, the reply's
// contents in requests-content.ts, the .eml import in requests-import.ts, the letters in requests-letter.ts.

type InboxHandlers = Pick<
  Handlers,
  | 'requests.list'
  | 'requests.counts'
  | 'requests.get'
  | 'requests.create'
  | 'requests.update'
  | 'requests.delete'
>;

const inboxHandlers: InboxHandlers = {
  'requests.list': async (input, ctx) => {
    const today = todayInBerlin(ctx.now());
    const range =
      input.due === 'overdue'
        ? { dueTo: addDays(today, -1) }
        : input.due === 'week'
          ? { dueFrom: today, dueTo: addDays(today, 6) }
          : {};
    // Due-date filters only make sense for requests still waiting for their answer.
    const state = input.due !== 'all' && input.state === 'all' ? 'open' : input.state;
    if (input.due !== 'all' && state !== 'open' && state !== 'all' && !isOpen(state)) return [];
    const rows = await listInbox(ctx.workspace().db, { ...input, ...range, state });
    return rows.map((r) => ({ ...r, ...urgencyOf(r.due, today, isOpen(r.state)) }));
  },

  'requests.counts': ({ clientId }, ctx) => {
    const today = todayInBerlin(ctx.now());
    return countInbox(ctx.workspace().db, today, addDays(today, DUE_SOON_DAYS), clientId);
  },

  'requests.get': ({ id }, ctx) => loadRequest(ctx, id),

  'requests.create': async ({ clientId, request }, ctx) => {
    const id = await inTransaction(ctx, async (trx, stamp) => {
      const client = found(await findClient(trx, clientId), 'client');
      assertDate(ctx, 'request.receivedOn', request.receivedOn);
      await assertOwnSubjects(ctx, trx, clientId, request.subjectIds);
      const due = requestDeadlines(request.receivedOn, client.land, false).due;
      const newId = await insertRequest(trx, clientId, request, due, stamp.at);
      await setRequestSubjects(trx, newId, request.subjectIds);
      const after = found(await findStoredRequest(trx, newId), 'request');
      await recordAudit(trx, {
        ...stamp,
        clientId,
        entity: 'request',
        entityId: newId,
        action: 'create',
        before: null,
        after: requestSnapshot(after),
        label: after.requesterName,
      });
      return newId;
    });
    return loadRequest(ctx, id);
  },

  'requests.update': async ({ id, request }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredRequest(trx, id), 'request');
      assertNotSent(before, ctx.language());
      assertDate(ctx, 'request.receivedOn', request.receivedOn);
      await assertOwnSubjects(ctx, trx, before.clientId, request.subjectIds);
      // A recorded extension must still lie inside the first month of the new receipt date.
      if (before.extension) {
        const { extensionNoticeBy } = requestDeadlines(request.receivedOn, before.land, true);
        if (before.extension.on > extensionNoticeBy || before.extension.on < request.receivedOn) {
          throw refuse('VALIDATION_FAILED', 'request.receivedOn', 'extensionLate', ctx.language());
        }
      }
      await changeRequest(trx, stamp, before, valuesToRow(request), () =>
        setRequestSubjects(trx, id, request.subjectIds),
      );
    });
    return loadRequest(ctx, id);
  },

  'requests.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredRequest(trx, id), 'request');
      // A sent or closed request documents how the controller met its duty: it is kept.
      // A closed one goes when its retention has passed (retention.deleteClosedRequests).
      assertNotSent(before, ctx.language());
      await removeRequest(trx, stamp, before);
      return { ok: true as const };
    }),
};

/** The handlers of the methods in core/api/requests.ts. */
export const requestHandlers: Pick<Handlers, keyof typeof requestMethods> = {
  ...inboxHandlers,
  ...requestStepHandlers,
  ...requestContentHandlers,
  ...requestImportHandlers,
  ...requestLetterHandlers,
};
