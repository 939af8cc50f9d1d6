import type { retentionMethods } from '../../core/api';
import type { Handlers } from './context';

/** The handlers of the methods in core/api/retention.ts. */
export const retentionHandlers: Pick<Handlers, keyof typeof retentionMethods> = {};
