import { AppError } from '../../core/api';
import { recordAudit } from '../../db/repos/audit.repo';
import {
  countOrganisationContents,
  deleteOrganisation,
  findOrganisation,
  insertOrganisation,
  organisationNameTaken,
  updateOrganisation,
} from '../../db/repos/organisations.repo';
import type { Handlers } from './context';
import { createClosedRequestsRule } from './retention-closed-requests';
import { recomputeDueDates } from './dsar-store';
import { forgetClient } from './redaction';
import { found, inTransaction } from './support';

type OrganisationHandlers = Pick<
  Handlers,
  | 'organisations.get'
  | 'organisations.create'
  | 'organisations.update'
  | 'organisations.deletionImpact'
  | 'organisations.delete'
>;

const conflict = () =>
  new AppError('CONFLICT', {}, [{ path: 'name', key: 'nameTaken', message: '' }]);

export const organisationHandlers: OrganisationHandlers = {
  'organisations.get': async ({ id }, ctx) =>
    found(await findOrganisation(ctx.workspace().db, id), 'organisation'),

  'organisations.create': (input, ctx) =>
    inTransaction(ctx, async (trx, { at, actor }) => {
      if (await organisationNameTaken(trx, input.name)) throw conflict();
      const org = await insertOrganisation(trx, input, at);
      await recordAudit(trx, {
        at,
        actor,
        orgId: org.id,
        entity: 'organisation',
        entityId: org.id,
        action: 'create',
        before: null,
        after: org,
        label: org.name,
      });
      // Every client keeps its closed requests under a deletion rule of their own.
      await createClosedRequestsRule(trx, { at, actor }, org.id, ctx.language());
      return org;
    }),

  'organisations.update': ({ id, ...values }, ctx) =>
    inTransaction(ctx, async (trx, { at, actor }) => {
      const before = found(await findOrganisation(trx, id), 'organisation');
      if (await organisationNameTaken(trx, values.name, id)) throw conflict();
      const after = await updateOrganisation(trx, id, values, at);
      // The due dates of open requests count the Land's holidays: one source, recomputed now.
      if (after.land !== before.land) await recomputeDueDates(trx, { at, actor }, id);
      await recordAudit(trx, {
        at,
        actor,
        orgId: id,
        entity: 'organisation',
        entityId: id,
        action: 'update',
        before,
        after,
        label: after.name,
      });
      return after;
    }),

  'organisations.deletionImpact': async ({ id }, ctx) => {
    const db = ctx.workspace().db;
    const org = found(await findOrganisation(db, id), 'organisation');
    return { name: org.name, ...(await countOrganisationContents(db, id)) };
  },

  'organisations.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, { at, actor }) => {
      const org = found(await findOrganisation(trx, id), 'organisation');
      const impact = { name: org.name, ...(await countOrganisationContents(trx, id)) };
      await deleteOrganisation(trx, id);
      // The history outlives the client: audit rows carry no foreign key on purpose.
      await recordAudit(trx, {
        at,
        actor,
        orgId: id,
        entity: 'organisation',
        entityId: id,
        action: 'delete',
        before: { ...org, ...impact },
        after: null,
        label: org.name,
      });
      await forgetClient(trx, { at, actor }, id);
      return impact;
    }),
};
