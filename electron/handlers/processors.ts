import type { processorMethods } from '../../core/api';
import type { Handlers } from './context';

/** The handlers of the methods in core/api/processors.ts. */
export const processorHandlers: Pick<Handlers, keyof typeof processorMethods> = {};
