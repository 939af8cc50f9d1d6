import type { dsarMethods } from '../../core/api';
import type { Handlers } from './context';

/** The handlers of the methods in core/api/dsar.ts. */
export const dsarHandlers: Pick<Handlers, keyof typeof dsarMethods> = {};
