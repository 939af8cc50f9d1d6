import { activityHandlers } from './activities';
import { attachmentHandlers } from './attachments';
import { breachHandlers } from './breaches';
import { catalogueHandlers } from './catalogues';
import { homeHandlers } from './cockpit';
import { consentHandlers } from './consent';
import type { Handlers } from './context';
import { dsarHandlers } from './dsar';
import { exportHandlers } from './exports';
import { organisationHandlers } from './organisations';
import { processorHandlers } from './processors';
import { retentionHandlers } from './retention';
import { systemHandlers } from './system';

/** The one handler map behind both transports (IPC and browser mode). */
export function createHandlers(): Handlers {
  return {
    ...systemHandlers,
    ...organisationHandlers,
    ...homeHandlers,
    ...activityHandlers,
    ...catalogueHandlers,
    ...exportHandlers,
    ...attachmentHandlers,
    ...processorHandlers,
    ...dsarHandlers,
    ...retentionHandlers,
    ...breachHandlers,
    ...consentHandlers,
  };
}
