import { AppError } from '../../../core/api';
import { recordAudit } from '../../../db/repos/audit.repo';
import {
  countClientContents,
  deleteClient,
  findClient,
  insertClient,
  clientNameTaken,
  updateClient,
} from '../../../db/repos/clients.repo';
import type { Handlers } from '../context';
import { createClosedRequestsRule } from '../retention/closed-requests';
import { recomputeDueDates } from '../requests/store';
import { forgetClient } from '../redaction';
import { found, inTransaction } from '../support';

export { handoverHandlers } from './handover';
export { mergeHandlers } from './handover-merge';

type ClientHandlers = Pick<
  Handlers,
  'clients.get' | 'clients.create' | 'clients.update' | 'clients.deletionImpact' | 'clients.delete'
>;

const conflict = () =>
  new AppError('CONFLICT', {}, [{ path: 'name', key: 'nameTaken', message: '' }]);

export const clientHandlers: ClientHandlers = {
  'clients.get': async ({ id }, ctx) => found(await findClient(ctx.workspace().db, id), 'client'),

  'clients.create': (input, ctx) =>
    inTransaction(ctx, async (trx, { at, actor }) => {
      if (await clientNameTaken(trx, input.name)) throw conflict();
      const client = await insertClient(trx, input, at);
      await recordAudit(trx, {
        at,
        actor,
        clientId: client.id,
        entity: 'client',
        entityId: client.id,
        action: 'create',
        before: null,
        after: client,
        label: client.name,
      });
      // Every client keeps its closed requests under a deletion rule of their own.
      await createClosedRequestsRule(trx, { at, actor }, client.id, ctx.language());
      return client;
    }),

  'clients.update': ({ id, ...values }, ctx) =>
    inTransaction(ctx, async (trx, { at, actor }) => {
      const before = found(await findClient(trx, id), 'client');
      if (await clientNameTaken(trx, values.name, id)) throw conflict();
      const after = await updateClient(trx, id, values, at);
      // The due dates of open requests count the Land's holidays: one source, recomputed now.
      if (after.land !== before.land) await recomputeDueDates(trx, { at, actor }, id);
      await recordAudit(trx, {
        at,
        actor,
        clientId: id,
        entity: 'client',
        entityId: id,
        action: 'update',
        before,
        after,
        label: after.name,
      });
      return after;
    }),

  'clients.deletionImpact': async ({ id }, ctx) => {
    const db = ctx.workspace().db;
    const client = found(await findClient(db, id), 'client');
    return { name: client.name, ...(await countClientContents(db, id)) };
  },

  'clients.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, { at, actor }) => {
      const client = found(await findClient(trx, id), 'client');
      const impact = { name: client.name, ...(await countClientContents(trx, id)) };
      await deleteClient(trx, id);
      // The history outlives the client: audit rows carry no foreign key on purpose.
      await recordAudit(trx, {
        at,
        actor,
        clientId: id,
        entity: 'client',
        entityId: id,
        action: 'delete',
        before: { ...client, ...impact },
        after: null,
        label: client.name,
      });
      await forgetClient(trx, { at, actor }, id);
      return impact;
    }),
};
