import type { breachMethods } from '../../../core/api';
import type { Handlers } from '../context';
import { breachDocumentHandlers } from './documents';
import { breachRecordHandlers } from './record';
import { breachStepHandlers } from './steps';

// The breach log (Art. 33/34 GDPR): recording and reading in record.ts, the assessment,
// notices and closing in steps.ts, the Word documents in documents.ts, the home screen's
// items in attention.ts; store.ts holds what they share.

/** The handlers of the methods in core/api/breaches.ts. */
export const breachHandlers: Pick<Handlers, keyof typeof breachMethods> = {
  ...breachRecordHandlers,
  ...breachStepHandlers,
  ...breachDocumentHandlers,
};
