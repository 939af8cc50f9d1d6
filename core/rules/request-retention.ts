import type { DueRequest, RequestKind } from '../api';
import { retentionDates, type RetentionSpec } from './retention';

// The retention of closed data subject requests: every client has one deletion rule for them
// (default: 3 years from the end of the year of closing, §§ 195, 199(1) BGB). A closed
// request may be deleted from the day after its period, counted from the day it was closed.

export const CLOSED_REQUESTS_KEY = 'closed_requests';

/** Where the app keeps the requests: the system its rule names and its deletion runs log. */
export const APP_SYSTEM = 'Privacy Desk';

/** The system a deletion run in the app is logged under: the app, if the rule names it. */
export const appSystemOf = (systems: readonly string[]) =>
  systems.includes(APP_SYSTEM) ? APP_SYSTEM : '';

export interface ClosedRequestFacts {
  id: number;
  kind: RequestKind;
  requesterName: string;
  /** The calendar day of closing in Europe/Berlin. */
  closedOn: string;
}

/** Each closed request with the day it may be deleted and the day it must be gone by. */
export function requestRetention(
  requests: readonly ClosedRequestFacts[],
  spec: RetentionSpec,
  today: string,
): DueRequest[] {
  return requests
    .map((r) => {
      const { deletableFrom, deleteBy } = retentionDates(r.closedOn, spec);
      return { ...r, deletableFrom, deleteBy, deletableNow: deletableFrom <= today };
    })
    .sort((a, b) =>
      a.deletableFrom < b.deletableFrom ? -1 : a.deletableFrom > b.deletableFrom ? 1 : a.id - b.id,
    );
}
