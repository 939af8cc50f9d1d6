import {
  AppError,
  MAX_ATTACHMENT_BYTES,
  type AttachmentOwnerType,
  type attachmentMethods,
} from '../../../core/api';
import { decodedLength } from '../../../core/files/base64';
import {
  deleteAttachment,
  findAttachment,
  findAttachmentMeta,
  listAttachments,
} from '../../../db/repos/attachments.repo';
import { recordAudit, type Db } from '../../../db/repos/audit.repo';
import { attachmentOwners } from './owners';
import type { Handlers } from '../context';
import { forgetFiles } from '../redaction';
import { storeFile } from '../file-store';
import { found, inTransaction } from '../support';

/** The client of the record that holds the files; a missing record is NOT_FOUND. */
async function ownerClient(
  db: Db,
  ownerType: AttachmentOwnerType,
  ownerId: number,
): Promise<number> {
  return found(await attachmentOwners[ownerType].client(db, ownerId), ownerType).clientId;
}

export const attachmentHandlers: Pick<Handlers, keyof typeof attachmentMethods> = {
  'attachments.list': async ({ ownerType, ownerId }, ctx) => {
    const db = ctx.workspace().db;
    await ownerClient(db, ownerType, ownerId);
    return listAttachments(db, ownerType, ownerId);
  },

  'attachments.add': (input, ctx) => {
    if (decodedLength(input.base64) > MAX_ATTACHMENT_BYTES) {
      throw new AppError('TOO_LARGE', { limit: MAX_ATTACHMENT_BYTES });
    }
    const data = Buffer.from(input.base64, 'base64');
    return inTransaction(ctx, async (trx, stamp) => {
      const clientId = await ownerClient(trx, input.ownerType, input.ownerId);
      return storeFile(trx, stamp, {
        clientId,
        ownerType: input.ownerType,
        ownerId: input.ownerId,
        role: input.role,
        name: input.name,
        mimeType: input.mimeType,
        bytes: data,
      });
    });
  },

  'attachments.get': async ({ id }, ctx) => {
    const { data, ...meta } = found(await findAttachment(ctx.workspace().db, id), 'attachment');
    return { ...meta, base64: Buffer.from(data).toString('base64') };
  },

  'attachments.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const meta = found(await findAttachmentMeta(trx, id), 'attachment');
      await attachmentOwners[meta.ownerType].guardDelete?.(trx, meta, ctx.language());
      await deleteAttachment(trx, id);
      await recordAudit(trx, {
        ...stamp,
        clientId: meta.clientId,
        entity: 'attachment',
        entityId: id,
        action: 'delete',
        before: meta,
        after: null,
        label: meta.name,
      });
      await forgetFiles(trx, stamp, meta.clientId, [id]);
      return { ok: true as const };
    }),
};
