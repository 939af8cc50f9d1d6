import type { Transaction } from 'kysely';
import { AppError } from '../../core/api';
import type { Database } from '../../db/schema';
import type { HandlerContext } from './context';

export interface Stamp {
  /** One instant for every row and audit entry the write touches. */
  at: string;
  actor: string;
}

/** Runs a write in one transaction: all of it lands, with its audit entries, or none. */
export function inTransaction<T>(
  ctx: HandlerContext,
  work: (trx: Transaction<Database>, stamp: Stamp) => Promise<T>,
): Promise<T> {
  const stamp = { at: ctx.now().toISOString(), actor: ctx.actor() };
  return ctx
    .workspace()
    .db.transaction()
    .execute((trx) => work(trx, stamp));
}

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppError('NOT_FOUND', { what });
  return value;
}
