import type { AttachmentMeta, AttachmentOwnerType, Language } from '../../core/api';
import type { Db } from '../../db/repos/audit.repo';
import { breachOrg, findStoredBreach } from '../../db/repos/breaches.repo';
import { personOrg } from '../../db/repos/consent-persons.repo';
import { findStoredRequest, requestOrg } from '../../db/repos/dsar.repo';
import { processorOrg } from '../../db/repos/processors.repo';
import { assertOpen } from './breaches/store';
import { refuse as refuseConsent } from './consent/store';
import { SENT_LETTER_ROLE } from './dsar-reply';
import { assertNotClosed, refuse } from './dsar-store';
import { found } from './support';

/** How the client of a record that holds attachments is found; undefined = no such record. */
export type OwnerLookup = (db: Db, ownerId: number) => Promise<{ orgId: number } | undefined>;

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
  processor: { client: processorOrg, guardDelete: null },
  request: {
    client: requestOrg,
    // The original letter or e-mail, the copy of the data, the reply as sent: the letter as
    // sent, and every file of a closed request, stay.
    guardDelete: async (db, file, lang) => {
      const r = found(await findStoredRequest(db, file.ownerId), 'request');
      if (file.role === SENT_LETTER_ROLE) throw refuse('NOT_ALLOWED', '', 'replySent', lang);
      assertNotClosed(r, lang);
    },
  },
  breach: {
    client: breachOrg,
    // The processor's notice, screenshots, the authority's receipt: a closed breach keeps
    // its files as they were (reopen it to change them).
    guardDelete: async (db, file, lang) => {
      assertOpen(found(await findStoredBreach(db, file.ownerId), 'breach'), lang);
    },
  },
  consent_person: {
    client: personOrg,
    // The double opt-in confirmation mails are part of the proof and stay as long as the
    // person does (deleting the person deletes them).
    guardDelete: async (_db, file, lang) => {
      if (file.role === 'doi_confirmation') {
        throw refuseConsent('NOT_ALLOWED', '', 'proofFile', lang);
      }
    },
  },
};
