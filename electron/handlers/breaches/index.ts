import type { breachMethods } from '../../../core/api';
import { breachOrg, findStoredBreach } from '../../../db/repos/breaches.repo';
import { attachmentDeleteGuards, attachmentOwners } from '../attachments';
import type { Handlers } from '../context';
import { breachDocumentHandlers } from './documents';
import { breachRecordHandlers } from './record';
import { breachStepHandlers } from './steps';
import { assertOpen } from './store';
import { found } from '../support';

// The breach log (Art. 33/34 GDPR): recording and reading in record.ts, the assessment,
// notices and closing in steps.ts, the Word documents in documents.ts, the home screen's
// items in attention.ts; store.ts holds what they share.

// Files of a breach (the processor's notice, screenshots, the authority's receipt); a
// closed breach keeps its files as they were (reopen it to change them).
attachmentOwners.breach = breachOrg;
attachmentDeleteGuards.breach = async (db, file, lang) => {
  assertOpen(found(await findStoredBreach(db, file.ownerId), 'breach'), lang);
};

/** The handlers of the methods in core/api/breaches.ts. */
export const breachHandlers: Pick<Handlers, keyof typeof breachMethods> = {
  ...breachRecordHandlers,
  ...breachStepHandlers,
  ...breachDocumentHandlers,
};
