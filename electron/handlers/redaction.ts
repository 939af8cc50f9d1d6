import {
  attachmentReducer,
  clientReducer,
  consentPersonReducer,
  requestReducer,
} from '../../core/rules/audit-redaction';
import { redactAudit } from '../../db/repos/audit-redaction.repo';
import type { WritableDb } from '../../db/repos/audit.repo';
import type { Stamp } from './support';

// What a deletion takes out of the audit log, in the deleting transaction: the entries stay
// (something happened, when, by whom) but lose the personal data of what was deleted. The
// WAL is emptied after the commit (support.ts), so nothing is left in the file.

/** A deleted request: "request #N, kind, dates"; its files lose their names. */
export function forgetRequest(
  trx: WritableDb,
  stamp: Stamp,
  clientId: number,
  id: number,
  fileIds: number[],
) {
  return redactAudit(
    trx,
    { ...stamp, clientId, entity: 'request', entityId: id },
    {
      records: [
        { entity: 'request', ids: [id] },
        { entity: 'attachment', ids: fileIds },
      ],
    },
    (entry) => (entry.entity === 'attachment' ? attachmentReducer(entry) : requestReducer(entry)),
  );
}

/** Deleted files: type, size and role stay, the name goes. */
export function forgetFiles(trx: WritableDb, stamp: Stamp, clientId: number, fileIds: number[]) {
  const [anchor] = fileIds;
  if (anchor === undefined) return Promise.resolve(0);
  return redactAudit(
    trx,
    { ...stamp, clientId, entity: 'attachment', entityId: anchor },
    { records: [{ entity: 'attachment', ids: fileIds }] },
    attachmentReducer,
  );
}

/** A deleted client: its contact data, its requests and its files leave every entry. */
export function forgetClient(trx: WritableDb, stamp: Stamp, clientId: number) {
  return redactAudit(
    trx,
    { ...stamp, clientId, entity: 'client', entityId: clientId },
    { clientId },
    clientReducer,
  );
}

/** A deleted consent person: the kinds and times of its events stay; who it was goes. */
export function forgetPerson(
  trx: WritableDb,
  stamp: Stamp,
  clientId: number,
  id: number,
  fileIds: number[],
) {
  return redactAudit(
    trx,
    { ...stamp, clientId, entity: 'consent_person', entityId: id },
    {
      records: [
        { entity: 'consent_person', ids: [id] },
        { entity: 'attachment', ids: fileIds },
      ],
    },
    (entry) =>
      entry.entity === 'attachment' ? attachmentReducer(entry) : consentPersonReducer(entry),
  );
}
