import type { dsarMethods } from '../../core/api';
import { addDays, requestDeadlines } from '../../core/rules/deadlines';
import { recordAudit } from '../../db/repos/audit.repo';
import { countInbox, listInbox } from '../../db/repos/dsar-inbox.repo';
import {
  findStoredRequest,
  insertRequest,
  requestOrg,
  valuesToRow,
} from '../../db/repos/dsar.repo';
import { setRequestSubjects } from '../../db/repos/dsar-links.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import { attachmentDeleteGuards, attachmentOwners } from './attachments';
import type { Handlers } from './context';
import { dsarContentHandlers } from './dsar-content';
import { dsarImportHandlers } from './dsar-import';
import { dsarLetterHandlers } from './dsar-letter';
import { SENT_LETTER_ROLE } from './dsar-reply';
import { dsarStepHandlers } from './dsar-steps';
import { removeRequest } from './request-removal';
import {
  assertDate,
  assertNotClosed,
  assertNotSent,
  assertOwnSubjects,
  changeRequest,
  loadRequest,
  requestSnapshot,
  refuse,
} from './dsar-store';
import { DUE_SOON_DAYS, urgencyOf } from '../../core/rules/deadlines';
import { isOpen } from '../../core/rules/dsar-workflow';
import { todayInBerlin } from '../../core/rules/calendar';
import { found, inTransaction } from './support';

// The inbox of data subject requests. The workflow steps are in dsar-steps.ts, the reply's
// contents in dsar-content.ts, the .eml import in dsar-import.ts, the letters in dsar-letter.ts.

// Files of a request (the original letter or e-mail, the copy of the data for Art. 15, the
// reply as sent). The letter as sent, and every file of a closed request, stay.
attachmentOwners.request = requestOrg;
attachmentDeleteGuards.request = async (db, file, lang) => {
  const r = found(await findStoredRequest(db, file.ownerId), 'request');
  if (file.role === SENT_LETTER_ROLE) throw refuse('NOT_ALLOWED', '', 'replySent', lang);
  assertNotClosed(r, lang);
};

type InboxHandlers = Pick<
  Handlers,
  'dsar.list' | 'dsar.counts' | 'dsar.get' | 'dsar.create' | 'dsar.update' | 'dsar.delete'
>;

const inboxHandlers: InboxHandlers = {
  'dsar.list': async (input, ctx) => {
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

  'dsar.counts': ({ orgId }, ctx) => {
    const today = todayInBerlin(ctx.now());
    return countInbox(ctx.workspace().db, today, addDays(today, DUE_SOON_DAYS), orgId);
  },

  'dsar.get': ({ id }, ctx) => loadRequest(ctx, id),

  'dsar.create': async ({ orgId, request }, ctx) => {
    const id = await inTransaction(ctx, async (trx, stamp) => {
      const org = found(await findOrganisation(trx, orgId), 'organisation');
      assertDate(ctx, 'request.receivedOn', request.receivedOn);
      await assertOwnSubjects(ctx, trx, orgId, request.subjectIds);
      const due = requestDeadlines(request.receivedOn, org.land, false).due;
      const newId = await insertRequest(trx, orgId, request, due, stamp.at);
      await setRequestSubjects(trx, newId, request.subjectIds);
      const after = found(await findStoredRequest(trx, newId), 'request');
      await recordAudit(trx, {
        ...stamp,
        orgId,
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

  'dsar.update': async ({ id, request }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredRequest(trx, id), 'request');
      assertNotSent(before, ctx.language());
      assertDate(ctx, 'request.receivedOn', request.receivedOn);
      await assertOwnSubjects(ctx, trx, before.orgId, request.subjectIds);
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

  'dsar.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredRequest(trx, id), 'request');
      // A sent or closed request documents how the controller met its duty: it is kept.
      // A closed one goes when its retention has passed (retention.deleteClosedRequests).
      assertNotSent(before, ctx.language());
      await removeRequest(trx, stamp, before);
      return { ok: true as const };
    }),
};

/** The handlers of the methods in core/api/dsar.ts. */
export const dsarHandlers: Pick<Handlers, keyof typeof dsarMethods> = {
  ...inboxHandlers,
  ...dsarStepHandlers,
  ...dsarContentHandlers,
  ...dsarImportHandlers,
  ...dsarLetterHandlers,
};
