import { activityHandlers } from './activities';
import { attachmentHandlers } from './attachments';
import { breachHandlers } from './breaches';
import { catalogueHandlers } from './catalogues';
import { homeHandlers } from './home';
import { consentHandlers } from './consent';
import { dpiaHandlers } from './dpia';
import type { Handlers } from './context';
import { requestHandlers } from './requests';
import { exportHandlers } from './activities/export-register';
import { registerImportHandlers } from './activities/import-register';
import { clientHandlers, handoverHandlers, mergeHandlers } from './clients';
import { processorHandlers } from './processors';
import { retentionHandlers } from './retention';
import { systemHandlers } from './system';

/** The one handler map behind both transports (IPC and browser mode). */
export function createHandlers(): Handlers {
  return {
    ...systemHandlers,
    ...clientHandlers,
    ...handoverHandlers,
    ...mergeHandlers,
    ...homeHandlers,
    ...activityHandlers,
    ...catalogueHandlers,
    ...exportHandlers,
    ...attachmentHandlers,
    ...processorHandlers,
    ...requestHandlers,
    ...retentionHandlers,
    ...breachHandlers,
    ...consentHandlers,
    ...registerImportHandlers,
    ...dpiaHandlers,
  };
}
