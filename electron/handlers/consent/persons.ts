import type { ConsentPersonValues } from '../../../core/api';
import { todayInBerlin } from '../../../core/rules/calendar';
import { keepPeriodOver, keepUntilOf } from '../../../core/rules/consent-keep';
import { deleteAttachmentsOf } from '../../../db/repos/attachments.repo';
import { recordAudit, type Db } from '../../../db/repos/audit.repo';
import {
  cacheToRow,
  countChannels,
  deletePersonRow,
  findStoredPerson,
  insertPerson,
  listPersonRows,
  personToRow,
  personWithEmail,
} from '../../../db/repos/consent-persons.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { HandlerContext, Handlers } from '../context';
import { forgetPerson } from '../redaction';
import { found, inTransaction } from '../support';
import {
  auditPerson,
  cacheOf,
  changePerson,
  factsOf,
  loadPerson,
  personSnapshot,
  refuse,
} from './store';

// The persons of a client: the list with the channels allowed now, one person with its
// history and verdicts, recording and changing one, the counts per channel, and deleting a
// person once its evidence need not be kept.

type PersonHandlers = Pick<
  Handlers,
  | 'consent.persons'
  | 'consent.getPerson'
  | 'consent.createPerson'
  | 'consent.updatePerson'
  | 'consent.deletePerson'
  | 'consent.channelStatus'
>;

/** An e-mail address names one person per client. */
async function assertUniqueEmail(
  ctx: HandlerContext,
  db: Db,
  clientId: number,
  v: ConsentPersonValues,
  exceptId?: number,
) {
  if (await personWithEmail(db, clientId, v.email, exceptId)) {
    throw refuse('CONFLICT', 'person.email', 'personExists', ctx.language());
  }
}

export const consentPersonHandlers: PersonHandlers = {
  'consent.persons': async (input, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, input.clientId), 'client');
    return listPersonRows(db, input);
  },

  'consent.getPerson': ({ id }, ctx) => loadPerson(ctx, id),

  'consent.createPerson': async ({ clientId, person }, ctx) => {
    const id = await inTransaction(ctx, async (trx, stamp) => {
      found(await findClient(trx, clientId), 'client');
      await assertUniqueEmail(ctx, trx, clientId, person);
      const cache = cacheOf({ ...person, events: [] });
      const newId = await insertPerson(trx, clientId, person, cache, stamp.at);
      await auditPerson(trx, stamp, null, found(await findStoredPerson(trx, newId), 'person'));
      return newId;
    });
    return loadPerson(ctx, id);
  },

  'consent.updatePerson': async ({ id, person }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredPerson(trx, id), 'person');
      await assertUniqueEmail(ctx, trx, before.clientId, person, id);
      await changePerson(trx, stamp, before, personToRow(person));
    });
    return loadPerson(ctx, id);
  },

  'consent.deletePerson': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredPerson(trx, id), 'person');
      // § 7a Abs. 2 Satz 1 UWG: phone consent evidence stays five years from its last use.
      if (!keepPeriodOver(keepUntilOf(before.events), todayInBerlin(ctx.now()))) {
        throw refuse('NOT_ALLOWED', '', 'keepUntilNotReached', ctx.language());
      }
      const fileIds = await deleteAttachmentsOf(trx, 'consent_person', id);
      await deletePersonRow(trx, id);
      await recordAudit(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'consent_person',
        entityId: id,
        action: 'delete',
        before: personSnapshot(before),
        after: null,
        label: before.name,
      });
      await forgetPerson(trx, stamp, before.clientId, id, fileIds);
      return { ok: true as const };
    }),

  'consent.channelStatus': async ({ clientId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, clientId), 'client');
    return countChannels(db, clientId);
  },
};

/** The cached verdicts of a person brought up to date (after events came from elsewhere). */
export const refreshedCache = (p: Parameters<typeof factsOf>[0]) => cacheToRow(cacheOf(factsOf(p)));
