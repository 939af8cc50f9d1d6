import { activityHandlers } from './activities';
import { catalogueHandlers } from './catalogues';
import type { Handlers } from './context';
import { exportHandlers } from './exports';
import { organisationHandlers } from './organisations';
import { systemHandlers } from './system';

/** The one handler map behind both transports (IPC and browser mode). */
export function createHandlers(): Handlers {
  return {
    ...systemHandlers,
    ...organisationHandlers,
    ...activityHandlers,
    ...catalogueHandlers,
    ...exportHandlers,
  };
}
