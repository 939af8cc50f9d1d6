import { AppError } from '../../../core/api';
import { recordAudit } from '../../../db/repos/audit.repo';
import {
  catalogueNameTaken,
  deleteCatalogueEntry,
  findCatalogueEntry,
  listCatalogue,
  updateCatalogueEntry,
} from '../../../db/repos/catalogues.repo';
import type { Handlers } from '../context';
import { found, inTransaction } from '../support';

type CatalogueHandlers = Pick<
  Handlers,
  'catalogues.list' | 'catalogues.update' | 'catalogues.delete'
>;

export const catalogueHandlers: CatalogueHandlers = {
  'catalogues.list': ({ clientId, kind }, ctx) => listCatalogue(ctx.workspace().db, clientId, kind),

  'catalogues.update': ({ id, ...values }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findCatalogueEntry(trx, id), 'catalogue');
      if (await catalogueNameTaken(trx, before, values.name)) {
        throw new AppError('CONFLICT', {}, [{ path: 'name', key: 'nameTaken', message: '' }]);
      }
      await updateCatalogueEntry(trx, id, values);
      const after = found(await findCatalogueEntry(trx, id), 'catalogue');
      await recordAudit(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'catalogue',
        entityId: id,
        action: 'update',
        before,
        after,
        label: after.name,
      });
      return after;
    }),

  'catalogues.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const entry = found(await findCatalogueEntry(trx, id), 'catalogue');
      if (entry.usage > 0) throw new AppError('IN_USE', { count: entry.usage });
      await deleteCatalogueEntry(trx, id);
      await recordAudit(trx, {
        ...stamp,
        clientId: entry.clientId,
        entity: 'catalogue',
        entityId: id,
        action: 'delete',
        before: entry,
        after: null,
        label: entry.name,
      });
      return { ok: true as const };
    }),
};
