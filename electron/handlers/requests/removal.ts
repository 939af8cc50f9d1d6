import { deleteAttachmentsOf } from '../../../db/repos/attachments.repo';
import { recordAudit, type WritableDb } from '../../../db/repos/audit.repo';
import { deleteRequest, type StoredRequest } from '../../../db/repos/requests.repo';
import { requestSnapshot } from './store';
import { forgetRequest } from '../redaction';
import type { Stamp } from '../support';

/**
 * Deletes a request with its files inside the caller's transaction: the row and its links
 * go, the deletion is audited, and every audit entry of the request and its files is reduced
 * to "request #N, kind, dates" (the chain records the redaction; the WAL is emptied after
 * the commit). Whether the request may go is the caller's decision.
 */
export async function removeRequest(
  trx: WritableDb,
  stamp: Stamp,
  r: StoredRequest,
): Promise<void> {
  const fileIds = await deleteAttachmentsOf(trx, 'request', r.id);
  await deleteRequest(trx, r.id);
  await recordAudit(trx, {
    ...stamp,
    clientId: r.clientId,
    entity: 'request',
    entityId: r.id,
    action: 'delete',
    before: requestSnapshot(r),
    after: null,
    label: r.requesterName,
  });
  await forgetRequest(trx, stamp, r.clientId, r.id, fileIds);
}
