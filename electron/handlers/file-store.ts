import { createHash } from 'node:crypto';
import type { AttachmentMeta } from '../../core/api';
import { insertAttachment } from '../../db/repos/attachments.repo';
import { recordAudit, type WritableDb } from '../../db/repos/audit.repo';
import type { Stamp } from './support';

export type NewFile = Pick<
  AttachmentMeta,
  'clientId' | 'ownerType' | 'ownerId' | 'role' | 'name' | 'mimeType'
> & { bytes: Uint8Array };

/**
 * Keeps a file with its record: size and SHA-256 from the bytes, and its entry in the change
 * history in the same transaction. Every module that stores a file (an upload, a mail's
 * attachment, a generated draft, the letter as sent) goes through here.
 */
export async function storeFile(trx: WritableDb, stamp: Stamp, file: NewFile) {
  const { bytes, ...owner } = file;
  const meta = await insertAttachment(trx, {
    ...owner,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt: stamp.at,
    data: bytes,
  });
  await recordAudit(trx, {
    ...stamp,
    clientId: meta.clientId,
    entity: 'attachment',
    entityId: meta.id,
    action: 'create',
    before: null,
    after: meta,
    label: meta.name,
  });
  return meta;
}
