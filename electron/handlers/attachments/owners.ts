import type { AttachmentMeta, AttachmentOwnerType, Language } from '../../../core/api';
import type { Db } from '../../../db/repos/audit.repo';
import { breachClient, findStoredBreach } from '../../../db/repos/breaches.repo';
import { personClient } from '../../../db/repos/consent-persons.repo';
import { dpiaClient } from '../../../db/repos/dpia.repo';
import { findStoredRequest, requestClient } from '../../../db/repos/requests.repo';
import { processorClient } from '../../../db/repos/processors.repo';
import { assertOpen } from '../breaches/store';
import { refuse as refuseConsent } from '../consent/store';
import { SENT_LETTER_ROLE } from '../requests/reply';
import { assertNotClosed, refuse } from '../requests/store';
import { found } from '../support';

/** How the client of a record that holds attachments is found; undefined = no such record. */
export type OwnerLookup = (db: Db, ownerId: number) => Promise<{ clientId: number } | undefined>;

/** Refuses (throws an AppError) to delete a file its record must keep. */
export type DeleteGuard = (db: Db, file: AttachmentMeta, lang: Language) => Promise<void>;

export interface AttachmentOwner {
  client: OwnerLookup;
  guardDelete: DeleteGuard | null;
}

/**
 * Every kind of record that holds files, in one exhaustive table: a new owner type in the
 * contract does not compile until it says here how its client is found and what it keeps.
 */
export const attachmentOwners: Record<AttachmentOwnerType, AttachmentOwner> = {
  processor: { client: processorClient, guardDelete: null },
  request: {
    client: requestClient,
    // The original letter or e-mail, the copy of the data, the reply as sent: the letter as
    // sent, and every file of a closed request, stay.
    guardDelete: async (db, file, lang) => {
      const r = found(await findStoredRequest(db, file.ownerId), 'request');
      if (file.role === SENT_LETTER_ROLE) throw refuse('NOT_ALLOWED', '', 'replySent', lang);
      assertNotClosed(r, lang);
    },
  },
  breach: {
    client: breachClient,
    // The processor's notice, screenshots, the authority's receipt: a closed breach keeps
    // its files as they were (reopen it to change them).
    guardDelete: async (db, file, lang) => {
      assertOpen(found(await findStoredBreach(db, file.ownerId), 'breach'), lang);
    },
  },
  consent_person: {
    client: personClient,
    // The double opt-in confirmation mails are part of the proof and stay as long as the
    // person does (deleting the person deletes them).
    guardDelete: async (_db, file, lang) => {
      if (file.role === 'doi_confirmation') {
        throw refuseConsent('NOT_ALLOWED', '', 'proofFile', lang);
      }
    },
  },
  // The files of an activity's DPIA record (ownerId: the activity); deleting the activity
  // deletes them.
  dpia: { client: dpiaClient, guardDelete: null },
};
