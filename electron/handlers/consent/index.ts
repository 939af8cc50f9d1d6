import type { consentMethods } from '../../../core/api';
import type { Handlers } from '../context';
import { consentEventHandlers } from './events';
import { consentExportHandlers } from './export';
import { consentImportHandlers } from './import';
import { consentPersonHandlers } from './persons';
import { consentRequestHandlers } from './requests';
import { consentTextHandlers } from './texts';

// Consent to advertising (Art. 7 GDPR, § 7, § 7a UWG): the wordings in texts.ts, the persons
// in persons.ts, their events in events.ts, the CSV import in import.ts (reading in
// import-read.ts), the suppression list in export.ts, the request inbox's side in
// requests.ts; store.ts holds what they share.

/** The handlers of the methods in core/api/consent.ts. */
export const consentHandlers: Pick<Handlers, keyof typeof consentMethods> = {
  ...consentTextHandlers,
  ...consentPersonHandlers,
  ...consentEventHandlers,
  ...consentImportHandlers,
  ...consentExportHandlers,
  ...consentRequestHandlers,
};
